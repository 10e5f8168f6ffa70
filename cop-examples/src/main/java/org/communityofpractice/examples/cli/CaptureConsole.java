package org.communityofpractice.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.CaptureWarning;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
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
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * One line typed during {@code cop capture}, turned into one recorder entry. An entry the recorder
 * refuses (someone not in the room, a rating off the scale) is reported and nothing changes.
 */
final class CaptureConsole {
  /** "p-7kx2qd9m4tbz: words" attributes the words to p-7kx2qd9m4tbz. */
  private static final Pattern BY = Pattern.compile("([A-Za-z0-9._-]{1,64}):\\s+(\\S.*)");

  private static final Pattern AFTER = Pattern.compile("after=([A-Za-z0-9._-]{1,64})\\s+(\\S.*)");
  private static final Pattern ATTRIBUTED_RATING =
      Pattern.compile("([A-Za-z0-9._-]{1,64})=(\\d{1,3})");
  private static final Pattern AS = Pattern.compile("as=([A-Za-z-]{1,40})\\s+(.+)");

  /** The fields whose value is a person's id: a refusal names the id, which is not personal. */
  private static final Set<String> PERSON_FIELDS =
      Set.of("person", "presenter", "by", "ratedBy", "offeredBy", "noticedBy", "owners");

  private final SessionRecorder recorder;
  private final Community community;
  private final PrintWriter out;
  private final Clock clock;
  private final Language language;
  private final ToolText words;

  /**
   * A console writing to {@code out} in {@code language}: its own words from the tool's bundle, the
   * running order's titles and prompts from the guide's.
   */
  CaptureConsole(
      SessionRecorder recorder,
      Community community,
      PrintWriter out,
      Clock clock,
      Language language) {
    this.recorder = recorder;
    this.community = community;
    this.out = out;
    this.clock = clock;
    this.language = language;
    this.words = ToolText.in(language);
  }

  /** What can be typed, one command a line. */
  String help() {
    return words.get("capture.help");
  }

  /** The stage in the console's language: the recorder keeps the running order as planned. */
  private Stage shown(Stage stage) {
    return recorder.runningOrder().inLanguage(language.tag()).stage(stage.key()).orElse(stage);
  }

  /** The stage header: where we are, and the guide's prompts for it. */
  void showStage() {
    Optional<Stage> stage = recorder.currentStage();
    if (stage.isEmpty()) {
      out.println(words.get("capture.lastStage"));
      return;
    }
    int at = recorder.runningOrder().indexOf(stage.get().key()).orElse(0) + 1;
    Stage shown = shown(stage.get());
    out.println();
    out.println(
        words.format(
            shown.core() ? "capture.stage.core" : "capture.stage",
            String.valueOf(at),
            String.valueOf(recorder.runningOrder().stages().size()),
            shown.title()));
    shown.prompts().forEach(p -> out.println("  ? " + p));
    if (stage.get().key().equals(StageKey.WELCOME_NEW)
        || stage.get().key().equals(StageKey.MEET_AND_GREET)) {
      List<PersonId> fresh = recorder.attendees().stream().filter(this::isNew).toList();
      if (!fresh.isEmpty()) {
        out.println("  " + words.format("capture.toWelcome", ids(fresh)));
      }
    }
    if (stage.get().key().equals(StageKey.SMALL_STEPS)) {
      List<Action> open =
          community.actions().values().stream().filter(a -> a.completedOn().isEmpty()).toList();
      out.println(
          "  " + words.get(open.isEmpty() ? "capture.noOpenActions" : "capture.openActions"));
      for (Action a : open) {
        out.println(
            "    "
                + a.id()
                + (a.owners().isEmpty() ? "" : " (" + ids(a.owners()) + ")")
                + ": "
                + a.text());
      }
    }
  }

  /** Whether the person came to none of the community's sessions before this one. */
  private boolean isNew(PersonId person) {
    return community.sessions().stream().noneMatch(s -> s.attendees().contains(person));
  }

  private static String ids(List<PersonId> people) {
    return people.stream().map(PersonId::value).collect(Collectors.joining(", "));
  }

  /**
   * While the presentation runs: the time left of the guide's five minutes, or how far past them it
   * has run; empty otherwise.
   */
  Optional<String> countdown() {
    Optional<CaptureEvent.PresentationStarted> running = Optional.empty();
    for (CaptureEvent e : recorder.events()) {
      if (e instanceof CaptureEvent.PresentationStarted p) {
        running = Optional.of(p);
      } else if (e instanceof CaptureEvent.PresentationStopped) {
        running = Optional.empty();
      }
    }
    return running.map(
        p -> {
          Duration left =
              Presentation.RECOMMENDED_MAXIMUM.minus(Duration.between(p.at(), clock.instant()));
          return left.isNegative()
              ? words.format("capture.countdown.over", minutes(left.negated()))
              : words.format("capture.countdown.left", minutes(left));
        });
  }

  private static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
  }

  /** Prints the warnings an entry gave rise to: the session is recorded as it happened. */
  private void warn(List<CaptureWarning> warnings) {
    for (CaptureWarning w : warnings) {
      if (w instanceof CaptureWarning.CoreStageSkipped s) {
        out.println("  " + words.format("capture.note.coreSkipped", String.valueOf(s.stage())));
      } else if (w instanceof CaptureWarning.PresentationOverran o) {
        out.println(
            "  " + words.format("capture.note.overran", String.valueOf(o.ran().toMinutes())));
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
      refused(e);
    } catch (Refused e) {
      out.println("  " + words.format("capture.notRecorded", words.say(e.says)));
    }
  }

  /**
   * Says why an entry was not recorded: the field and what it must be, and the person's id when the
   * field holds one. Never any other value: what was typed may be a name.
   */
  private void refused(InvalidValueException e) {
    String field = e.field().substring(e.field().lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    Optional<PersonId> who =
        (PERSON_FIELDS.contains(field) && !e.isPersonal()
                ? personId(e.value())
                : Optional.<PersonId>empty())
            .filter(p -> !p.looksPersonal()); // an id such as "dee.turner" says who someone is
    // the field's name and what it must be are cop-core's, in the console's language
    String why =
        who.map(p -> p.value() + ": ").orElse("") + words.say(ToolText.fieldAndExpectation(e));
    out.println(
        "  "
            + (e.expectation().equals("must have arrived")
                ? words.format(
                    "capture.notRecorded.notArrived", why, who.map(PersonId::value).orElse("ID"))
                : words.format("capture.notRecorded", why)));
  }

  private static Optional<PersonId> personId(String text) {
    try {
      return Optional.of(PersonId.of(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * Someone the register holds who says something is evidently in the room: they are marked as
   * arrived first, so what they say is kept. Someone it does not hold is refused by the recorder.
   */
  private void arriveIfHeld(Optional<PersonId> person) {
    if (person.isPresent()
        && community.register().holds(person.get())
        && !recorder.attendees().contains(person.get())) {
      recorder.arrived(person.get());
      out.println(
          "  "
              + words.format(
                  isNew(person.get()) ? "capture.markedArrived.new" : "capture.markedArrived",
                  person.get().value()));
    }
  }

  /**
   * Marks each id as arrived on its own: one already in the room or unknown does not drop the
   * others.
   */
  private List<CaptureWarning> arrived(String ids) {
    List<CaptureWarning> all = new ArrayList<>();
    for (String id : ids.split("\\s+")) {
      Optional<PersonId> person = personId(id);
      if (person.isEmpty()) {
        out.println("  " + words.get("capture.notAnId"));
      } else if (recorder.attendees().contains(person.get())) {
        out.println("  " + words.format("capture.alreadyArrived", person.get().value()));
      } else {
        try {
          all.addAll(recorder.arrived(person.get()));
          if (isNew(person.get())) {
            out.println("  " + words.format("capture.newToWelcome", person.get().value()));
          }
        } catch (InvalidValueException e) {
          refused(e);
        }
      }
    }
    return all;
  }

  private List<CaptureWarning> dispatch(String command, String rest) {
    switch (command) {
      case "help", "?" -> {
        out.println(help());
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
        for (Stage s : recorder.runningOrder().inLanguage(language.tag()).stages()) {
          out.println(
              "  "
                  + words.format(
                      s.core() ? "capture.stages.core" : "capture.stages",
                      s.key().toString(),
                      s.title()));
        }
        return List.of();
      }
      case "status" -> {
        out.println(
            "  "
                + words.format(
                    "capture.status",
                    String.valueOf(recorder.attendees().size()),
                    String.valueOf(recorder.events().size()),
                    String.valueOf(recorder.coreStagesNotRun())));
        return List.of();
      }
      case "arrived" -> {
        return arrived(required(rest, "arrived ID"));
      }
      case "hope" -> {
        Said said = said(required(rest, "hope TEXT"));
        arriveIfHeld(said.by);
        return recorder.giveBestHope(new BestHope(said.text, said.by));
      }
      case "say" -> {
        String[] kindAndText = required(rest, "say KIND TEXT").split("\\s+", 2);
        ContributionKind kind = kind(kindAndText[0]);
        Said said = said(kindAndText.length < 2 ? "" : kindAndText[1]);
        String text = required(said.text, "say KIND TEXT");
        arriveIfHeld(said.by);
        return recorder.contribute(kind, text, said.by);
      }
      case "present" -> {
        String[] kindAndTitle = required(rest, "present KIND TITLE").split("\\s+", 2);
        PresentationKind kind = presentationKind(kindAndTitle[0]);
        String titled = kindAndTitle.length < 2 ? "" : kindAndTitle[1];
        Matcher as = AS.matcher(titled);
        Optional<Perspective> perspective =
            as.matches() ? Optional.of(perspective(as.group(1))) : Optional.empty();
        Said title = said(as.matches() ? as.group(2) : titled);
        String text = required(title.text, "present KIND TITLE");
        if (perspective.isEmpty()) {
          perspective =
              title
                  .by
                  .flatMap(community.register()::find)
                  .filter(p -> p.perspectives().size() == 1)
                  .map(p -> p.perspectives().iterator().next())
                  // lived experience is special-category data: the register's is copied into the
                  // session only for a presenter who agreed to its being recorded
                  .filter(
                      p ->
                          p != Perspective.EXPERT_BY_EXPERIENCE || livedExperienceAgreed(title.by));
        }
        arriveIfHeld(title.by);
        List<CaptureWarning> w = recorder.startPresentation(kind, text, title.by, perspective);
        String until =
            LocalTime.ofInstant(
                    clock.instant().plus(Presentation.RECOMMENDED_MAXIMUM),
                    recorder.plan().startsAt().getZone())
                .withNano(0)
                .toString();
        out.println(
            "  "
                + (perspective.isPresent()
                    ? words.format(
                        "capture.presentationStarted.from",
                        until,
                        Words.of(perspective.get()).replace('-', ' '))
                    : words.format("capture.presentationStarted", until)));
        return w;
      }
      case "stop" -> {
        return recorder.stopPresentation();
      }
      case "scale" -> {
        // cop's default, not the guide's (it asks "what would be a 'good enough'?" and lets the
        // room
        // decide): 7 of 10 is where solution-focused practice often starts the conversation
        int goodEnough = rest.isEmpty() ? 7 : number(rest);
        return recorder.askScalingQuestion(
            ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, goodEnough));
      }
      case "rate" -> {
        List<CaptureWarning> all = new java.util.ArrayList<>();
        for (String r : required(rest, "rate N").split("\\s+")) {
          Matcher m = ATTRIBUTED_RATING.matcher(r);
          if (m.matches()) {
            Rating rating = Rating.by(PersonId.of(m.group(1)), number(m.group(2)));
            arriveIfHeld(rating.ratedBy());
            all.addAll(recorder.rate(rating));
          } else {
            all.addAll(recorder.rate(Rating.anonymous(number(r))));
          }
        }
        return all;
      }
      case "up" -> {
        Said idea = said(required(rest, "up TEXT"));
        arriveIfHeld(idea.by);
        return recorder.offerOnePointUp(new OnePointUpIdea(idea.text, idea.by));
      }
      case "action" -> {
        Said said = said(required(rest, "action TEXT"));
        Action.Builder a = Action.builder().id(nextActionId()).text(said.text);
        said.by.ifPresent(a::addOwner);
        return recorder.agreeAction(a.build());
      }
      case "step" -> {
        Matcher after = AFTER.matcher(required(rest, "step TEXT"));
        Optional<ActionId> follows =
            after.matches() ? Optional.of(ActionId.of(after.group(1))) : Optional.empty();
        Said said = said(after.matches() ? after.group(2) : rest);
        SmallStep.Builder s = SmallStep.builder().text(said.text);
        said.by.ifPresent(s::noticedBy);
        follows.ifPresent(s::followsAction);
        arriveIfHeld(said.by);
        return recorder.noticeSmallStep(s.build());
      }
      case "conclude" -> {
        return recorder.conclude(required(rest, "conclude TEXT"));
      }
      case "recommend" -> {
        return recorder.recommend(required(rest, "recommend TEXT"));
      }
      case "ask" -> {
        return recorder.raiseQuestion(required(rest, "ask TEXT"));
      }
      case "nextdate" -> {
        String[] whenAndVenue = required(rest, "nextdate WHEN").split("\\s+", 2);
        LocalDateTime when;
        try {
          when = LocalDateTime.parse(whenAndVenue[0]);
        } catch (DateTimeParseException e) {
          throw new Refused(ToolText.says("capture.refused.date"));
        }
        Venue venue = whenAndVenue.length > 1 ? Venue.of(whenAndVenue[1]) : recorder.plan().venue();
        return recorder.agreeNextSession(
            NextSession.of(when.atZone(recorder.plan().startsAt().getZone()), venue));
      }
      default -> throw new Refused(ToolText.says("capture.refused.command"));
    }
  }

  /** An id for the next action: the session's id and a number, unused in the community. */
  private ActionId nextActionId() {
    long n =
        recorder.events().stream().filter(e -> e instanceof CaptureEvent.ActionAgreed).count() + 1;
    ActionId id;
    do {
      id = ActionId.of(recorder.plan().id().value() + "-a" + n++);
    } while (community.actions().containsKey(id));
    return id;
  }

  private record Said(String text, Optional<PersonId> by) {}

  private static Said said(String text) {
    Matcher m = BY.matcher(text);
    return m.matches()
        ? new Said(m.group(2), Optional.of(PersonId.of(m.group(1))))
        : new Said(text, Optional.empty());
  }

  private static ContributionKind kind(String word) {
    try {
      return ContributionKind.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new Refused(ToolText.says("capture.refused.kind"));
    }
  }

  /** Whether {@code person} agreed, in force now, to their lived experience being recorded. */
  private boolean livedExperienceAgreed(Optional<PersonId> person) {
    return person.isPresent()
        && community
            .consent()
            .inForce(person.get(), ConsentPurpose.LIVED_EXPERIENCE_RECORDED, clock.instant());
  }

  private static Perspective perspective(String word) {
    try {
      return Perspective.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new Refused(ToolText.says("capture.refused.perspective", Words.all(Perspective.class)));
    }
  }

  private static PresentationKind presentationKind(String word) {
    try {
      return PresentationKind.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new Refused(ToolText.says("capture.refused.presentationKind"));
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new Refused(ToolText.says("capture.refused.number"));
    }
  }

  private static String required(String text, String usage) {
    if (text.isBlank()) {
      throw new Refused(ToolText.says("capture.refused.sayWhat", usage));
    }
    return text;
  }

  /**
   * Something typed that cannot be recorded as it stands; the message never repeats what was typed.
   */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, to be said in the console's language. */
    private final transient ToolText.Says says;

    Refused(ToolText.Says says) {
      super(says.toString());
      this.says = says;
    }
  }
}
