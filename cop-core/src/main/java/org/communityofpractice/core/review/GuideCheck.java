package org.communityofpractice.core.review;

/**
 * The guide's own checks, each with the stable code its findings carry. Every one is on in {@link
 * Review#guide()}; switch one off with {@link Review.Builder#without(GuideCheck)} and tune its
 * threshold with {@link ReviewSettings}.
 */
public enum GuideCheck {
  /**
   * No one with lived experience in the room and no case study from that perspective: "a
   * multi-agency meeting, not a true CoP".
   */
  NO_LIVED_EXPERIENCE("no-lived-experience", new NoLivedExperience()),
  /** Perspectives or services the topic needs were not in the room: "Who should be here?" */
  MISSING_PERSPECTIVES("missing-perspectives", new MissingPerspectives()),
  /** No neutral expert among the members, or none of them in the room. */
  NO_NEUTRAL_EXPERT("no-neutral-expert", new NoNeutralExpert()),
  /** The presentation ran past the guide's five minutes. */
  PRESENTATION_OVERRAN("presentation-overran", new PresentationOverran()),
  /** No best hopes round. */
  NO_BEST_HOPES("no-best-hopes", new NoBestHopes()),
  /** No scaling question asked. */
  NO_SCALING_QUESTION("no-scaling-question", new NoScalingQuestion()),
  /** No next steps or actions agreed. */
  NO_NEXT_STEPS("no-next-steps", new NoNextSteps()),
  /** No round on what was useful. */
  NO_USEFULNESS_ROUND("no-usefulness-round", new NoUsefulnessRound()),
  /** The series continues, but no date was agreed for the next session. */
  NO_NEXT_DATE("no-next-date", new NoNextDate()),
  /** Several sessions in a row with no actions, recommendations or small steps. */
  SESSIONS_WITHOUT_PURPOSE("sessions-without-purpose", new SessionsWithoutPurpose()),
  /** The signals suggest another life-cycle stage than the one recorded: time for a review. */
  LIFE_CYCLE_REVIEW("life-cycle-review", new LifeCycleReview()),
  /** The report of a session held a while ago has not been circulated. */
  REPORT_NOT_CIRCULATED("report-not-circulated", new ReportNotCirculated()),
  /** A follow-up owed to a decision maker the series' findings went to has fallen due. */
  FOLLOW_UP_DUE("follow-up-due", new FollowUpDue()),
  /** People on the email list whose consent to community communications has lapsed. */
  LAPSED_CONSENT_ON_EMAIL_LIST("lapsed-consent-on-email-list", new LapsedConsent()),
  /** Lived experience recorded in the register without explicit consent to record it in force. */
  LIVED_EXPERIENCE_WITHOUT_CONSENT(
      "lived-experience-without-consent", new LivedExperienceWithoutConsent()),
  /** Consent entries recorded out of the order of their dates. */
  CONSENT_OUT_OF_ORDER("consent-out-of-order", new ConsentOutOfOrder()),
  /** Person ids that look like a name, an email or a role. */
  IDS_THAT_LOOK_PERSONAL("ids-that-look-personal", new IdsThatLookPersonal());

  private final String code;

  @SuppressWarnings("ImmutableEnumChecker") // every rule is a stateless function of the community
  private final ReviewRule rule;

  GuideCheck(String code, ReviewRule rule) {
    this.code = code;
    this.rule = rule;
  }

  /**
   * {@return the code its findings carry, such as {@code no-lived-experience}; never {@literal
   * null}}
   */
  public String code() {
    return code;
  }

  /** {@return the rule itself, never {@literal null}} */
  public ReviewRule rule() {
    return rule;
  }

  /** A rule of the guide's: it names its code once, here. */
  abstract static class GuideRule implements ReviewRule {
    @Override
    public final String code() {
      for (GuideCheck check : values()) {
        if (check.rule == this) {
          return check.code;
        }
      }
      throw new AssertionError(getClass());
    }
  }
}
