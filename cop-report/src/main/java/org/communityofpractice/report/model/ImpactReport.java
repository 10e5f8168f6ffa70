package org.communityofpractice.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.ReportHeader;
import org.communityofpractice.report.model.internal.Require;

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
    List<ActionProgress> completedActions,
    Representation representation,
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
  public record RepresentationAt(LocalDate date, String title, Representation representation) {
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
   * Builds an {@link ImpactReport}; lists start empty, optional parts absent, the stage {@code
   * FORMING} with no history.
   */
  public static final class Builder {
    private String language = SessionReport.DEFAULT_LANGUAGE;
    private String community;
    private String place;
    private Optional<String> focus = Optional.empty();
    private Optional<String> introduction = Optional.empty();
    private Optional<LocalDate> firstSession = Optional.empty();
    private Optional<LocalDate> lastSession = Optional.empty();
    private String lifeCycleStage = "FORMING";
    private final List<StageEntered> lifeCycleHistory = new ArrayList<>();
    private final List<Legacy> legacy = new ArrayList<>();
    private final List<ConcludedSeries> concludedSeries = new ArrayList<>();
    private final List<ActionProgress> completedActions = new ArrayList<>();
    private Representation representation;
    private final List<RepresentationAt> representationOverTime = new ArrayList<>();
    private final List<Remark> workingWell = new ArrayList<>();
    private final List<String> coreGroup = new ArrayList<>();
    private final List<ResourceLink> resources = new ArrayList<>();
    private final List<String> principles = new ArrayList<>();

    Builder() {}

    /**
     * Sets the BCP 47 tag of the report's language; required.
     *
     * @param value the BCP 47 tag of the report's language; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder language(String value) {
      language = value;
      return this;
    }

    /**
     * Sets the community's name; required.
     *
     * @param value the community's name; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder community(String value) {
      community = value;
      return this;
    }

    /**
     * Sets where the community meets; required.
     *
     * @param value where the community meets; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder place(String value) {
      place = value;
      return this;
    }

    /**
     * Sets what the community is about, if recorded; empty unless set.
     *
     * @param value what the community is about, if recorded, or empty; must not be {@literal null}
     * @return this builder
     */
    public Builder focus(Optional<String> value) {
      focus = value;
      return this;
    }

    /**
     * Sets the chair's foreword, if written; empty unless set.
     *
     * @param value the chair's foreword, if written, or empty; must not be {@literal null}
     * @return this builder
     */
    public Builder introduction(Optional<String> value) {
      introduction = value;
      return this;
    }

    /**
     * Sets the date of the community's first session, if it has held one; empty unless set.
     *
     * @param value the date of the community's first session, if it has held one, or empty; must
     *     not be {@literal null}
     * @return this builder
     */
    public Builder firstSession(Optional<LocalDate> value) {
      firstSession = value;
      return this;
    }

    /**
     * Sets the date of its latest session, if it has held one: the report's date; empty unless set.
     *
     * @param value the date of its latest session, if it has held one: the report's date, or empty;
     *     must not be {@literal null}
     * @return this builder
     */
    public Builder lastSession(Optional<LocalDate> value) {
      lastSession = value;
      return this;
    }

    /**
     * Sets where the community is in its life cycle: {@code FORMING}, {@code STORMING}, {@code
     * NORMING}, {@code PERFORMING} or {@code ADJOURNING}; required.
     *
     * @param value where the community is in its life cycle: {@code FORMING}, {@code STORMING},
     *     {@code NORMING}, {@code PERFORMING} or {@code ADJOURNING}; must not be {@literal null},
     *     nor blank
     * @return this builder
     */
    public Builder lifeCycleStage(String value) {
      lifeCycleStage = value;
      return this;
    }

    /**
     * Adds one to the stages the community has entered and when, oldest first, the last being
     * {@code lifeCycleStage}, after those added before.
     *
     * @param value one of the stages the community has entered and when, oldest first, the last
     *     being {@code lifeCycleStage}; must not be {@literal null}
     * @return this builder
     */
    public Builder addStageEntered(StageEntered value) {
      lifeCycleHistory.add(value);
      return this;
    }

    /**
     * Adds the stages the community has entered and when, oldest first, the last being {@code
     * lifeCycleStage}, in the order given, after those added before.
     *
     * @param values more of the stages the community has entered and when, oldest first, the last
     *     being {@code lifeCycleStage}; must not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllLifeCycleHistory(List<StageEntered> values) {
      lifeCycleHistory.addAll(values);
      return this;
    }

    /**
     * Adds one to the changes the community helped bring about, in the order recorded, after those
     * added before.
     *
     * @param value one of the changes the community helped bring about, in the order recorded; must
     *     not be {@literal null}
     * @return this builder
     */
    public Builder addLegacy(Legacy value) {
      legacy.add(value);
      return this;
    }

    /**
     * Adds the changes the community helped bring about, in the order recorded, in the order given,
     * after those added before.
     *
     * @param values more of the changes the community helped bring about, in the order recorded;
     *     must not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllLegacy(List<Legacy> values) {
      legacy.addAll(values);
      return this;
    }

    /**
     * Adds one to the series that have concluded, in the community's order, after those added
     * before.
     *
     * @param value one of the series that have concluded, in the community's order; must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder addConcludedSeries(ConcludedSeries value) {
      concludedSeries.add(value);
      return this;
    }

    /**
     * Adds the series that have concluded, in the community's order, in the order given, after
     * those added before.
     *
     * @param values more of the series that have concluded, in the community's order; must not be
     *     {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllConcludedSeries(List<ConcludedSeries> values) {
      concludedSeries.addAll(values);
      return this;
    }

    /**
     * Adds one to the actions completed, with the small steps that followed them, after those added
     * before.
     *
     * @param value one of the actions completed, with the small steps that followed them; must not
     *     be {@literal null}
     * @return this builder
     */
    public Builder addCompletedAction(ActionProgress value) {
      completedActions.add(value);
      return this;
    }

    /**
     * Adds the actions completed, with the small steps that followed them, in the order given,
     * after those added before.
     *
     * @param values more of the actions completed, with the small steps that followed them; must
     *     not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllCompletedActions(List<ActionProgress> values) {
      completedActions.addAll(values);
      return this;
    }

    /**
     * Sets who was represented across all sessions (each person counted once); required.
     *
     * @param value who was represented across all sessions (each person counted once); must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder representation(Representation value) {
      representation = value;
      return this;
    }

    /**
     * Adds one to who was represented at each session, in date order, after those added before.
     *
     * @param value one of who was represented at each session, in date order; must not be {@literal
     *     null}
     * @return this builder
     */
    public Builder addRepresentationAt(RepresentationAt value) {
      representationOverTime.add(value);
      return this;
    }

    /**
     * Adds who was represented at each session, in date order, in the order given, after those
     * added before.
     *
     * @param values more of who was represented at each session, in date order; must not be
     *     {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllRepresentationOverTime(List<RepresentationAt> values) {
      representationOverTime.addAll(values);
      return this;
    }

    /**
     * Adds one to what members said is going well, across all sessions in date order, after those
     * added before.
     *
     * @param value one of what members said is going well, across all sessions in date order; must
     *     not be {@literal null}
     * @return this builder
     */
    public Builder addWorkingWell(Remark value) {
      workingWell.add(value);
      return this;
    }

    /**
     * Adds what members said is going well, across all sessions in date order, in the order given,
     * after those added before.
     *
     * @param values more of what members said is going well, across all sessions in date order;
     *     must not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllWorkingWell(List<Remark> values) {
      workingWell.addAll(values);
      return this;
    }

    /**
     * Adds one to the core group members who agreed to be named; the others are left out, after
     * those added before.
     *
     * @param value one of the core group members who agreed to be named; the others are left out;
     *     must not be {@literal null}
     * @return this builder
     */
    public Builder addCoreGroup(String value) {
      coreGroup.add(value);
      return this;
    }

    /**
     * Adds the core group members who agreed to be named; the others are left out, in the order
     * given, after those added before.
     *
     * @param values more of the core group members who agreed to be named; the others are left out;
     *     must not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllCoreGroup(List<String> values) {
      coreGroup.addAll(values);
      return this;
    }

    /**
     * Adds one to the community's resource list, after those added before.
     *
     * @param value one of the community's resource list; must not be {@literal null}
     * @return this builder
     */
    public Builder addResource(ResourceLink value) {
      resources.add(value);
      return this;
    }

    /**
     * Adds the community's resource list, in the order given, after those added before.
     *
     * @param values more of the community's resource list; must not be {@literal null}, nor hold
     *     {@literal null}
     * @return this builder
     */
    public Builder addAllResources(List<ResourceLink> values) {
      resources.addAll(values);
      return this;
    }

    /**
     * Adds one to the community's principles, after those added before.
     *
     * @param value one of the community's principles; must not be {@literal null}
     * @return this builder
     */
    public Builder addPrinciple(String value) {
      principles.add(value);
      return this;
    }

    /**
     * Adds the community's principles, in the order given, after those added before.
     *
     * @param values more of the community's principles; must not be {@literal null}, nor hold
     *     {@literal null}
     * @return this builder
     */
    public Builder addAllPrinciples(List<String> values) {
      principles.addAll(values);
      return this;
    }

    /**
     * The report from what was set; the builder may be used again.
     *
     * @return the report; never {@literal null}
     * @throws NullPointerException if a required part was not set, or an element added was
     *     {@literal null}, naming the part where it can
     * @throws org.communityofpractice.core.validation.InvalidValueException if a part breaks its
     *     rule (a blank text), naming the part
     */
    public ImpactReport build() {
      return new ImpactReport(
          language,
          community,
          place,
          focus,
          introduction,
          firstSession,
          lastSession,
          lifeCycleStage,
          lifeCycleHistory,
          legacy,
          concludedSeries,
          completedActions,
          representation,
          representationOverTime,
          workingWell,
          coreGroup,
          resources,
          principles);
    }
  }
}
