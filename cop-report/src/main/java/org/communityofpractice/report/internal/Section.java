package org.communityofpractice.report.internal;

import org.communityofpractice.report.spi.Labels;

/**
 * A section of a report, named by its heading's label. {@link ReportOutline#sections} says which a
 * report has and in what order; every format (text, Markdown, HTML and the PDF printed from it)
 * takes them from there.
 */
public enum Section {
  INTRODUCTION("section.introduction"),
  REPRESENTATION("section.representation"),
  BEST_HOPES("section.bestHopes"),
  PRESENTATION("section.presentation"),
  GOOD_PRACTICE("section.goodPractice"),
  PREFERRED_FUTURE("section.preferredFuture"),
  WORKING_WELL("section.workingWell"),
  SCALING("section.scaling"),
  ACTIONS("section.actions"),
  SMALL_STEPS("section.smallSteps"),
  CONCLUSIONS("section.conclusions"),
  RECOMMENDATIONS("section.recommendations"),
  QUESTIONS("section.questions"),
  ARTEFACTS("section.artefacts"),
  SCALING_MOVEMENT("section.scalingMovement"),
  PROGRESS("section.progress"),
  SESSIONS("section.sessions"),
  LEGACY("section.legacy"),
  CONCLUDED_SERIES("section.concludedSeries"),
  COMPLETED_ACTIONS("section.completedActions"),
  LIFE_CYCLE("section.lifeCycle"),
  REPRESENTATION_OVER_TIME("section.representationOverTime"),
  WENT_WELL("section.wentWell"),
  CORE_GROUP("section.coreGroup"),
  RESOURCES("section.resources"),
  THANKS("section.thanks"),
  PRINCIPLES("section.principles");

  private final String key;

  Section(String key) {
    this.key = key;
  }

  /** The section's heading in the language of {@code labels}. */
  public String heading(Labels labels) {
    return labels.get(key);
  }
}
