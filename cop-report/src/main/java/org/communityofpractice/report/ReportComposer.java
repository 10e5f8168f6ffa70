package org.communityofpractice.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.privacy.ActionProgress;
import org.communityofpractice.core.privacy.Attribution;
import org.communityofpractice.core.privacy.Breakdown;
import org.communityofpractice.core.privacy.CommunityProfile;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.privacy.PublishableAction;
import org.communityofpractice.core.privacy.PublishableCommunity;
import org.communityofpractice.core.privacy.PublishableContribution;
import org.communityofpractice.core.privacy.PublishableNextSession;
import org.communityofpractice.core.privacy.PublishablePresentation;
import org.communityofpractice.core.privacy.PublishableScaling;
import org.communityofpractice.core.privacy.PublishableSeries;
import org.communityofpractice.core.privacy.PublishableSession;
import org.communityofpractice.core.privacy.PublishableSmallStep;
import org.communityofpractice.core.privacy.PublishableText;
import org.communityofpractice.core.privacy.Representation;
import org.communityofpractice.core.scaling.ScalingMovement;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.ActionProgressSummary;
import org.communityofpractice.report.model.AgreedAction;
import org.communityofpractice.report.model.CaptionedArtefact;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.PresentationSummary;
import org.communityofpractice.report.model.Remark;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;

/**
 * Composes the publishable reports of a community: a session summary, a series report and the
 * community's impact report. The community goes through the {@link DisclosurePolicy} first —
 * consent decides who may be named or quoted by role, small counts are suppressed, restricted
 * people's words are left out — and only the resulting publishable views are turned into the report
 * model renderers see. Compose with the instant of publishing; a report composed "as of" a past
 * instant (to reprint it as it was) still honours every withdrawal made since, so it never names
 * more than today's consent allows.
 *
 * <pre>{@code
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ReportComposer composer = ReportComposer.builder()
 *     .policy(DisclosurePolicy.asOf(Instant.now()))   // publishing now: consent as it stands today
 *     .language("en-GB")
 *     .build();
 * SessionReport summary = composer.session(community, SessionId.of("prison-release-1"));
 * SeriesReport series = composer.series(community, SeriesId.of("prison-release-2016"));
 * ImpactReport impact = composer.impact(community);
 * String email = ReportRenderers.load().get("text").render(summary);
 * }</pre>
 *
 * <p>In the model, a person appears only as an attribution the policy allowed — a consented name or
 * "Role, Place" — and otherwise not at all: "a community member" is the renderers' label for an
 * absent attribution. A resource's link is kept only when it is an absolute {@code http}, {@code
 * https} or {@code mailto} address; otherwise its title is kept without the link. Instances are
 * immutable and thread-safe.
 */
public final class ReportComposer {
  private final DisclosurePolicy policy;
  private final String language;

  private ReportComposer(DisclosurePolicy policy, String language) {
    this.policy = policy;
    this.language = language;
  }

  /**
   * A composer with this policy writing in British English.
   *
   * @param policy the disclosure policy every report goes through; never {@literal null}
   * @return the composer; never {@literal null}
   * @throws NullPointerException if {@code policy} is {@literal null}
   */
  public static ReportComposer of(DisclosurePolicy policy) {
    return builder().policy(policy).build();
  }

  /**
   * A builder, for a composer in another language than British English.
   *
   * @return a new builder with no policy and the language {@code "en-GB"}; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link ReportComposer}. */
  public static final class Builder {
    private DisclosurePolicy policy;
    private String language = SessionReport.DEFAULT_LANGUAGE;

    private Builder() {}

    /**
     * Sets the disclosure policy every report goes through; required.
     *
     * @param value the policy; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder policy(DisclosurePolicy value) {
      policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /**
     * The BCP 47 tag of the reports' language, such as {@code "en-GB"} (the default) or {@code
     * "cy"}; renderers take their labels from the bundle of that language.
     *
     * @param tag the language tag: two to eight letters, then subtags of one to eight letters or
     *     digits, at most 35 characters; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code tag} is {@literal null}
     * @throws InvalidValueException naming {@code language} if {@code tag} is not such a tag
     */
    public Builder language(String tag) {
      Objects.requireNonNull(tag, "language");
      // bounded first (RFC 5646 4.4.1: 35 characters hold any tag in use): the pattern's repeated
      // group recurses once per subtag and would overflow the stack on a long enough text
      if (tag.length() > 35 || !tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        throw InvalidValueException.of(
            "language", "must be a BCP 47 language tag such as en-GB", tag);
      }
      language = tag;
      return this;
    }

    /**
     * The composer; thread-safe, and the builder may be used again.
     *
     * @return the composer; never {@literal null}
     * @throws InvalidValueException naming {@code policy} if no policy was set
     */
    public ReportComposer build() {
      if (policy == null) {
        throw InvalidValueException.of("policy", "must be set", null);
      }
      return new ReportComposer(policy, language);
    }
  }

  /**
   * The policy reports go through.
   *
   * @return the disclosure policy; never {@literal null}
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * The summary report of one session, through the disclosure policy: only what consent allows,
   * small counts suppressed. A small step that follows an action agreed at an earlier session names
   * that action.
   *
   * @param community the community holding the session, with its register; never {@literal null}
   * @param session the session's id; never {@literal null}
   * @return the report; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws InvalidValueException naming {@code session} when the community holds no such session
   */
  public SessionReport session(Community community, SessionId session) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(session, "session");
    PublishableSession published = policy.session(community, session);
    return session(published, actionTexts(community, published));
  }

  /**
   * The report of one series, through the disclosure policy: its sessions, how the scaling
   * questions moved and how the actions progressed.
   *
   * @param community the community holding the series, with its register; never {@literal null}
   * @param series the series' id; never {@literal null}
   * @return the report; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws InvalidValueException naming {@code series} when the community has no such series
   */
  public SeriesReport series(Community community, SeriesId series) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(series, "series");
    return series(policy.series(community, series));
  }

  /**
   * The community's impact report, through the disclosure policy: its legacy, concluded series,
   * completed actions and more.
   *
   * @param community the community, with its register; never {@literal null}
   * @return the report; never {@literal null}
   * @throws NullPointerException if {@code community} is {@literal null}
   */
  public ImpactReport impact(Community community) {
    Objects.requireNonNull(community, "community");
    return impact(policy.community(community));
  }

  /**
   * The impact report of a community the policy has already made publishable.
   *
   * @param c the publishable community; never {@literal null}
   * @return the report; never {@literal null}
   * @throws NullPointerException if {@code c} is {@literal null}
   */
  public ImpactReport impact(PublishableCommunity c) {
    CommunityProfile community = c.profile();
    Map<String, String> actionTexts = actionTexts(c.sessions());
    List<SessionReport> sessions = sessions(c.sessions(), actionTexts);
    return ImpactReport.builder()
        .language(language)
        .community(community.name())
        .place(community.place())
        .focus(community.focus())
        .firstSession(sessions.stream().findFirst().map(r -> r.startsAt().toLocalDate()))
        .lastSession(
            sessions.isEmpty()
                ? Optional.empty()
                : Optional.of(sessions.get(sessions.size() - 1).startsAt().toLocalDate()))
        .lifeCycleStage(community.lifeCycleStage().name())
        .addAllLifeCycleHistory(
            community.lifeCycleHistory().stream()
                .map(e -> new ImpactReport.StageEntered(e.stage().name(), e.enteredOn()))
                .toList())
        .addAllLegacy(
            community.legacy().stream()
                .map(
                    l ->
                        new ImpactReport.Legacy(
                            l.text(), l.topic().map(c.topicTitles()::get), l.recordedOn()))
                .toList())
        .addAllConcludedSeries(
            c.series().stream().filter(PublishableSeries::concluded).map(this::concluded).toList())
        .addAllCompletedActions(
            c.progress().stream()
                .filter(p -> p.action().completedOn().isPresent())
                .map(p -> progress(p, actionTexts))
                .toList())
        .representation(representation(c.representation()))
        .addAllRepresentationOverTime(
            sessions.stream()
                .map(
                    r ->
                        new ImpactReport.RepresentationAt(
                            r.startsAt().toLocalDate(),
                            r.title().orElse(r.topic()),
                            r.representation()))
                .toList())
        .addAllWorkingWell(all(sessions, SessionReport::workingWell))
        .addAllCoreGroup(
            c.coreGroup().stream().map(ReportComposer::shown).flatMap(Optional::stream).toList())
        .addAllResources(resources(community))
        .addAllPrinciples(principles(community, language))
        .build();
  }

  private ImpactReport.ConcludedSeries concluded(PublishableSeries s) {
    List<PublishableSession> sessions = s.sessions();
    return new ImpactReport.ConcludedSeries(
        s.title(),
        s.topicTitle(),
        sessions.size(),
        sessions.stream().findFirst().map(x -> x.startsAt().toLocalDate()),
        sessions.isEmpty()
            ? Optional.empty()
            : Optional.of(sessions.get(sessions.size() - 1).startsAt().toLocalDate()),
        sessions.stream().flatMap(x -> x.recommendations().stream()).toList());
  }

  private static ActionProgressSummary progress(ActionProgress p, Map<String, String> actionTexts) {
    return new ActionProgressSummary(
        action(p.action()), p.agreedAt().value(), smallSteps(p.smallSteps(), actionTexts));
  }

  /**
   * The summary report of a session the policy has already made publishable. A small step that
   * follows an action agreed at an earlier session reads as following "an action the community
   * agreed"; {@link #session(Community, SessionId)} names the action.
   *
   * @param s the publishable session; never {@literal null}
   * @return the report; never {@literal null}
   * @throws NullPointerException if {@code s} is {@literal null}
   */
  public SessionReport session(PublishableSession s) {
    return session(s, actionTexts(List.of(s)));
  }

  private SessionReport session(PublishableSession s, Map<String, String> actionTexts) {
    CommunityProfile community = s.community();
    List<Remark> bestHopes = new ArrayList<>();
    for (PublishableText hope : s.bestHopes()) {
      bestHopes.add(remark(hope));
    }
    List<ScalingResult> scaling = new ArrayList<>();
    for (PublishableScaling round : s.scaling()) {
      scaling.add(scaling(round));
    }
    List<AgreedAction> actions = new ArrayList<>();
    for (PublishableAction action : s.actions()) {
      actions.add(action(action));
    }
    List<CaptionedArtefact> artefacts = new ArrayList<>();
    for (Artefact artefact : s.artefacts()) {
      artefacts.add(artefact(artefact));
    }
    return SessionReport.builder()
        .language(language)
        .community(community.name())
        .place(community.place())
        .session(s.id().value())
        .title(s.title())
        .topic(s.topicTitle())
        .series(s.seriesTitle())
        .startsAt(s.startsAt())
        .venue(s.venue().name())
        .introduction(s.chairsIntroduction())
        .representation(representation(s.representation()))
        .addAllBestHopes(bestHopes)
        .presentation(s.presentation().map(ReportComposer::presentation))
        .addAllGoodPractice(remarks(s, ContributionKind.GOOD_PRACTICE))
        .addAllPreferredFuture(remarks(s, ContributionKind.PREFERRED_FUTURE))
        .addAllWorkingWell(remarks(s, ContributionKind.WORKING_WELL))
        .addAllScaling(scaling)
        .addAllActions(actions)
        .addAllSmallSteps(smallSteps(s.smallSteps(), actionTexts))
        .addAllConclusions(s.conclusions())
        .addAllRecommendations(s.recommendations())
        .addAllQuestions(s.questions())
        .addAllResources(resources(community))
        .addAllArtefacts(artefacts)
        .nextSession(s.nextSession().map(ReportComposer::invitation))
        .addAllPrinciples(principles(community, language))
        .build();
  }

  /**
   * The report of a series the policy has already made publishable.
   *
   * @param s the publishable series; never {@literal null}
   * @return the report; never {@literal null}
   * @throws NullPointerException if {@code s} is {@literal null}
   */
  public SeriesReport series(PublishableSeries s) {
    CommunityProfile community = s.community();
    Map<String, String> actionTexts = actionTexts(s.sessions());
    List<SessionReport> sessions = sessions(s.sessions(), actionTexts);
    List<ScalingTrend> trends = new ArrayList<>();
    for (ScalingMovement movement : s.scalingMovement()) {
      ScalingTrend trend = ScalingTrend.of(movement);
      trends.add(
          new ScalingTrend(
              ScalingQuestion.wordingIn(trend.question(), language),
              trend.goodEnough(),
              trend.points(),
              trend.medianChange(),
              trend.shareChange()));
    }
    return SeriesReport.builder()
        .language(language)
        .community(community.name())
        .place(community.place())
        .series(s.id().value())
        .title(s.title())
        .topic(s.topicTitle())
        .introduction(s.introduction())
        .concluded(s.concluded())
        .representation(representation(s.representation()))
        .attendances(s.attendances())
        .addAllSessions(sessions)
        .addAllScalingTrends(trends)
        .addAllProgress(progress(s.progress(), actionTexts))
        .addAllConclusions(all(sessions, SessionReport::conclusions))
        .addAllRecommendations(all(sessions, SessionReport::recommendations))
        .addAllQuestions(all(sessions, SessionReport::questions))
        .addAllResources(resources(community))
        .nextSession(
            sessions.isEmpty() ? Optional.empty() : sessions.get(sessions.size() - 1).nextSession())
        .addAllPrinciples(principles(community, language))
        .build();
  }

  private static <T> List<T> all(
      List<SessionReport> sessions, Function<SessionReport, List<T>> part) {
    List<T> all = new ArrayList<>();
    for (SessionReport s : sessions) {
      all.addAll(part.apply(s));
    }
    return all;
  }

  /** The reports of the sessions, in their order. */
  private List<SessionReport> sessions(
      List<PublishableSession> sessions, Map<String, String> actionTexts) {
    List<SessionReport> reports = new ArrayList<>(sessions.size());
    for (PublishableSession p : sessions) {
      reports.add(session(p, actionTexts));
    }
    return reports;
  }

  private static List<ActionProgressSummary> progress(
      List<ActionProgress> progress, Map<String, String> actionTexts) {
    List<ActionProgressSummary> all = new ArrayList<>(progress.size());
    for (ActionProgress p : progress) {
      all.add(progress(p, actionTexts));
    }
    return all;
  }

  /**
   * How a person may be shown: a consented name, "Role, Place" or credit ("Expert Citizen"); empty
   * for "a community member" and for words nobody was recorded as saying.
   */
  static Optional<String> shown(Attribution a) {
    return switch (a.kind()) {
      case NAMED, ROLE_AND_PLACE, CREDITED -> Optional.of(a.display());
      case COMMUNITY_MEMBER, UNATTRIBUTED -> Optional.empty();
    };
  }

  private static Remark remark(PublishableText t) {
    return new Remark(t.text(), shown(t.attribution()));
  }

  private static List<Remark> remarks(PublishableSession s, ContributionKind kind) {
    List<Remark> remarks = new ArrayList<>();
    for (PublishableContribution c : s.contributions(kind)) {
      remarks.add(new Remark(c.text(), shown(c.attribution())));
    }
    return remarks;
  }

  private static RepresentationSummary representation(Representation r) {
    // the headcount and the organisations are published as they are, under the policy's threshold
    int threshold = r.sectors().threshold();
    return new RepresentationSummary(
        Count.shown(r.headcount(), threshold),
        groups(r.perspectives()),
        groups(r.sectors()),
        Count.shown(r.organisations(), threshold),
        r.livedExperiencePresent());
  }

  private static <K extends Enum<K>> List<GroupCount> groups(Breakdown<K> breakdown) {
    List<GroupCount> groups = new ArrayList<>();
    for (Breakdown.Cell<K> c : breakdown.cells()) {
      String key = c.key().isPresent() ? c.key().get().name() : GroupCount.NOT_RECORDED;
      groups.add(GroupCount.of(key, c.count()));
    }
    return groups;
  }

  private static PresentationSummary presentation(PublishablePresentation p) {
    return new PresentationSummary(
        p.kind().name(),
        p.title(),
        shown(p.presenter()),
        p.summary(),
        p.perspective().map(Enum::name),
        wholeMinutes(p.duration()));
  }

  /** Minutes rounded up, so a presentation of 5 minutes 20 seconds reads as the overrun it was. */
  private static int wholeMinutes(Duration d) {
    long minutes = d.toMinutes() + (d.toSecondsPart() > 0 || d.toNanosPart() > 0 ? 1 : 0);
    return (int) Math.max(1, minutes);
  }

  private ScalingResult scaling(PublishableScaling s) {
    List<Remark> ideas = new ArrayList<>();
    for (PublishableText idea : s.onePointUpIdeas()) {
      ideas.add(remark(idea));
    }
    return new ScalingResult(s.question().inLanguage(language), s.statistics(), ideas);
  }

  private static AgreedAction action(PublishableAction a) {
    StringJoiner owners = new StringJoiner("; ");
    for (Attribution owner : a.owners()) {
      Optional<String> shown = shown(owner);
      if (shown.isPresent()) {
        owners.add(shown.get());
      }
    }
    return new AgreedAction(
        a.id().value(),
        a.text(),
        owners.length() == 0 ? Optional.empty() : Optional.of(owners.toString()),
        a.due(),
        a.completedOn());
  }

  private static List<SmallStepNoticed> smallSteps(
      List<PublishableSmallStep> steps, Map<String, String> actionTexts) {
    List<SmallStepNoticed> noticed = new ArrayList<>(steps.size());
    for (PublishableSmallStep step : steps) {
      noticed.add(smallStep(step, actionTexts));
    }
    return noticed;
  }

  private static SmallStepNoticed smallStep(
      PublishableSmallStep s, Map<String, String> actionTexts) {
    Optional<String> follows = s.followsAction().map(ActionId::value);
    return new SmallStepNoticed(
        s.text(), shown(s.noticedBy()), follows, follows.map(actionTexts::get));
  }

  /** The text of each action the policy publishes in {@code sessions}, by id. */
  private static Map<String, String> actionTexts(List<PublishableSession> sessions) {
    Map<String, String> texts = new HashMap<>();
    for (PublishableSession s : sessions) {
      for (PublishableAction a : s.actions()) {
        texts.put(a.id().value(), a.text());
      }
    }
    return texts;
  }

  /**
   * The texts of the actions {@code s}'s small steps follow, as the policy publishes them in the
   * sessions that agreed them: members read what was agreed, never the action's id.
   */
  private Map<String, String> actionTexts(Community community, PublishableSession s) {
    Map<String, String> texts = actionTexts(List.of(s));
    for (PublishableSmallStep step : s.smallSteps()) {
      Optional<ActionId> follows =
          step.followsAction().filter(id -> !texts.containsKey(id.value()));
      follows
          .flatMap(
              id ->
                  community.sessions().stream()
                      .filter(agreed -> agreed.actions().stream().anyMatch(a -> a.id().equals(id)))
                      .findFirst())
          .ifPresent(
              agreed -> texts.putAll(actionTexts(List.of(policy.session(community, agreed.id())))));
    }
    return texts;
  }

  private static CaptionedArtefact artefact(Artefact a) {
    return new CaptionedArtefact(a.image(), a.caption(), a.altText());
  }

  private static Invitation invitation(PublishableNextSession n) {
    return new Invitation(
        n.startsAt(), n.endsAt(), n.venue().name(), n.venue().address(), n.topicTitle());
  }

  private static List<ResourceLink> resources(CommunityProfile community) {
    List<ResourceLink> links = new ArrayList<>();
    for (Resource r : community.resources()) {
      links.add(resource(r));
    }
    return links;
  }

  private static ResourceLink resource(Resource r) {
    return new ResourceLink(r.title(), r.link().filter(ResourceLink::safeLink), r.note());
  }

  /** The guide's principles in the report's language; a community's own in its own words. */
  private static List<String> principles(CommunityProfile community, String language) {
    List<String> principles = new ArrayList<>();
    for (Principle p : community.principles()) {
      principles.add(p.inLanguage(language).text());
    }
    return principles;
  }
}
