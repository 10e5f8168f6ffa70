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

    public Builder language(String value) {
      language = value;
      return this;
    }

    public Builder community(String value) {
      community = value;
      return this;
    }

    public Builder place(String value) {
      place = value;
      return this;
    }

    public Builder series(String value) {
      series = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder topic(String value) {
      topic = value;
      return this;
    }

    public Builder introduction(Optional<String> value) {
      introduction = value;
      return this;
    }

    public Builder concluded(boolean value) {
      concluded = value;
      return this;
    }

    public Builder representation(Representation value) {
      representation = value;
      return this;
    }

    public Builder addSession(SessionReport value) {
      sessions.add(value);
      return this;
    }

    public Builder addAllSessions(List<SessionReport> values) {
      sessions.addAll(values);
      return this;
    }

    public Builder addScalingTrend(ScalingTrend value) {
      scalingTrends.add(value);
      return this;
    }

    public Builder addAllScalingTrends(List<ScalingTrend> values) {
      scalingTrends.addAll(values);
      return this;
    }

    public Builder attendances(int value) {
      attendances = value;
      return this;
    }

    public Builder addProgress(ActionProgress value) {
      progress.add(value);
      return this;
    }

    public Builder addAllProgress(List<ActionProgress> values) {
      progress.addAll(values);
      return this;
    }

    public Builder addConclusion(String value) {
      conclusions.add(value);
      return this;
    }

    public Builder addAllConclusions(List<String> values) {
      conclusions.addAll(values);
      return this;
    }

    public Builder addRecommendation(String value) {
      recommendations.add(value);
      return this;
    }

    public Builder addAllRecommendations(List<String> values) {
      recommendations.addAll(values);
      return this;
    }

    public Builder addQuestion(String value) {
      questions.add(value);
      return this;
    }

    public Builder addAllQuestions(List<String> values) {
      questions.addAll(values);
      return this;
    }

    public Builder addResource(ResourceLink value) {
      resources.add(value);
      return this;
    }

    public Builder addAllResources(List<ResourceLink> values) {
      resources.addAll(values);
      return this;
    }

    public Builder nextSession(Optional<Invitation> value) {
      nextSession = value;
      return this;
    }

    public Builder addPrinciple(String value) {
      principles.add(value);
      return this;
    }

    public Builder addAllPrinciples(List<String> values) {
      principles.addAll(values);
      return this;
    }

    /**
     * The report; throws {@code InvalidValueException} or {@code NullPointerException} naming a
     * missing or bad field.
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
