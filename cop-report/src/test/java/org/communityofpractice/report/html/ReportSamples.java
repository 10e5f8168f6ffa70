package org.communityofpractice.report.html;

import static org.communityofpractice.report.model.ReportSamples.domainText;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.report.model.ActionProgressSummary;
import org.communityofpractice.report.model.AgreedAction;
import org.communityofpractice.report.model.CaptionedArtefact;
import org.communityofpractice.report.model.GroupCount;
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
 * Hand-built reports with every section filled. Every free text passes through {@code say}, so a
 * test can put hostile text in all of them at once.
 */
final class ReportSamples {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZonedDateTime FIRST = ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, LONDON);

  private ReportSamples() {}

  static SessionReport session() {
    return session(UnaryOperator.identity());
  }

  static SeriesReport series() {
    return series(UnaryOperator.identity());
  }

  static SessionReport session(UnaryOperator<String> say) {
    return session(say, FIRST, List.of(3, 4, 5, 5, 6, 6, 6, 7, 7, 8), List.of(6, 7, 7, 8, 9));
  }

  static SessionReport session(
      UnaryOperator<String> say,
      ZonedDateTime startsAt,
      List<Integer> nearness,
      List<Integer> confidence) {
    return SessionReport.builder()
        .community(say.apply("@SoTCoP"))
        .place(say.apply("Stoke-on-Trent"))
        .session("s-" + startsAt.toLocalDate())
        .title(Optional.of(say.apply("Leaving prison on a Friday")))
        .topic(say.apply("Prison release"))
        .series(Optional.of(say.apply("Prison release 2016")))
        .startsAt(startsAt)
        .venue(say.apply("VOICES, Federation House"))
        .introduction(
            Optional.of(say.apply("Welcome to our first conversation about prison release.")))
        .representation(
            new RepresentationSummary(
                Count.shown(14, 3),
                List.of(
                    GroupCount.of("EXPERT_BY_EXPERIENCE", Count.shown(5, 3)),
                    GroupCount.of("FRONTLINE_PRACTITIONER", Count.shown(6, 3)),
                    GroupCount.of("COMMISSIONER", Count.fewerThan(3))),
                List.of(
                    GroupCount.of("STATUTORY", Count.shown(6, 3)),
                    GroupCount.of("VOLUNTARY", Count.shown(8, 3))),
                Count.shown(9, 3),
                true))
        .addBestHope(Remark.of(say.apply("Leave with one thing I can change on Monday")))
        .addBestHope(
            Remark.by(
                say.apply("Housing Manager, Stoke-on-Trent"), say.apply("Meet the probation team")))
        .presentation(
            Optional.of(
                new PresentationSummary(
                    "CASE_STUDY",
                    say.apply("Released on a Friday"),
                    Optional.of(say.apply("an Expert Citizen")),
                    Optional.of(say.apply("Nowhere to stay until Monday.")),
                    Optional.of("EXPERT_BY_EXPERIENCE"),
                    5)))
        .addGoodPractice(Remark.of(say.apply("A named housing contact in every prison")))
        .addPreferredFuture(Remark.of(say.apply("Nobody leaves prison without somewhere to sleep")))
        .addWorkingWell(
            Remark.by(say.apply("Frontline practitioner"), say.apply("The Thursday drop-in")))
        .addScaling(
            ScalingResult.of(
                ScalingQuestion.of(domainText(say.apply(ScalingQuestion.GUIDE_WORDING)), 7),
                nearness,
                List.of(
                    Remark.by(
                        say.apply("Housing Manager, Stoke-on-Trent"),
                        say.apply("A housing officer at the gate")))))
        .addScaling(
            ScalingResult.of(
                ScalingQuestion.of(
                    domainText(say.apply("How confident are you that we can act?")), 7),
                confidence,
                List.of()))
        .addScaling(
            ScalingResult.of(
                ScalingQuestion.of(domainText(say.apply("Nobody answered this one")), 5),
                List.of(),
                List.of()))
        .addAction(
            new AgreedAction(
                "a-1",
                say.apply("Ask the prison for release dates a week ahead"),
                Optional.of(say.apply("the probation team")),
                Optional.of(startsAt.toLocalDate().plusWeeks(4)),
                Optional.empty()))
        .addAction(
            new AgreedAction(
                "a-2",
                say.apply("Share the drop-in timetable"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(startsAt.toLocalDate().plusDays(3))))
        .addSmallStep(
            new SmallStepNoticed(
                say.apply("The prison now phones the night shelter"),
                Optional.of(say.apply("Night shelter manager")),
                Optional.of("a-0")))
        .addConclusion(say.apply("Release on a Friday leaves people without support until Monday"))
        .addRecommendation(say.apply("Commissioners ask for no releases on Fridays"))
        .addQuestion(say.apply("Who holds the release date, and who can share it?"))
        .addResource(
            new ResourceLink(
                say.apply("Stoke-on-Trent housing advice"),
                Optional.of(URI.create("https://www.stoke.gov.uk/housing?q=%22%3E%3Cscript%3E")),
                Optional.of(say.apply("Opening hours and phone numbers"))))
        .addResource(
            new ResourceLink(say.apply("The guide on paper"), Optional.empty(), Optional.empty()))
        .addArtefact(
            new CaptionedArtefact(
                say.apply("photos/flip-chart-1.jpg"),
                say.apply("Our map of the first 72 hours after release"),
                say.apply("A flip chart with a timeline")))
        .addArtefact(
            new CaptionedArtefact(
                PIXEL,
                say.apply("Post-its from the good-practice round"),
                say.apply("Twelve yellow post-it notes")))
        .nextSession(
            Optional.of(
                new Invitation(
                    startsAt.plusWeeks(5),
                    say.apply("Stoke Library"),
                    Optional.of(say.apply("Bethesda Street, Hanley, ST1 3RS")),
                    Optional.of(say.apply("Housing on release")))))
        .addPrinciple(say.apply("No Name, No Blame, No Shame"))
        .addPrinciple(say.apply("Topic does not mean Agenda"))
        .build();
  }

  static SeriesReport series(UnaryOperator<String> say) {
    SessionReport first =
        session(say, FIRST, List.of(3, 4, 5, 5, 6, 6, 6, 7, 7, 8), List.of(6, 7, 7, 8, 9));
    SessionReport second =
        session(say, FIRST.plusWeeks(5), List.of(5, 6, 6, 7, 7, 7, 8, 8), List.of(7, 8, 8, 9));
    SessionReport third =
        session(say, FIRST.plusWeeks(10), List.of(6, 7, 7, 8, 8, 9, 9), List.of(8, 8, 9));
    List<SessionReport> sessions = List.of(first, second, third);
    return SeriesReport.builder()
        .community(say.apply("@SoTCoP"))
        .place(say.apply("Stoke-on-Trent"))
        .series("prison-release-2016")
        .title(say.apply("Prison release 2016"))
        .topic(say.apply("Prison release"))
        .introduction(
            Optional.of(say.apply("Three conversations, one change: no more Friday releases.")))
        .concluded(true)
        .representation(first.representation())
        .addAllSessions(sessions)
        .addScalingTrend(trend(sessions, 0))
        .addScalingTrend(trend(sessions, 1))
        .attendances(
            sessions.stream().mapToInt(s -> s.representation().attendees().value().orElse(0)).sum())
        .addProgress(
            new ActionProgressSummary(first.actions().get(0), first.session(), second.smallSteps()))
        .addProgress(new ActionProgressSummary(first.actions().get(1), first.session(), List.of()))
        .addAllConclusions(first.conclusions())
        .addAllRecommendations(first.recommendations())
        .addAllQuestions(first.questions())
        .addAllResources(first.resources())
        .nextSession(third.nextSession())
        .addAllPrinciples(first.principles())
        .build();
  }

  /**
   * A series whose charts crowd their labels: everyone rated the good-enough point and then the top
   * of the scale, so the tallest bar stands beside the good-enough label, the share chart starts at
   * 100% under the axis title, and the median reaches the top of its chart.
   */
  static SeriesReport crowdedCharts() {
    List<Integer> tens = List.of(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
    SessionReport first =
        session(UnaryOperator.identity(), FIRST, List.of(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7), tens);
    SessionReport second = session(UnaryOperator.identity(), FIRST.plusWeeks(5), tens, tens);
    List<SessionReport> sessions = List.of(first, second);
    return SeriesReport.builder()
        .community("@SoTCoP")
        .place("Stoke-on-Trent")
        .series("crowded-charts")
        .title("Crowded charts")
        .topic("Prison release")
        .concluded(false)
        .representation(first.representation())
        .addAllSessions(sessions)
        .addScalingTrend(trend(sessions, 0))
        .addScalingTrend(trend(sessions, 1))
        .attendances(24)
        .addAllPrinciples(first.principles())
        .build();
  }

  private static ScalingTrend trend(List<SessionReport> sessions, int question) {
    return ScalingTrend.of(
        sessions.get(0).scaling().get(question).question().text(),
        sessions.stream()
            .map(
                s ->
                    new ScalingTrend.Point(
                        s.session(),
                        s.startsAt().toLocalDate(),
                        s.scaling().get(question).statistics().orElseThrow()))
            .toList());
  }

  /** A one-pixel PNG carried in the page. */
  static final String PIXEL =
      "data:image/png;base64,"
          + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
}
