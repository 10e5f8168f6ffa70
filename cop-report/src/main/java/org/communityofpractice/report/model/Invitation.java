package org.communityofpractice.report.model;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * The invitation to the next session: when, where and, if it changes, on what topic.
 *
 * @param startsAt when it starts, with its zone
 * @param endsAt when it ends, when that was agreed
 * @param venue the venue's name
 * @param address the venue's address, if known
 * @param topic the next session's topic title, when it differs
 */
public record Invitation(
    ZonedDateTime startsAt,
    Optional<ZonedDateTime> endsAt,
    String venue,
    Optional<String> address,
    Optional<String> topic) {
  /**
   * Checks every component.
   *
   * @param startsAt when it starts, with its zone; never {@literal null}
   * @param endsAt when it ends, when that was agreed; never {@literal null}
   * @param venue the venue's name; not blank; never {@literal null}
   * @param address the venue's address, if known; empty, or not blank; never {@literal null}
   * @param topic the next session's topic title, when it differs; empty, or not blank; never
   *     {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public Invitation {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Require.text(venue, "venue");
    Require.optionalText(address, "address");
    Require.optionalText(topic, "topic");
  }

  /**
   * An invitation with no end agreed.
   *
   * @param startsAt when it starts, with its zone; never {@literal null}
   * @param venue the venue's name; not blank; never {@literal null}
   * @param address the venue's address, or empty when not known; never {@literal null}
   * @param topic the next session's topic title when it differs, or empty; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if the venue, or an
   *     address or topic given, is blank
   */
  public Invitation(
      ZonedDateTime startsAt, String venue, Optional<String> address, Optional<String> topic) {
    this(startsAt, Optional.empty(), venue, address, topic);
  }

  @Override
  public String toString() {
    return "Invitation[" + startsAt + "]";
  }
}
