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

  public static Resource of(String title, URI link) {
    return new Resource(title, Optional.of(link), Optional.empty());
  }

  public static Resource of(String title) {
    return new Resource(title, Optional.empty(), Optional.empty());
  }
}
