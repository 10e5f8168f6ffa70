package org.communityofpractice.report.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.ReportHeader;
import org.communityofpractice.report.model.internal.Require;
import org.immutables.value.Value;

/**
 * The community's impact report: what it changed (its legacy), the series it concluded and what
 * they recommend, the actions completed and the small steps that followed them, where it is in its
 * life cycle, who was represented session by session, what members said is going well, its core
 * group (only those who agreed to be named) and its resource list. For Boards, funders and the
 * community itself: the guide's "Community of Practice Legacy" as a report.
 *
 * <pre>{@code
 * import org.communityofpractice.report.ReportComposer;
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ImpactReport impact = ReportComposer.of(policy).impact(community);
 * impact.legacy();            // "Lone-working procedures changed"
 * impact.concludedSeries();   // each with its recommendations
 * String md = ReportRenderers.load().get("markdown").render(impact);
 * }</pre>
 *
 * @param language the BCP 47 tag of the report's language
 * @param community the community's name
 * @param place where the community meets
 * @param focus what the community is about, if recorded
 * @param introduction the chair's foreword, if written
 * @param firstSession the date of the community's first session, if it has held one
 * @param lastSession the date of its latest session, if it has held one: the report's date
 * @param lifeCycleStage where the community is in its life cycle: {@code FORMING}, {@code
 *     STORMING}, {@code NORMING}, {@code PERFORMING} or {@code ADJOURNING}
 * @param lifeCycleHistory the stages the community has entered and when, oldest first, the last
 *     being {@code lifeCycleStage}
 * @param legacy the changes the community helped bring about, in the order recorded
 * @param concludedSeries the series that have concluded, in the community's order
 * @param completedActions the actions completed, with the small steps that followed them
 * @param representation who was represented across all sessions (each person counted once)
 * @param representationOverTime who was represented at each session, in date order
 * @param workingWell what members said is going well, across all sessions in date order
 * @param coreGroup the core group members who agreed to be named; the others are left out
 * @param resources the community's resource list
 * @param principles the community's principles
 */
@Value.Builder
public record ImpactReport(
    String language,
    String community,
    String place,
    Optional<String> focus,
    Optional<String> introduction,
    Optional<LocalDate> firstSession,
    Optional<LocalDate> lastSession,
    String lifeCycleStage,
    List<StageEntered> lifeCycleHistory,
    List<Legacy> legacy,
    List<ConcludedSeries> concludedSeries,
    List<ActionProgressSummary> completedActions,
    RepresentationSummary representation,
    List<RepresentationAt> representationOverTime,
    List<Remark> workingWell,
    List<String> coreGroup,
    List<ResourceLink> resources,
    List<String> principles)
    implements Report {

  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param language the BCP 47 tag of the report's language; not blank; never {@literal null}
   * @param community the community's name; not blank; never {@literal null}
   * @param place where the community meets; not blank; never {@literal null}
   * @param focus what the community is about, if recorded; empty, or not blank; never {@literal
   *     null}
   * @param introduction the chair's foreword, if written; empty, or not blank; never {@literal
   *     null}
   * @param firstSession the date of the community's first session, if it has held one; never
   *     {@literal null}
   * @param lastSession the date of its latest session, if it has held one: the report's date; never
   *     {@literal null}
   * @param lifeCycleStage where the community is in its life cycle: {@code FORMING}, {@code
   *     STORMING}, {@code NORMING}, {@code PERFORMING} or {@code ADJOURNING}; not blank; never
   *     {@literal null}
   * @param lifeCycleHistory the stages the community has entered and when, oldest first, the last
   *     being {@code lifeCycleStage}; never {@literal null}, nor holding {@literal null}
   * @param legacy the changes the community helped bring about, in the order recorded; never
   *     {@literal null}, nor holding {@literal null}
   * @param concludedSeries the series that have concluded, in the community's order; never
   *     {@literal null}, nor holding {@literal null}
   * @param completedActions the actions completed, with the small steps that followed them; never
   *     {@literal null}, nor holding {@literal null}
   * @param representation who was represented across all sessions (each person counted once); never
   *     {@literal null}
   * @param representationOverTime who was represented at each session, in date order; never
   *     {@literal null}, nor holding {@literal null}
   * @param workingWell what members said is going well, across all sessions in date order; never
   *     {@literal null}, nor holding {@literal null}
   * @param coreGroup the core group members who agreed to be named; the others are left out; none
   *     blank; never {@literal null}
   * @param resources the community's resource list; never {@literal null}, nor holding {@literal
   *     null}
   * @param principles the community's principles; none blank; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public ImpactReport {
    ReportHeader header =
        new ReportHeader(
            language, community, place, introduction, representation, resources, principles);
    resources = header.resources();
    principles = header.principles();
    Require.optionalText(focus, "focus");
    Objects.requireNonNull(firstSession, "firstSession");
    Objects.requireNonNull(lastSession, "lastSession");
    Require.text(lifeCycleStage, "lifeCycleStage");
    lifeCycleHistory = Require.list(lifeCycleHistory, "lifeCycleHistory");
    legacy = Require.list(legacy, "legacy");
    concludedSeries = Require.list(concludedSeries, "concludedSeries");
    completedActions = Require.list(completedActions, "completedActions");
    representationOverTime = Require.list(representationOverTime, "representationOverTime");
    workingWell = Require.list(workingWell, "workingWell");
    coreGroup = Require.texts(coreGroup, "coreGroup");
  }

  /**
   * A life-cycle stage the community entered.
   *
   * @param stage the stage, as {@link ImpactReport#lifeCycleStage()} names it
   * @param enteredOn the date it was entered, if recorded
   */
  public record StageEntered(String stage, Optional<LocalDate> enteredOn) {
    /**
     * Checks every component.
     *
     * @param stage the stage, as {@link ImpactReport#lifeCycleStage()} names it; not blank; never
     *     {@literal null}
     * @param enteredOn the date it was entered, if recorded; never {@literal null}
     * @throws NullPointerException if a component is {@literal null}, naming it
     * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks
     *     its rule above, naming it
     */
    public StageEntered {
      Require.text(stage, "stage");
      Objects.requireNonNull(enteredOn, "enteredOn");
    }
  }

  /**
   * A change the community helped bring about.
   *
   * @param text the outcome, such as "Lone-working procedures changed"
   * @param topic the title of the topic it came from, if any
   * @param recordedOn when it was recorded, if known
   */
  public record Legacy(String text, Optional<String> topic, Optional<LocalDate> recordedOn) {
    /**
     * Checks every component.
     *
     * @param text the outcome, such as "Lone-working procedures changed"; not blank; never
     *     {@literal null}
     * @param topic the title of the topic it came from, if any; empty, or not blank; never
     *     {@literal null}
     * @param recordedOn when it was recorded, if known; never {@literal null}
     * @throws NullPointerException if a component is {@literal null}, naming it
     * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks
     *     its rule above, naming it
     */
    public Legacy {
      Require.text(text, "text");
      Require.optionalText(topic, "topic");
      Objects.requireNonNull(recordedOn, "recordedOn");
    }
  }

  /**
   * A series that has concluded, with what it recommends.
   *
   * @param title the series' title
   * @param topic the topic's title
   * @param sessions how many sessions it held
   * @param from the date of its first session, if any
   * @param to the date of its last session, if any
   * @param recommendations the recommendations of all its sessions, in order
   */
  public record ConcludedSeries(
      String title,
      String topic,
      int sessions,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      List<String> recommendations) {
    /**
     * Checks every component and copies the lists, so the value cannot change afterwards.
     *
     * @param title the series' title; not blank; never {@literal null}
     * @param topic the topic's title; not blank; never {@literal null}
     * @param sessions how many sessions it held; at least 0
     * @param from the date of its first session, if any; never {@literal null}
     * @param to the date of its last session, if any; never {@literal null}
     * @param recommendations the recommendations of all its sessions, in order; none blank; never
     *     {@literal null}
     * @throws NullPointerException if a component is {@literal null}, naming it
     * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks
     *     its rule above, naming it
     */
    public ConcludedSeries {
      Require.text(title, "title");
      Require.text(topic, "topic");
      Require.notNegative(sessions, "sessions");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      recommendations = Require.texts(recommendations, "recommendations");
    }
  }

  /**
   * Who was represented at one session.
   *
   * @param date the session's date
   * @param title the session's title, or its topic's
   * @param representation who was represented, small counts suppressed
   */
  public record RepresentationAt(
      LocalDate date, String title, RepresentationSummary representation) {
    /**
     * Checks every component.
     *
     * @param date the session's date; never {@literal null}
     * @param title the session's title, or its topic's; not blank; never {@literal null}
     * @param representation who was represented, small counts suppressed; never {@literal null}
     * @throws NullPointerException if a component is {@literal null}, naming it
     * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks
     *     its rule above, naming it
     */
    public RepresentationAt {
      Objects.requireNonNull(date, "date");
      Require.text(title, "title");
      Objects.requireNonNull(representation, "representation");
    }
  }

  /**
   * A builder for the report, for renderers' tests and reports made outside the composer (which is
   * the usual way: {@code ReportComposer}).
   *
   * @return a new builder, with the default language, empty lists and absent optional parts; never
   *     {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ImpactReport["
        + legacy.size()
        + " legacy, "
        + concludedSeries.size()
        + " series concluded, "
        + representationOverTime.size()
        + " sessions, "
        + language
        + "]";
  }

  /**
   * Builds an {@link ImpactReport}: the language starts as {@link SessionReport#DEFAULT_LANGUAGE},
   * the stage as {@code FORMING} with no history, lists empty and optional parts absent. {@code
   * build()} hands every part to the record's constructor, which checks them; it throws {@link
   * IllegalStateException} naming each required part not set.
   */
  public static final class Builder extends ImpactReportBuilder {
    Builder() {
      language(SessionReport.DEFAULT_LANGUAGE);
      lifeCycleStage("FORMING");
    }
  }
}
