package org.communityofpractice.report.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Findings;
import org.communityofpractice.report.model.internal.ReportHeader;
import org.communityofpractice.report.model.internal.Require;
import org.immutables.value.Value;

/**
 * The summary report of one session, as it may be published: "brief … the details of the
 * conversations are less important than the recommendations and the breadth of community members
 * represented".
 *
 * <pre>{@code
 * import org.communityofpractice.report.ReportComposer;
 * RepresentationSummary representation = ReportComposer.of(policy).session(community, session.id()).representation();
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
@Value.Builder
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
    RepresentationSummary representation,
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
    ReportHeader header =
        new ReportHeader(
            language, community, place, introduction, representation, resources, principles);
    resources = header.resources();
    principles = header.principles();
    Findings findings = new Findings(topic, conclusions, recommendations, questions, nextSession);
    conclusions = findings.conclusions();
    recommendations = findings.recommendations();
    questions = findings.questions();
    Require.text(session, "session");
    Require.optionalText(title, "title");
    Require.optionalText(series, "series");
    Objects.requireNonNull(startsAt, "startsAt");
    Require.text(venue, "venue");
    bestHopes = Require.list(bestHopes, "bestHopes");
    Objects.requireNonNull(presentation, "presentation");
    goodPractice = Require.list(goodPractice, "goodPractice");
    preferredFuture = Require.list(preferredFuture, "preferredFuture");
    workingWell = Require.list(workingWell, "workingWell");
    scaling = Require.list(scaling, "scaling");
    actions = Require.list(actions, "actions");
    smallSteps = Require.list(smallSteps, "smallSteps");
    artefacts = Require.list(artefacts, "artefacts");
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

  /**
   * Builds a {@link SessionReport}: the language starts as {@link #DEFAULT_LANGUAGE}, lists empty
   * and optional parts absent. {@code build()} hands every part to the record's constructor, which
   * checks them; it throws {@link IllegalStateException} naming each required part not set.
   */
  public static final class Builder extends SessionReportBuilder {
    Builder() {
      language(DEFAULT_LANGUAGE);
    }
  }
}
