package org.communityofpractice.core.community;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;

/**
 * An entry in a community's resource list.
 *
 * @param title what it is
 * @param link where to find it, if online
 * @param note why it is useful
 */
public record Resource(String title, Optional<URI> link, Optional<String> note) {
  public Resource {
    Checks.text(title, "title");
    Objects.requireNonNull(link, "link");
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
