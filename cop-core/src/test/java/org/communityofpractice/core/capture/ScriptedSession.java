package org.communityofpractice.core.capture;

import static org.communityofpractice.core.fixtures.CommunityFixtures.BUDDY_PROCEDURE;
import static org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.EXPERT_CITIZEN;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOW_NEAR;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONDON;
import static org.communityofpractice.core.fixtures.CommunityFixtures.LONE_WORKING;
import static org.communityofpractice.core.fixtures.CommunityFixtures.NEUTRAL_EXPERT;
import static org.communityofpractice.core.fixtures.CommunityFixtures.RECORDER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.SOCIAL_WORKER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.VOICES;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.capture.CaptureEvent.ActionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.Advanced;
import org.communityofpractice.core.capture.CaptureEvent.Arrived;
import org.communityofpractice.core.capture.CaptureEvent.ArtefactAdded;
import org.communityofpractice.core.capture.CaptureEvent.BestHopeGiven;
import org.communityofpractice.core.capture.CaptureEvent.Concluded;
import org.communityofpractice.core.capture.CaptureEvent.Contributed;
import org.communityofpractice.core.capture.CaptureEvent.NextSessionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.OnePointUpOffered;
import org.communityofpractice.core.capture.CaptureEvent.PresentationGiven;
import org.communityofpractice.core.capture.CaptureEvent.QuestionRaised;
import org.communityofpractice.core.capture.CaptureEvent.Rated;
import org.communityofpractice.core.capture.CaptureEvent.Recommended;
import org.communityofpractice.core.capture.CaptureEvent.ScalingQuestionAsked;
import org.communityofpractice.core.capture.CaptureEvent.Skipped;
import org.communityofpractice.core.capture.CaptureEvent.SmallStepNoticed;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;

/**
 * A scripted lone-working session of the fixture community, walking the guide's subsequent-session
 * running order: the same script drives the recorder tests, the journal tests and the crash test.
 * Session {@code n} (from 1) happens {@code n} weeks after the fixture's last session and may be
 * recorded once sessions {@code 1..n-1} are in the community.
 */
public final class ScriptedSession {
  private ScriptedSession() {}

  public static SessionId id(int n) {
    return SessionId.of("s-scripted-" + n);
  }

  public static ActionId actionId(int n) {
    return ActionId.of("a-scripted-" + n);
  }

  public static ZonedDateTime startsAt(int n) {
    return ZonedDateTime.of(2016, 7, 7, 10, 0, 0, 0, LONDON).plusWeeks(n - 1);
  }

  public static SessionPlan plan(int n) {
    return SessionPlan.builder()
        .id(id(n))
        .topic(LONE_WORKING)
        .title("Lone working, " + n)
        .startsAt(startsAt(n))
        .venue(VOICES)
        .facilitator(CHAIR)
        .addRecorder(RECORDER)
        .build();
  }

  /** The events after the opening, in the order they happen. */
  public static List<CaptureEvent> events(int n) {
    List<CaptureEvent> e = new ArrayList<>();
    // meet and greet
    e.add(new Arrived(EXPERT_CITIZEN));
    e.add(new Arrived(SOCIAL_WORKER));
    e.add(new Arrived(HOUSING_MANAGER));
    e.add(new Advanced()); // -> welcome new
    e.add(new Skipped()); // -> welcome returning, welcome new left out
    e.add(new Advanced()); // -> best hopes
    e.add(new Arrived(NEUTRAL_EXPERT)); // there is no such thing as late
    e.add(
        new BestHopeGiven(BestHope.by(EXPERT_CITIZEN, "Hear whether the buddy calls help, " + n)));
    e.add(new BestHopeGiven(BestHope.of("One thing to try on Monday \"at 9\"\nand after")));
    e.add(new Advanced()); // -> gone well
    e.add(
        contribution(
            ContributionKind.GONE_WELL,
            "Buddy calls started in two teams",
            SOCIAL_WORKER,
            StageKey.GONE_WELL));
    e.add(new Advanced()); // -> small steps
    e.add(
        new SmallStepNoticed(
            SmallStep.builder()
                .text("A manager rang back within the hour")
                .noticedBy(SOCIAL_WORKER)
                .followsAction(n == 1 ? BUDDY_PROCEDURE : actionId(n - 1))
                .build()));
    e.add(new Advanced()); // -> chair's summary
    e.add(new Skipped()); // -> updates, the chair's summary left out
    e.add(new Skipped()); // -> presentation, the updates left out
    e.add(
        new PresentationGiven(
            Presentation.builder()
                .kind(PresentationKind.CASE_STUDY)
                .title("A home visit that went wrong, and what changed")
                .presenter(SOCIAL_WORKER)
                .perspective(Perspective.FRONTLINE_PRACTITIONER)
                .duration(Duration.ofMinutes(4).plusSeconds(n % 50))
                .build()));
    e.add(new Advanced()); // -> good practice
    e.add(
        contribution(
            ContributionKind.GOOD_PRACTICE,
            "Text the buddy a code word — ✓",
            HOUSING_MANAGER,
            StageKey.GOOD_PRACTICE));
    e.add(new Advanced()); // -> clarification
    e.add(
        contribution(
            ContributionKind.QUESTION,
            "Who holds the rota at weekends?",
            NEUTRAL_EXPERT,
            StageKey.CLARIFICATION));
    e.add(new Advanced()); // -> discussion
    e.add(new ScalingQuestionAsked(HOW_NEAR));
    e.add(new Rated(0, Rating.by(EXPERT_CITIZEN, 4 + n % 6)));
    e.add(new Rated(0, Rating.by(SOCIAL_WORKER, 6)));
    e.add(new Rated(0, Rating.anonymous(7)));
    e.add(
        new OnePointUpOffered(
            0, OnePointUpIdea.by(HOUSING_MANAGER, "A shared rota everyone can see")));
    e.add(new Advanced()); // -> conclusions
    e.add(
        new ActionAgreed(
            Action.builder()
                .id(actionId(n))
                .text("Publish the weekend rota")
                .addOwner(HOUSING_MANAGER)
                .build()));
    e.add(new Concluded("Buddy calls work when someone answers"));
    e.add(new Recommended("Every team names a weekend buddy"));
    e.add(new QuestionRaised("Could the out-of-hours service hold the rota?"));
    e.add(
        new ArtefactAdded(
            Artefact.of(
                "photos/flipchart-" + n + ".jpg",
                "What a good visit looks like",
                "A flip chart with three columns")));
    e.add(new Advanced()); // -> usefulness
    e.add(
        contribution(
            ContributionKind.USEFULNESS,
            "Hearing the Expert Citizen's view",
            SOCIAL_WORKER,
            StageKey.USEFULNESS));
    e.add(new Advanced()); // -> thanks and next date
    e.add(new NextSessionAgreed(NextSession.of(startsAt(n + 1), VOICES)));
    e.add(new Advanced()); // -> networking
    return e;
  }

  private static Contributed contribution(
      ContributionKind kind, String text, PersonId by, StageKey stage) {
    return new Contributed(new Contribution(kind, text, Optional.of(by), Optional.of(stage)));
  }
}
