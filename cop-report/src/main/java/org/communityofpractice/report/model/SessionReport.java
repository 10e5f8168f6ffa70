package org.communityofpractice.report.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Require;

/**
 * The summary report of one session, as it may be published: "brief … the details of the
 * conversations are less important than the recommendations and the breadth of community members
 * represented".
 *
 * <pre>{@code
 * import org.communityofpractice.report.ReportComposer;
 * Representation representation = ReportComposer.of(policy).session(community, session.id()).representation();
 * SessionReport report = SessionReport.builder()
 *     .community("@SoTCoP").place("Stoke-on-Trent")
 *     .session("s-1").topic("Prison release")
 *     .startsAt(ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, ZoneId.of("Europe/London")))
 *     .venue("VOICES, Federation House")
 *     .representation(representation)
 *     .addConclusion("Release on a Friday leaves people without support until Monday")
 *     .build();
 * }</pre>
 *
 * @param language the BCP 47 tag of the report's language
 * @param community the community's name
 * @param place where the community meets
 * @param session the session's id
 * @param title the session's title, if it has one
 * @param topic the topic's title
 * @param series the series' title, when the session is part of one
 * @param startsAt when the session started
 * @param venue the venue's name
 * @param introduction the chair's introduction
 * @param representation who was represented
 * @param bestHopes the best hopes, in brief
 * @param presentation the presentation or case study
 * @param goodPractice examples of good practice
 * @param preferredFuture descriptions of the preferred future
 * @param workingWell what is working well
 * @param scaling the scaling results, in the order asked
 * @param actions the actions agreed
 * @param smallSteps the small steps noticed since the community last met
 * @param conclusions the conclusions
 * @param recommendations the recommendations
 * @param questions questions extracted for others to answer
 * @param resources the community's resource list
 * @param artefacts captioned photographs of flip charts, whiteboards and post-its
 * @param nextSession the invitation to the next session, if one was agreed
 * @param principles the community's principles
 */
public record SessionReport(
    String language,
    String community,
    String place,
    String session,
    Optional<String> title,
    String topic,
    Optional<String> series,
    ZonedDateTime startsAt,
    String venue,
    Optional<String> introduction,
    Representation representation,
    List<Remark> bestHopes,
    Optional<PresentationSummary> presentation,
    List<Remark> goodPractice,
    List<Remark> preferredFuture,
    List<Remark> workingWell,
    List<ScalingResult> scaling,
    List<AgreedAction> actions,
    List<SmallStepNoticed> smallSteps,
    List<String> conclusions,
    List<String> recommendations,
    List<String> questions,
    List<ResourceLink> resources,
    List<CaptionedArtefact> artefacts,
    Optional<Invitation> nextSession,
    List<String> principles)
    implements Report {

  /** The language of reports unless another is chosen. */
  public static final String DEFAULT_LANGUAGE = "en-GB";

  public SessionReport {
    Require.text(language, "language");
    Require.text(community, "community");
    Require.text(place, "place");
    Require.text(session, "session");
    Require.optionalText(title, "title");
    Require.text(topic, "topic");
    Require.optionalText(series, "series");
    Objects.requireNonNull(startsAt, "startsAt");
    Require.text(venue, "venue");
    Require.optionalText(introduction, "introduction");
    Objects.requireNonNull(representation, "representation");
    bestHopes = Require.list(bestHopes, "bestHopes");
    Objects.requireNonNull(presentation, "presentation");
    goodPractice = Require.list(goodPractice, "goodPractice");
    preferredFuture = Require.list(preferredFuture, "preferredFuture");
    workingWell = Require.list(workingWell, "workingWell");
    scaling = Require.list(scaling, "scaling");
    actions = Require.list(actions, "actions");
    smallSteps = Require.list(smallSteps, "smallSteps");
    conclusions = Require.texts(conclusions, "conclusions");
    recommendations = Require.texts(recommendations, "recommendations");
    questions = Require.texts(questions, "questions");
    resources = Require.list(resources, "resources");
    artefacts = Require.list(artefacts, "artefacts");
    Objects.requireNonNull(nextSession, "nextSession");
    principles = Require.texts(principles, "principles");
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "SessionReport[" + session + ", " + startsAt.toLocalDate() + ", " + language + "]";
  }

  /** Builds a {@link SessionReport}; lists start empty, optional parts absent. */
  public static final class Builder {
    private String language = DEFAULT_LANGUAGE;
    private String community;
    private String place;
    private String session;
    private Optional<String> title = Optional.empty();
    private String topic;
    private Optional<String> series = Optional.empty();
    private ZonedDateTime startsAt;
    private String venue;
    private Optional<String> introduction = Optional.empty();
    private Representation representation;
    private final List<Remark> bestHopes = new ArrayList<>();
    private Optional<PresentationSummary> presentation = Optional.empty();
    private final List<Remark> goodPractice = new ArrayList<>();
    private final List<Remark> preferredFuture = new ArrayList<>();
    private final List<Remark> workingWell = new ArrayList<>();
    private final List<ScalingResult> scaling = new ArrayList<>();
    private final List<AgreedAction> actions = new ArrayList<>();
    private final List<SmallStepNoticed> smallSteps = new ArrayList<>();
    private final List<String> conclusions = new ArrayList<>();
    private final List<String> recommendations = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private final List<ResourceLink> resources = new ArrayList<>();
    private final List<CaptionedArtefact> artefacts = new ArrayList<>();
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

    public Builder session(String value) {
      session = value;
      return this;
    }

    public Builder title(Optional<String> value) {
      title = value;
      return this;
    }

    public Builder topic(String value) {
      topic = value;
      return this;
    }

    public Builder series(Optional<String> value) {
      series = value;
      return this;
    }

    public Builder startsAt(ZonedDateTime value) {
      startsAt = value;
      return this;
    }

    public Builder venue(String value) {
      venue = value;
      return this;
    }

    public Builder introduction(Optional<String> value) {
      introduction = value;
      return this;
    }

    public Builder representation(Representation value) {
      representation = value;
      return this;
    }

    public Builder addBestHope(Remark value) {
      bestHopes.add(value);
      return this;
    }

    public Builder addAllBestHopes(List<Remark> values) {
      bestHopes.addAll(values);
      return this;
    }

    public Builder presentation(Optional<PresentationSummary> value) {
      presentation = value;
      return this;
    }

    public Builder addGoodPractice(Remark value) {
      goodPractice.add(value);
      return this;
    }

    public Builder addAllGoodPractice(List<Remark> values) {
      goodPractice.addAll(values);
      return this;
    }

    public Builder addPreferredFuture(Remark value) {
      preferredFuture.add(value);
      return this;
    }

    public Builder addAllPreferredFuture(List<Remark> values) {
      preferredFuture.addAll(values);
      return this;
    }

    public Builder addWorkingWell(Remark value) {
      workingWell.add(value);
      return this;
    }

    public Builder addAllWorkingWell(List<Remark> values) {
      workingWell.addAll(values);
      return this;
    }

    public Builder addScaling(ScalingResult value) {
      scaling.add(value);
      return this;
    }

    public Builder addAllScaling(List<ScalingResult> values) {
      scaling.addAll(values);
      return this;
    }

    public Builder addAction(AgreedAction value) {
      actions.add(value);
      return this;
    }

    public Builder addAllActions(List<AgreedAction> values) {
      actions.addAll(values);
      return this;
    }

    public Builder addSmallStep(SmallStepNoticed value) {
      smallSteps.add(value);
      return this;
    }

    public Builder addAllSmallSteps(List<SmallStepNoticed> values) {
      smallSteps.addAll(values);
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

    public Builder addArtefact(CaptionedArtefact value) {
      artefacts.add(value);
      return this;
    }

    public Builder addAllArtefacts(List<CaptionedArtefact> values) {
      artefacts.addAll(values);
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
    public SessionReport build() {
      return new SessionReport(
          language,
          community,
          place,
          session,
          title,
          topic,
          series,
          startsAt,
          venue,
          introduction,
          representation,
          bestHopes,
          presentation,
          goodPractice,
          preferredFuture,
          workingWell,
          scaling,
          actions,
          smallSteps,
          conclusions,
          recommendations,
          questions,
          resources,
          artefacts,
          nextSession,
          principles);
    }
  }
}
