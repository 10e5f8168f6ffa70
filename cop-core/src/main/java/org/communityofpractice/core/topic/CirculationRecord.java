package org.communityofpractice.core.topic;

import java.time.LocalDate;
import java.util.Objects;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A report went out: "Circulate the report and session notes to community members via the email
 * list", or a series' findings to its decision makers. Kept with the session or series the report
 * is of; a count, never who: which people were sent it is in the store's send log under {@link
 * #circulation()}, which a subject access request reads.
 *
 * <pre>{@code
 * CirculationRecord sent = CirculationRecord.of(LocalDate.of(2016, 4, 14),
 *     "report-prison-release-2", ConsentPurpose.COMMUNITY_COMMUNICATIONS, 23);
 * sent.reachedEmailList();  // true
 * }</pre>
 *
 * @param on when the circulation was complete: everyone on the list had it, or was refused for good
 * @param circulation the circulation's id, the send log's key, which names the report: {@code
 *     report-<session>}, {@code series-report-<series>} or {@code series-findings-<series>}
 * @param purpose which list it went to: {@code COMMUNITY_COMMUNICATIONS}, the community email list,
 *     or {@code DECISION_MAKER_COMMUNICATIONS}, a series' decision makers (organisations among
 *     them)
 * @param recipients how many it was delivered to, by the send log when it was recorded; zero or
 *     more
 */
public record CirculationRecord(
    LocalDate on, String circulation, ConsentPurpose purpose, int recipients) {
  /**
   * Checks the record.
   *
   * @param on when the circulation was complete; must not be {@literal null}
   * @param circulation the circulation's id, the send log's key; must not be {@literal null} or
   *     blank
   * @param purpose which list it went to; must not be {@literal null}
   * @param recipients how many it was delivered to; zero or more
   * @throws NullPointerException if {@code on}, {@code circulation} or {@code purpose} is {@literal
   *     null}
   * @throws InvalidValueException if a field breaks its rule, naming the field
   */
  public CirculationRecord {
    Checks.date(on, "on");
    Checks.text(circulation, "circulation");
    Objects.requireNonNull(purpose, "purpose");
    if (purpose != ConsentPurpose.COMMUNITY_COMMUNICATIONS
        && purpose != ConsentPurpose.DECISION_MAKER_COMMUNICATIONS) {
      throw InvalidValueException.of(
          "purpose",
          "must be COMMUNITY_COMMUNICATIONS or DECISION_MAKER_COMMUNICATIONS, the lists a report goes to",
          purpose);
    }
    if (recipients < 0) {
      throw InvalidValueException.of("recipients", "must be zero or more", recipients);
    }
  }

  /**
   * A circulation of a report, complete on {@code on}.
   *
   * @param on when the circulation was complete; must not be {@literal null}
   * @param circulation the circulation's id, the send log's key; must not be {@literal null} or
   *     blank
   * @param purpose which list it went to; must not be {@literal null}
   * @param recipients how many it was delivered to; zero or more
   * @return the record, never {@literal null}
   * @throws InvalidValueException if a field breaks its rule, naming the field
   */
  public static CirculationRecord of(
      LocalDate on, String circulation, ConsentPurpose purpose, int recipients) {
    return new CirculationRecord(on, circulation, purpose, recipients);
  }

  /** {@return whether it went to the community email list and reached at least one person there} */
  public boolean reachedEmailList() {
    return purpose == ConsentPurpose.COMMUNITY_COMMUNICATIONS && recipients > 0;
  }
}
