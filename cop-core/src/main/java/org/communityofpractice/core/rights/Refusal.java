package org.communityofpractice.core.rights;

import java.util.Objects;

/**
 * Why a data-subject request was not carried out: a business outcome, returned rather than thrown.
 * The explanation names ids and fields, never personal data.
 *
 * @param reason the reason
 * @param explanation a sentence for the person handling the request
 */
public record Refusal(Reason reason, String explanation) {
  /** The reasons a request can be refused. */
  public enum Reason {
    /** The register holds no such person. */
    NOT_HELD,
    /** The correction changes nothing. */
    NOTHING_TO_RECTIFY,
    /** Lived experience may be recorded only with explicit consent in force. */
    LIVED_EXPERIENCE_WITHOUT_EXPLICIT_CONSENT,
    /** Processing is already restricted. */
    ALREADY_RESTRICTED,
    /** There is no restriction to lift. */
    NOT_RESTRICTED,
    /**
     * The data is restricted because it is needed for a legal claim, so it may not be erased yet.
     */
    HELD_FOR_LEGAL_CLAIM
  }

  /**
   * Checks the record.
   *
   * @param reason the reason; must not be {@literal null}
   * @param explanation a sentence for the person handling the request; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
  }

  static Refusal of(Reason reason, String explanation) {
    return new Refusal(reason, explanation);
  }
}
