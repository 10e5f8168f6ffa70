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

  /**
   * Checks every component and copies the lists, so the value cannot change afterwards.
   *
   * @param language the BCP 47 tag of the report's language; not blank; never {@literal null}
   * @param community the community's name; not blank; never {@literal null}
   * @param place where the community meets; not blank; never {@literal null}
   * @param session the session's id; not blank; never {@literal null}
   * @param title the session's title, if it has one; empty, or not blank; never {@literal null}
   * @param topic the topic's title; not blank; never {@literal null}
   * @param series the series' title, when the session is part of one; empty, or not blank; never
   *     {@literal null}
   * @param startsAt when the session started; never {@literal null}
   * @param venue the venue's name; not blank; never {@literal null}
   * @param introduction the chair's introduction; empty, or not blank; never {@literal null}
   * @param representation who was represented; never {@literal null}
   * @param bestHopes the best hopes, in brief; never {@literal null}, nor holding {@literal null}
   * @param presentation the presentation or case study; never {@literal null}
   * @param goodPractice examples of good practice; never {@literal null}, nor holding {@literal
   *     null}
   * @param preferredFuture descriptions of the preferred future; never {@literal null}, nor holding
   *     {@literal null}
   * @param workingWell what is working well; never {@literal null}, nor holding {@literal null}
   * @param scaling the scaling results, in the order asked; never {@literal null}, nor holding
   *     {@literal null}
   * @param actions the actions agreed; never {@literal null}, nor holding {@literal null}
   * @param smallSteps the small steps noticed since the community last met; never {@literal null},
   *     nor holding {@literal null}
   * @param conclusions the conclusions; none blank; never {@literal null}
   * @param recommendations the recommendations; none blank; never {@literal null}
   * @param questions questions extracted for others to answer; none blank; never {@literal null}
   * @param resources the community's resource list; never {@literal null}, nor holding {@literal
   *     null}
   * @param artefacts captioned photographs of flip charts, whiteboards and post-its; never
   *     {@literal null}, nor holding {@literal null}
   * @param nextSession the invitation to the next session, if one was agreed; never {@literal null}
   * @param principles the community's principles; none blank; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
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

    /**
     * Sets the BCP 47 tag of the report's language; {@link SessionReport#DEFAULT_LANGUAGE} unless
     * set.
     *
     * @param value the BCP 47 tag of the report's language; must not be {@literal null}
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
     * Sets the session's id; required.
     *
     * @param value the session's id; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder session(String value) {
      session = value;
      return this;
    }

    /**
     * Sets the session's title, if it has one; empty unless set.
     *
     * @param value the session's title, if it has one, or empty; must not be {@literal null}
     * @return this builder
     */
    public Builder title(Optional<String> value) {
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
     * Sets the series' title, when the session is part of one; empty unless set.
     *
     * @param value the series' title, when the session is part of one, or empty; must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder series(Optional<String> value) {
      series = value;
      return this;
    }

    /**
     * Sets when the session started; required.
     *
     * @param value when the session started; must not be {@literal null}
     * @return this builder
     */
    public Builder startsAt(ZonedDateTime value) {
      startsAt = value;
      return this;
    }

    /**
     * Sets the venue's name; required.
     *
     * @param value the venue's name; must not be {@literal null}, nor blank
     * @return this builder
     */
    public Builder venue(String value) {
      venue = value;
      return this;
    }

    /**
     * Sets the chair's introduction; empty unless set.
     *
     * @param value the chair's introduction, or empty; must not be {@literal null}
     * @return this builder
     */
    public Builder introduction(Optional<String> value) {
      introduction = value;
      return this;
    }

    /**
     * Sets who was represented; required.
     *
     * @param value who was represented; must not be {@literal null}
     * @return this builder
     */
    public Builder representation(Representation value) {
      representation = value;
      return this;
    }

    /**
     * Adds one to the best hopes, in brief, after those added before.
     *
     * @param value one of the best hopes, in brief; must not be {@literal null}
     * @return this builder
     */
    public Builder addBestHope(Remark value) {
      bestHopes.add(value);
      return this;
    }

    /**
     * Adds the best hopes, in brief, in the order given, after those added before.
     *
     * @param values more of the best hopes, in brief; must not be {@literal null}, nor hold
     *     {@literal null}
     * @return this builder
     */
    public Builder addAllBestHopes(List<Remark> values) {
      bestHopes.addAll(values);
      return this;
    }

    /**
     * Sets the presentation or case study; empty unless set.
     *
     * @param value the presentation or case study, or empty; must not be {@literal null}
     * @return this builder
     */
    public Builder presentation(Optional<PresentationSummary> value) {
      presentation = value;
      return this;
    }

    /**
     * Adds one to examples of good practice, after those added before.
     *
     * @param value one of examples of good practice; must not be {@literal null}
     * @return this builder
     */
    public Builder addGoodPractice(Remark value) {
      goodPractice.add(value);
      return this;
    }

    /**
     * Adds examples of good practice, in the order given, after those added before.
     *
     * @param values more of examples of good practice; must not be {@literal null}, nor hold
     *     {@literal null}
     * @return this builder
     */
    public Builder addAllGoodPractice(List<Remark> values) {
      goodPractice.addAll(values);
      return this;
    }

    /**
     * Adds one to descriptions of the preferred future, after those added before.
     *
     * @param value one of descriptions of the preferred future; must not be {@literal null}
     * @return this builder
     */
    public Builder addPreferredFuture(Remark value) {
      preferredFuture.add(value);
      return this;
    }

    /**
     * Adds descriptions of the preferred future, in the order given, after those added before.
     *
     * @param values more of descriptions of the preferred future; must not be {@literal null}, nor
     *     hold {@literal null}
     * @return this builder
     */
    public Builder addAllPreferredFuture(List<Remark> values) {
      preferredFuture.addAll(values);
      return this;
    }

    /**
     * Adds one to what is working well, after those added before.
     *
     * @param value one of what is working well; must not be {@literal null}
     * @return this builder
     */
    public Builder addWorkingWell(Remark value) {
      workingWell.add(value);
      return this;
    }

    /**
     * Adds what is working well, in the order given, after those added before.
     *
     * @param values more of what is working well; must not be {@literal null}, nor hold {@literal
     *     null}
     * @return this builder
     */
    public Builder addAllWorkingWell(List<Remark> values) {
      workingWell.addAll(values);
      return this;
    }

    /**
     * Adds one to the scaling results, in the order asked, after those added before.
     *
     * @param value one of the scaling results, in the order asked; must not be {@literal null}
     * @return this builder
     */
    public Builder addScaling(ScalingResult value) {
      scaling.add(value);
      return this;
    }

    /**
     * Adds the scaling results, in the order asked, in the order given, after those added before.
     *
     * @param values more of the scaling results, in the order asked; must not be {@literal null},
     *     nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllScaling(List<ScalingResult> values) {
      scaling.addAll(values);
      return this;
    }

    /**
     * Adds one to the actions agreed, after those added before.
     *
     * @param value one of the actions agreed; must not be {@literal null}
     * @return this builder
     */
    public Builder addAction(AgreedAction value) {
      actions.add(value);
      return this;
    }

    /**
     * Adds the actions agreed, in the order given, after those added before.
     *
     * @param values more of the actions agreed; must not be {@literal null}, nor hold {@literal
     *     null}
     * @return this builder
     */
    public Builder addAllActions(List<AgreedAction> values) {
      actions.addAll(values);
      return this;
    }

    /**
     * Adds one to the small steps noticed since the community last met, after those added before.
     *
     * @param value one of the small steps noticed since the community last met; must not be
     *     {@literal null}
     * @return this builder
     */
    public Builder addSmallStep(SmallStepNoticed value) {
      smallSteps.add(value);
      return this;
    }

    /**
     * Adds the small steps noticed since the community last met, in the order given, after those
     * added before.
     *
     * @param values more of the small steps noticed since the community last met; must not be
     *     {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllSmallSteps(List<SmallStepNoticed> values) {
      smallSteps.addAll(values);
      return this;
    }

    /**
     * Adds one to the conclusions, after those added before.
     *
     * @param value one of the conclusions; must not be {@literal null}
     * @return this builder
     */
    public Builder addConclusion(String value) {
      conclusions.add(value);
      return this;
    }

    /**
     * Adds the conclusions, in the order given, after those added before.
     *
     * @param values more of the conclusions; must not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllConclusions(List<String> values) {
      conclusions.addAll(values);
      return this;
    }

    /**
     * Adds one to the recommendations, after those added before.
     *
     * @param value one of the recommendations; must not be {@literal null}
     * @return this builder
     */
    public Builder addRecommendation(String value) {
      recommendations.add(value);
      return this;
    }

    /**
     * Adds the recommendations, in the order given, after those added before.
     *
     * @param values more of the recommendations; must not be {@literal null}, nor hold {@literal
     *     null}
     * @return this builder
     */
    public Builder addAllRecommendations(List<String> values) {
      recommendations.addAll(values);
      return this;
    }

    /**
     * Adds one to questions extracted for others to answer, after those added before.
     *
     * @param value one of questions extracted for others to answer; must not be {@literal null}
     * @return this builder
     */
    public Builder addQuestion(String value) {
      questions.add(value);
      return this;
    }

    /**
     * Adds questions extracted for others to answer, in the order given, after those added before.
     *
     * @param values more of questions extracted for others to answer; must not be {@literal null},
     *     nor hold {@literal null}
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
     * Adds one to captioned photographs of flip charts, whiteboards and post-its, after those added
     * before.
     *
     * @param value one of captioned photographs of flip charts, whiteboards and post-its; must not
     *     be {@literal null}
     * @return this builder
     */
    public Builder addArtefact(CaptionedArtefact value) {
      artefacts.add(value);
      return this;
    }

    /**
     * Adds captioned photographs of flip charts, whiteboards and post-its, in the order given,
     * after those added before.
     *
     * @param values more of captioned photographs of flip charts, whiteboards and post-its; must
     *     not be {@literal null}, nor hold {@literal null}
     * @return this builder
     */
    public Builder addAllArtefacts(List<CaptionedArtefact> values) {
      artefacts.addAll(values);
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
