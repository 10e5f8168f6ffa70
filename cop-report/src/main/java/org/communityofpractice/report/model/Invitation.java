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
  public Invitation {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Require.text(venue, "venue");
    Require.optionalText(address, "address");
    Require.optionalText(topic, "topic");
  }

  /** An invitation with no end agreed. */
  public Invitation(
      ZonedDateTime startsAt, String venue, Optional<String> address, Optional<String> topic) {
    this(startsAt, Optional.empty(), venue, address, topic);
  }

  @Override
  public String toString() {
    return "Invitation[" + startsAt + "]";
  }
}
