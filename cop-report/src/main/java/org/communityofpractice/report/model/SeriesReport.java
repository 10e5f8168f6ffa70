package org.communityofpractice.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * The report at the end of a series: the chair's introduction, the breadth of perspectives across
 * the series, each session's summary, how the scaling answers moved, the actions with the small
 * steps that followed them, and everything the series concluded and recommends.
 *
 * <pre>{@code
 * import org.communityofpractice.core.scaling.ScalingQuestion;
 * import org.communityofpractice.core.topic.SeriesId;
 * import org.communityofpractice.report.ReportComposer;
 * SeriesReport composed = ReportComposer.of(policy).series(community, SeriesId.of("prison-release-2016"));
 * Representation acrossTheSeries = composed.representation();
 * SessionReport first = composed.sessions().get(0);
 * SessionReport second = composed.sessions().get(1);
 * List<ScalingTrend.Point> points = composed.scalingTrends().get(0).points();
 * SeriesReport report = SeriesReport.builder()
 *     .community("@SoTCoP").place("Stoke-on-Trent")
 *     .series("prison-release-2016").title("Prison release").topic("Prison release")
 *     .representation(acrossTheSeries)
 *     .addSession(first).addSession(second)
 *     .addScalingTrend(ScalingTrend.of(ScalingQuestion.GUIDE_WORDING, points))
 *     .build();
 * }</pre>
 *
 * @param language the BCP 47 tag of the report's language
 * @param community the community's name
 * @param place where the community meets
 * @param series the series' id
 * @param title the series' title
 * @param topic the topic's title
 * @param introduction the chair's introduction to the series
 * @param concluded whether the series has ended
 * @param representation who was represented across the series (each person counted once)
 * @param attendances the sum of the sessions' headcounts
 * @param sessions each session's summary, in date order
 * @param scalingTrends how each scaling question moved, in the order first asked
 * @param progress every action agreed in the series, with the small steps that followed it
 * @param conclusions the conclusions of all sessions, in order
 * @param recommendations the recommendations of all sessions, in order
 * @param questions the questions extracted in all sessions, in order
 * @param resources the community's resource list
 * @param nextSession the invitation to the next session, if one was agreed
 * @param principles the community's principles
 */
public record SeriesReport(
    String language,
    String community,
    String place,
    String series,
    String title,
    String topic,
    Optional<String> introduction,
    boolean concluded,
    Representation representation,
    int attendances,
    List<SessionReport> sessions,
    List<ScalingTrend> scalingTrends,
    List<ActionProgress> progress,
    List<String> conclusions,
    List<String> recommendations,
    List<String> questions,
    List<ResourceLink> resources,
    Optional<Invitation> nextSession,
    List<String> principles)
    implements Report {

  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param language the BCP 47 tag of the report's language; not blank; never {@literal null}
   * @param community the community's name; not blank; never {@literal null}
   * @param place where the community meets; not blank; never {@literal null}
   * @param series the series' id; not blank; never {@literal null}
   * @param title the series' title; not blank; never {@literal null}
   * @param topic the topic's title; not blank; never {@literal null}
   * @param introduction the chair's introduction to the series; empty, or not blank; never
   *     {@literal null}
   * @param concluded whether the series has ended
   * @param representation who was represented across the series (each person counted once); never
   *     {@literal null}
   * @param attendances the sum of the sessions' headcounts; at least 0
   * @param sessions each session's summary, in date order; never {@literal null}, nor holding
   *     {@literal null}
   * @param scalingTrends how each scaling question moved, in the order first asked; never {@literal
   *     null}, nor holding {@literal null}
   * @param progress every action agreed in the series, with the small steps that followed it; never
   *     {@literal null}, nor holding {@literal null}
   * @param conclusions the conclusions of all sessions, in order; none blank; never {@literal null}
   * @param recommendations the recommendations of all sessions, in order; none blank; never
   *     {@literal null}
   * @param questions the questions extracted in all sessions, in order; none blank; never {@literal
   *     null}
   * @param resources the community's resource list; never {@literal null}, nor holding {@literal
   *     null}
   * @param nextSession the invitation to the next session, if one was agreed; never {@literal null}
   * @param principles the community's principles; none blank; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public SeriesReport {
    Require.text(language, "language");
    Require.text(community, "community");
    Require.text(place, "place");
    Require.text(series, "series");
    Require.text(title, "title");
    Require.text(topic, "topic");
    Require.optionalText(introduction, "introduction");
    Objects.requireNonNull(representation, "representation");
    Require.notNegative(attendances, "attendances");
    sessions = Require.list(sessions, "sessions");
    scalingTrends = Require.list(scalingTrends, "scalingTrends");
    progress = Require.list(progress, "progress");
    conclusions = Require.texts(conclusions, "conclusions");
    recommendations = Require.texts(recommendations, "recommendations");
    questions = Require.texts(questions, "questions");
    resources = Require.list(resources, "resources");
    Objects.requireNonNull(nextSession, "nextSession");
    principles = Require.texts(principles, "principles");
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
    return "SeriesReport[" + series + ", " + sessions.size() + " sessions, " + language + "]";
  }

  /** Builds a {@link SeriesReport}; lists start empty, optional parts absent. */
  public static final class Builder {
    private String language = SessionReport.DEFAULT_LANGUAGE;
    private String community;
    private String place;
    private String series;
    private String title;
    private String topic;
    private Optional<String> introduction = Optional.empty();
    private boolean concluded;
    private Representation representation;
    private int attendances;
    private final List<SessionReport> sessions = new ArrayList<>();
    private final List<ScalingTrend> scalingTrends = new ArrayList<>();
    private final List<ActionProgress> progress = new ArrayList<>();
    private final List<String> conclusions = new ArrayList<>();
    private final List<String> recommendations = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<ResourceLink> resources = new ArrayList<>();
    private Optional<Invitation> nextSession = Optional.empty();
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
     * Sets the series' id; required.
     *
     * @param value the series' id; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder series(String value) {
      series = value;
      return this;
    }

    /**
     * Sets the series' title; required.
     *
     * @param value the series' title; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /**
     * Sets the topic's title; required.
     *
     * @param value the topic's title; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder topic(String value) {
      topic = value;
      return this;
    }

    /**
     * Sets the chair's introduction to the series; empty unless set.
     *
     * @param value the chair's introduction to the series, or empty; must not be {@literal null}
     * @return this builder
     */
    public Builder introduction(Optional<String> value) {
      introduction = value;
      return this;
    }

    /**
     * Sets whether the series has ended; required.
     *
     * @param value whether the series has ended; must not be {@literal null}
     * @return this builder
     */
    public Builder concluded(boolean value) {
      concluded = value;
      return this;
    }

    /**
     * Sets who was represented across the series (each person counted once); required.
     *
     * @param value who was represented across the series (each person counted once); must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder representation(Representation value) {
      representation = value;
      return this;
    }

    /**
     * Adds one to each session's summary, in date order, after those added before.
     *
     * @param value one of each session's summary, in date order; must not be {@literal null}
     * @return this builder
     */
    public Builder addSession(SessionReport value) {
      sessions.add(value);
      return this;
    }

    /**
     * Adds each session's summary, in date order, in the order given, after those added before.
     *
     * @param values more of each session's summary, in date order; must not be {@literal null}, nor
     *     hold {@literal null}
     * @return this builder
     */
    public Builder addAllSessions(List<SessionReport> values) {
      sessions.addAll(values);
      return this;
    }

    /**
     * Adds one to how each scaling question moved, in the order first asked, after those added
     * before.
     *
     * @param value one of how each scaling question moved, in the order first asked; must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder addScalingTrend(ScalingTrend value) {
      scalingTrends.add(value);
      return this;
    }

    /**
     * Adds how each scaling question moved, in the order first asked, in the order given, after
     * those added before.
     *
     * @param values more of how each scaling question moved, in the order first asked; must not be
     *     {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllScalingTrends(List<ScalingTrend> values) {
      scalingTrends.addAll(values);
      return this;
    }

    /**
     * Sets the sum of the sessions' headcounts; required.
     *
     * @param value the sum of the sessions' headcounts; must not be {@literal null}
     * @return this builder
     */
    public Builder attendances(int value) {
      attendances = value;
      return this;
    }

    /**
     * Adds one to every action agreed in the series, with the small steps that followed it, after
     * those added before.
     *
     * @param value one of every action agreed in the series, with the small steps that followed it;
     *     must not be {@literal null}
     * @return this builder
     */
    public Builder addProgress(ActionProgress value) {
      progress.add(value);
      return this;
    }

    /**
     * Adds every action agreed in the series, with the small steps that followed it, in the order
     * given, after those added before.
     *
     * @param values more of every action agreed in the series, with the small steps that followed
     *     it; must not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllProgress(List<ActionProgress> values) {
      progress.addAll(values);
      return this;
    }

    /**
     * Adds one to the conclusions of all sessions, in order, after those added before.
     *
     * @param value one of the conclusions of all sessions, in order; must not be {@literal null}
     * @return this builder
     */
    public Builder addConclusion(String value) {
      conclusions.add(value);
      return this;
    }

    /**
     * Adds the conclusions of all sessions, in order, in the order given, after those added before.
     *
     * @param values more of the conclusions of all sessions, in order; must not be {@literal null},
     *     nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllConclusions(List<String> values) {
      conclusions.addAll(values);
      return this;
    }

    /**
     * Adds one to the recommendations of all sessions, in order, after those added before.
     *
     * @param value one of the recommendations of all sessions, in order; must not be {@literal
     *     null}
     * @return this builder
     */
    public Builder addRecommendation(String value) {
      recommendations.add(value);
      return this;
    }

    /**
     * Adds the recommendations of all sessions, in order, in the order given, after those added
     * before.
     *
     * @param values more of the recommendations of all sessions, in order; must not be {@literal
     *     null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllRecommendations(List<String> values) {
      recommendations.addAll(values);
      return this;
    }

    /**
     * Adds one to the questions extracted in all sessions, in order, after those added before.
     *
     * @param value one of the questions extracted in all sessions, in order; must not be {@literal
     *     null}
     * @return this builder
     */
    public Builder addQuestion(String value) {
      questions.add(value);
      return this;
    }

    /**
     * Adds the questions extracted in all sessions, in order, in the order given, after those added
     * before.
     *
     * @param values more of the questions extracted in all sessions, in order; must not be
     *     {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllQuestions(List<String> values) {
      questions.addAll(values);
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
     * Sets the invitation to the next session, if one was agreed; empty unless set.
     *
     * @param value the invitation to the next session, if one was agreed, or empty; must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder nextSession(Optional<Invitation> value) {
      nextSession = value;
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
    public SeriesReport build() {
      return new SeriesReport(
          language,
          community,
          place,
          series,
          title,
          topic,
          introduction,
          concluded,
          representation,
          attendances,
          sessions,
          scalingTrends,
          progress,
          conclusions,
          recommendations,
          questions,
          resources,
          nextSession,
          principles);
    }
  }
}
