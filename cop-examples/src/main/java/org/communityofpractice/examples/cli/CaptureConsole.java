package org.communityofpractice.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.CaptureWarning;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * One line typed during {@code cop capture}, turned into one recorder entry. An entry the recorder
 * refuses (someone not in the room, a rating off the scale) is reported and nothing changes.
 */
final class CaptureConsole {
  /** "p-sam: words" attributes the words to p-sam. */
  private static final Pattern BY = Pattern.compile("([A-Za-z0-9._-]{1,64}):\\s+(\\S.*)");
  private static final Pattern AFTER = Pattern.compile("after=([A-Za-z0-9._-]{1,64})\\s+(\\S.*)");
  private static final Pattern ATTRIBUTED_RATING = Pattern.compile("([A-Za-z0-9._-]{1,64})=(\\d{1,3})");

  static final String HELP = String.join("\n",
      "  next | skip | back STAGE | stages      move through the running order",
      "  arrived ID [ID...]                      someone came in (there is no such thing as late)",
      "  hope [ID:] TEXT                         a best hope",
      "  say KIND [ID:] TEXT                     KIND: comment statement question data good-practice",
      "                                          preferred-future working-well gone-well update usefulness",
      "  present KIND [ID:] TITLE | stop         the presentation starts (case-study, good-practice,",
      "                                          new-topic, materials) and stops: five minutes at most",
      "  scale [GOOD-ENOUGH]                     put the guide's scaling question (good enough: cop's default 7)",
      "  rate N [N...] | rate ID=N               ratings: anonymous, or given by someone",
      "  up TEXT                                 what would get us one point up",
      "  action [ID:] TEXT                       a next step, taken on by ID",
      "  step [after=ACTION] [ID:] TEXT          a small step noticed since last time",
      "  conclude TEXT | recommend TEXT | ask TEXT",
      "  nextdate YYYY-MM-DDTHH:MM [VENUE]       the next session",
      "  status | help | pause | finish");

  private final SessionRecorder recorder;
  private final Community community;
  private final PrintWriter out;

  CaptureConsole(SessionRecorder recorder, Community community, PrintWriter out) {
    this.recorder = recorder;
    this.community = community;
    this.out = out;
  }

  /** The stage header: where we are, and the guide's prompts for it. */
  void showStage() {
    Optional<Stage> stage = recorder.currentStage();
    if (stage.isEmpty()) {
      out.println("That was the last stage. Type 'finish' to save the session, or 'back STAGE' to add to one.");
      return;
    }
    int at = recorder.runningOrder().indexOf(stage.get().key()).orElse(0) + 1;
    out.printf("%nStage %d of %d: %s%s%n", at, recorder.runningOrder().stages().size(), stage.get().title(),
        stage.get().core() ? " (core)" : "");
    stage.get().prompts().forEach(p -> out.println("  ? " + p));
  }

  /** Prints the warnings an entry gave rise to: the session is recorded as it happened. */
  private void warn(List<CaptureWarning> warnings) {
    for (CaptureWarning w : warnings) {
      if (w instanceof CaptureWarning.CoreStageSkipped s) {
        out.println("  note: '" + s.stage() + "' is core to every session in the guide; skipped.");
      } else if (w instanceof CaptureWarning.PresentationOverran o) {
        out.println("  note: the presentation ran " + o.ran().toMinutes() + " minutes; the guide suggests five at most.");
      }
    }
  }

  /** Handles one line; never throws for what was typed. */
  void handle(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    int space = trimmed.indexOf(' ');
    String command = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? "" : trimmed.substring(space + 1).strip();
    try {
      List<CaptureWarning> warnings = dispatch(command, rest);
      warn(warnings);
    } catch (InvalidValueException e) {
      // the field and what it must be, never the value: what was typed may be a name
      out.println("  not recorded: " + e.field() + " " + e.expectation());
    } catch (Refused e) {
      out.println("  not recorded: " + e.getMessage());
    }
  }

  private List<CaptureWarning> dispatch(String command, String rest) {
    switch (command) {
      case "help", "?" -> {
        out.println(HELP);
        return List.of();
      }
      case "next" -> {
        List<CaptureWarning> w = recorder.advance();
        showStage();
        return w;
      }
      case "skip" -> {
        List<CaptureWarning> w = recorder.skip();
        showStage();
        return w;
      }
      case "back" -> {
        List<CaptureWarning> w = recorder.returnTo(StageKey.of(required(rest, "back STAGE")));
        showStage();
        return w;
      }
      case "stages" -> {
        for (Stage s : recorder.runningOrder().stages()) {
          out.println("  " + s.key() + (s.core() ? " (core)" : "") + ": " + s.title());
        }
        return List.of();
      }
      case "status" -> {
        long arrived = recorder.events().stream().filter(e -> e instanceof CaptureEvent.Arrived).count();
        out.println("  " + (recorder.plan().hosts().size() + arrived) + " in the room, "
            + recorder.events().size() + " entries; core stages not run yet: " + recorder.coreStagesNotRun());
        return List.of();
      }
      case "arrived" -> {
        List<CaptureWarning> all = new java.util.ArrayList<>();
        for (String id : required(rest, "arrived ID").split("\\s+")) {
          all.addAll(recorder.arrived(PersonId.of(id)));
        }
        return all;
      }
      case "hope" -> {
        Said said = said(required(rest, "hope TEXT"));
        return recorder.bestHope(new BestHope(said.text, said.by));
      }
      case "say" -> {
        String[] kindAndText = required(rest, "say KIND TEXT").split("\\s+", 2);
        Said said = said(kindAndText.length < 2 ? "" : kindAndText[1]);
        return recorder.contribution(kind(kindAndText[0]), required(said.text, "say KIND TEXT"), said.by);
      }
      case "present" -> {
        String[] kindAndTitle = required(rest, "present KIND TITLE").split("\\s+", 2);
        Said title = said(kindAndTitle.length < 2 ? "" : kindAndTitle[1]);
        return recorder.startPresentation(presentationKind(kindAndTitle[0]), required(title.text, "present KIND TITLE"),
            title.by, Optional.empty());
      }
      case "stop" -> {
        return recorder.stopPresentation();
      }
      case "scale" -> {
        // cop's default, not the guide's (it asks "what would be a 'good enough'?" and lets the room
        // decide): 7 of 10 is where solution-focused practice often starts the conversation
        int goodEnough = rest.isEmpty() ? 7 : number(rest);
        return recorder.askScaling(ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, goodEnough));
      }
      case "rate" -> {
        List<CaptureWarning> all = new java.util.ArrayList<>();
        for (String r : required(rest, "rate N").split("\\s+")) {
          Matcher m = ATTRIBUTED_RATING.matcher(r);
          all.addAll(recorder.rating(m.matches() ? Rating.by(PersonId.of(m.group(1)), number(m.group(2)))
              : Rating.anonymous(number(r))));
        }
        return all;
      }
      case "up" -> {
        Said idea = said(required(rest, "up TEXT"));
        return recorder.onePointUp(new OnePointUpIdea(idea.text, idea.by));
      }
      case "action" -> {
        Said said = said(required(rest, "action TEXT"));
        Action.Builder a = Action.builder().id(nextActionId()).text(said.text);
        said.by.ifPresent(a::addOwner);
        return recorder.action(a.build());
      }
      case "step" -> {
        Matcher after = AFTER.matcher(required(rest, "step TEXT"));
        Optional<ActionId> follows = after.matches() ? Optional.of(ActionId.of(after.group(1))) : Optional.empty();
        Said said = said(after.matches() ? after.group(2) : rest);
        SmallStep.Builder s = SmallStep.builder().text(said.text);
        said.by.ifPresent(s::noticedBy);
        follows.ifPresent(s::followsAction);
        return recorder.smallStep(s.build());
      }
      case "conclude" -> {
        return recorder.conclusion(required(rest, "conclude TEXT"));
      }
      case "recommend" -> {
        return recorder.recommendation(required(rest, "recommend TEXT"));
      }
      case "ask" -> {
        return recorder.question(required(rest, "ask TEXT"));
      }
      case "nextdate" -> {
        String[] whenAndVenue = required(rest, "nextdate WHEN").split("\\s+", 2);
        LocalDateTime when;
        try {
          when = LocalDateTime.parse(whenAndVenue[0]);
        } catch (DateTimeParseException e) {
          throw new Refused("the date must look like 2016-06-02T10:00");
        }
        Venue venue = whenAndVenue.length > 1 ? Venue.of(whenAndVenue[1]) : recorder.plan().venue();
        return recorder.nextSession(NextSession.of(when.atZone(recorder.plan().startsAt().getZone()), venue));
      }
      default -> throw new Refused("that is not something to record; type 'help' to see what is.");
    }
  }

  /** An id for the next action: the session's id and a number, unused in the community. */
  private ActionId nextActionId() {
    long n = recorder.events().stream().filter(e -> e instanceof CaptureEvent.ActionAgreed).count() + 1;
    ActionId id;
    do {
      id = ActionId.of(recorder.plan().id().value() + "-a" + n++);
    } while (community.actions().containsKey(id));
    return id;
  }

  private record Said(String text, Optional<PersonId> by) {}

  private static Said said(String text) {
    Matcher m = BY.matcher(text);
    return m.matches() ? new Said(m.group(2), Optional.of(PersonId.of(m.group(1)))) : new Said(text, Optional.empty());
  }

  private static ContributionKind kind(String word) {
    try {
      return ContributionKind.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new Refused("that is not a kind of contribution; type 'help' to see the kinds.");
    }
  }

  private static PresentationKind presentationKind(String word) {
    try {
      return PresentationKind.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new Refused("that is not a kind of presentation: case-study, good-practice, new-topic or materials.");
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new Refused("a rating must be a whole number");
    }
  }

  private static String required(String text, String usage) {
    if (text.isBlank()) {
      throw new Refused("say what: " + usage);
    }
    return text;
  }

  /** Something typed that cannot be recorded as it stands; the message never repeats what was typed. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
