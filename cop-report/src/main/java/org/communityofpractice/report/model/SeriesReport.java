package org.communityofpractice.report.model;

import java.util.List;
import java.util.Optional;
import org.communityofpractice.report.model.internal.Findings;
import org.communityofpractice.report.model.internal.ReportHeader;
import org.communityofpractice.report.model.internal.Require;
import org.immutables.value.Value;

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
 * RepresentationSummary acrossTheSeries = composed.representation();
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
@Value.Builder
public record SeriesReport(
    String language,
    String community,
    String place,
    String series,
    String title,
    String topic,
    Optional<String> introduction,
    boolean concluded,
    RepresentationSummary representation,
    int attendances,
    List<SessionReport> sessions,
    List<ScalingTrend> scalingTrends,
    List<ActionProgressSummary> progress,
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
    ReportHeader header =
        new ReportHeader(
            language, community, place, introduction, representation, resources, principles);
    resources = header.resources();
    principles = header.principles();
    Findings findings = new Findings(topic, conclusions, recommendations, questions, nextSession);
    conclusions = findings.conclusions();
    recommendations = findings.recommendations();
    questions = findings.questions();
    Require.text(series, "series");
    Require.text(title, "title");
    Require.notNegative(attendances, "attendances");
    sessions = Require.list(sessions, "sessions");
    scalingTrends = Require.list(scalingTrends, "scalingTrends");
    progress = Require.list(progress, "progress");
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

  /**
   * Builds a {@link SeriesReport}: the language starts as {@link SessionReport#DEFAULT_LANGUAGE},
   * the series as not concluded with no attendances, lists empty and optional parts absent. {@code
   * build()} hands every part to the record's constructor, which checks them; it throws {@link
   * IllegalStateException} naming each required part not set.
   */
  public static final class Builder extends SeriesReportBuilder {
    Builder() {
      language(SessionReport.DEFAULT_LANGUAGE);
      concluded(false);
      attendances(0);
    }
  }
}
