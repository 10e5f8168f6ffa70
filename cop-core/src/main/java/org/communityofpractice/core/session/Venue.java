package org.communityofpractice.core.session;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.internal.Checks;

/**
 * Where a session is held: a community room, an office, a café.
 *
 * @param name the venue's name, such as "VOICES, Federation House"
 * @param address the address, if it helps people find it
 */
public record Venue(String name, Optional<String> address) {
  public Venue {
    Checks.text(name, "name");
    Objects.requireNonNull(address, "address");
    address.ifPresent(a -> Checks.text(a, "address"));
  }

  public static Venue of(String name) {
    return new Venue(name, Optional.empty());
  }

  public static Venue of(String name, String address) {
    return new Venue(name, Optional.of(address));
  }
}
