package org.communityofpractice.report.html.internal;

import java.util.List;

/**
 * What the aide-memoire's template shows, worded and in order: nothing left for the template to
 * decide.
 *
 * @param language the BCP 47 tag of the card's language
 * @param community the community's name
 * @param title the card's title
 * @param subtitle which running order it follows
 * @param paper the CSS page size, such as {@code A4}
 * @param textSize the base text size in points
 * @param rememberHeading the heading of the reminders
 * @param reminders the few things to keep in mind all session
 * @param orderHeading the heading of the running order
 * @param stages the running order's stages, each with its prompts
 */
public record AideMemoireView(
    String language,
    String community,
    String title,
    String subtitle,
    String paper,
    double textSize,
    String rememberHeading,
    List<Reminder> reminders,
    String orderHeading,
    List<StageLine> stages) {

  /** One reminder: a short headline, then the guide's words. */
  public record Reminder(String headline, String detail) {}

  /** One stage of the running order with its prompts. */
  public record StageLine(String title, List<String> prompts) {}
}
