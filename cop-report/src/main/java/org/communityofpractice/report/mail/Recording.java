package org.communityofpractice.report.mail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.CirculationRecord;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Records a complete circulation with the session or series whose report it sent: {@link
 * Circulation#record}.
 */
final class Recording {
  private Recording() {}

  static Community record(
      Community community,
      Optional<SessionId> ofSession,
      Optional<SeriesId> ofSeries,
      boolean toDecisionMakers,
      CirculationResult result,
      LocalDate on) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(on, "on");
    if (!result.isComplete()) {
      throw InvalidValueException.of(
          "result",
          "must be complete: record a circulation once everyone on the list"
              + " has it; run it again to send the rest",
          result);
    }
    String circulation = result.circulation();
    int recipients = result.delivered().size() + result.alreadyDelivered().size();
    ConsentPurpose purpose =
        toDecisionMakers
            ? ConsentPurpose.DECISION_MAKER_COMMUNICATIONS
            : ConsentPurpose.COMMUNITY_COMMUNICATIONS;
    CirculationRecord made = CirculationRecord.of(on, circulation, purpose, recipients);
    if (ofSession.isPresent()) {
      SessionId id = ofSession.get();
      expect(circulation, "report-" + id.value());
      Session held =
          community
              .session(id)
              .orElseThrow(
                  () ->
                      InvalidValueException.of(
                          "session", "must be a session of the community", id));
      List<CirculationRecord> records = with(held.circulations(), made);
      if (records.equals(held.circulations())) {
        return community;
      }
      Session recorded = Session.builder().from(held).circulations(records).build();
      return Community.builder()
          .from(community)
          .sessions(
              community.sessions().stream().map(s -> s.id().equals(id) ? recorded : s).toList())
          .build();
    }
    SeriesId id = ofSeries.orElseThrow();
    expect(
        circulation,
        (toDecisionMakers ? Circulation.FINDINGS_PREFIX : "series-report-") + id.value());
    Series held =
        community
            .series(id)
            .orElseThrow(
                () -> InvalidValueException.of("series", "must be a series of the community", id));
    List<CirculationRecord> records = with(held.circulations(), made);
    if (records.equals(held.circulations())) {
      return community;
    }
    return community.withSeries(Series.builder().from(held).circulations(records).build());
  }

  private static void expect(String circulation, String planned) {
    if (!circulation.equals(planned)) {
      throw InvalidValueException.of(
          "result", "must be the result of sending this plan, " + planned, circulation);
    }
  }

  /**
   * The records with {@code made} added, or, when its circulation is there already, with that one's
   * count brought up to date and its first date kept.
   */
  private static List<CirculationRecord> with(
      List<CirculationRecord> records, CirculationRecord made) {
    List<CirculationRecord> out = new ArrayList<>(records);
    for (int i = 0; i < out.size(); i++) {
      CirculationRecord r = out.get(i);
      if (r.circulation().equals(made.circulation())) {
        out.set(i, CirculationRecord.of(r.on(), r.circulation(), r.purpose(), made.recipients()));
        return out;
      }
    }
    out.add(made);
    return out;
  }
}
