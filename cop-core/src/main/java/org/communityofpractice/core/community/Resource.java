package org.communityofpractice.core.community;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.internal.Links;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * An entry in a community's resource list.
 *
 * @param title what it is
 * @param link where to find it, if online: an http or https address with a host, no user name or
 *     password and a port (if any) of 1..65535
 * @param note why it is useful
 */
public record Resource(String title, Optional<URI> link, Optional<String> note) {
  /**
   * Checks the record.
   *
   * @param title what it is; must not be {@literal null} or blank
   * @param link where to find it, or empty when not online; must not be {@literal null}
   * @param note why it is useful, or empty; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   * @throws InvalidValueException if the title or note is blank, or the link is not a web address,
   *     naming the field
   */
  public Resource {
    Checks.text(title, "title");
    Objects.requireNonNull(link, "link");
    link.filter(l -> !Links.isWeb(l))
        .ifPresent(
            l -> {
              throw InvalidValueException.of("link", Links.EXPECTATION, l);
            });
    Objects.requireNonNull(note, "note");
    note.ifPresent(n -> Checks.text(n, "note"));
  }

  /**
   * A resource that is online.
   *
   * @param title what it is; must not be {@literal null} or blank
   * @param link where to find it: an http or https address; must not be {@literal null}
   * @return the resource, with no note; never {@literal null}
   * @throws InvalidValueException if the title is blank or the link is not a web address
   */
  public static Resource of(String title, URI link) {
    return new Resource(title, Optional.of(link), Optional.empty());
  }

  /**
   * A resource that is not online, such as a book or a service.
   *
   * @param title what it is; must not be {@literal null} or blank
   * @return the resource, with no link and no note; never {@literal null}
   * @throws InvalidValueException if the title is blank
   */
  public static Resource of(String title) {
    return new Resource(title, Optional.empty(), Optional.empty());
  }
}
