package org.communityofpractice.examples.serve;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.report.check.PublicationFinding;

/**
 * The words the pages use for the SDK's values: each consent purpose as a person at the door would
 * read it, and plain labels for the kinds of things (perspectives, sectors, contributions).
 */
public final class Words {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  private Words() {}

  /**
   * What the publication check found, in plain words: never the text itself.
   *
   * @param kind must not be {@literal null}
   * @return a short phrase, such as "an email address"
   */
  public static String plainly(PublicationFinding.Kind kind) {
    return switch (kind) {
      case NAME -> "the name of someone who has not agreed to be named";
      case EMAIL -> "an email address";
      case PHONE -> "a phone number";
    };
  }

  /**
   * The name of the circulation form's field that holds the decision on a finding.
   *
   * @param finding must not be {@literal null}
   * @return {@code decide-} and the finding's key
   */
  public static String decisionField(PublicationFinding finding) {
    return "decide-" + finding.key();
  }

  /**
   * A consent purpose in plain words, as the person agrees to it.
   *
   * @param purpose must not be {@literal null}
   * @return one sentence in the first person
   */
  public static String plainly(ConsentPurpose purpose) {
    return switch (purpose) {
      case COMMUNITY_COMMUNICATIONS ->
          "Send me the community's emails: the session reports and invitations.";
      case DECISION_MAKER_COMMUNICATIONS ->
          "Send me the findings of a series as someone who can act on them.";
      case NAMED_IN_REPORTS -> "You may use my name in the community's reports.";
      case QUOTED_BY_ROLE ->
          "You may quote me by my role and place, such as \"Housing Manager, Stoke-on-Trent\".";
      case PHOTOGRAPHED ->
          "I may appear in photographs of the session, such as of the flip charts.";
      case CONTACT_SHARED_WITH_MEMBERS ->
          "You may share my email address or phone number with other members.";
      case RESEARCH_USE -> "What I say may be used in research about the community.";
      case LIVED_EXPERIENCE_RECORDED ->
          "You may record my lived experience (such as of homelessness, prison or"
              + " mental health) in the register. This is sensitive: it is never published about me.";
      case CREDITED_FOR_LIVED_EXPERIENCE ->
          "When I share my lived experience, you may credit me for it in reports"
              + " as I choose, such as \"Expert Citizen\".";
    };
  }

  /**
   * An enum constant as a label: {@code EXPERT_BY_EXPERIENCE} becomes "Expert by experience".
   *
   * @param value must not be {@literal null}
   * @return the label
   */
  public static String label(Enum<?> value) {
    String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * A date and time as the pages show it, such as "Thursday 2 June 2016, 10:00".
   *
   * @param when must not be {@literal null}
   * @return the words
   */
  public static String when(ZonedDateTime when) {
    return WHEN.format(when);
  }

  /**
   * A duration as minutes and seconds, such as "4:05"; a negative one with a minus sign.
   *
   * @param d must not be {@literal null}
   * @return the clock's face
   */
  public static String clock(Duration d) {
    long s = Math.abs(d.toSeconds());
    return (d.isNegative() ? "-" : "")
        + (s / 60)
        + ":"
        + String.format(Locale.ROOT, "%02d", s % 60);
  }
}
