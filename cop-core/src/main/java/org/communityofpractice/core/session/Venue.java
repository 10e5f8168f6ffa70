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
  /**
   * Checks the record.
   *
   * @param name the venue's name; must not be {@literal null} or blank
   * @param address the address, or empty; must not be {@literal null}
   * @throws NullPointerException if {@code name} or {@code address} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the name or the
   *     address is blank, naming the field
   */
  public Venue {
    Checks.text(name, "name");
    Objects.requireNonNull(address, "address");
    address.ifPresent(a -> Checks.text(a, "address"));
  }

  /**
   * A venue known by its name alone.
   *
   * @param name the venue's name, such as "VOICES, Federation House"; must not be {@literal null}
   *     or blank
   * @return the venue, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the name is blank
   */
  public static Venue of(String name) {
    return new Venue(name, Optional.empty());
  }

  /**
   * A venue with its address.
   *
   * @param name the venue's name; must not be {@literal null} or blank
   * @param address the address, to help people find it; must not be {@literal null} or blank
   * @return the venue, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if the name or the
   *     address is blank
   */
  public static Venue of(String name, String address) {
    return new Venue(name, Optional.of(address));
  }
}
