package org.communityofpractice.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.store.ArchiveConflictException;
import org.communityofpractice.core.store.DamagedJournalPolicy;
import org.communityofpractice.core.store.LiveSession;
import org.communityofpractice.core.store.StoreException;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cop capture}: a terminal recorder for a session as it happens. It walks the running order
 * stage by stage with the guide's prompts; every line typed is in the session's journal when the
 * next prompt appears, so after a crash (or {@code pause}) running it again carries on where it
 * stopped. {@code finish} folds the session into the archive.
 */
@Command(
    name = "capture",
    description = {
      "Record a session as it happens, walking the running order with the guide's prompts.",
      "Every entry is journaled at once: after a crash, run the same command again to carry on.",
      "Type 'help' at the prompt for what you can record."
    })
final class CaptureCommand extends CopCommand {
  @ParentCommand Cop cop;

  @Parameters(
      paramLabel = "ARCHIVE",
      description =
          "a community's folder in an archive store, such as cop-demo-out/archives/sotcop")
  Path archive;

  @Option(
      names = "--session",
      paramLabel = "ID",
      description = "the new session's id (asked when not given), or the one to resume")
  String session;

  @Option(names = "--topic", paramLabel = "ID", description = "the topic (asked when not given)")
  String topic;

  @Option(names = "--series", paramLabel = "ID", description = "the series it belongs to, if any")
  String series;

  @Option(
      names = "--facilitator",
      paramLabel = "ID",
      description = "the facilichair (asked when not given)")
  String facilitator;

  @Option(
      names = "--venue",
      paramLabel = "NAME",
      description = "where (default: the venue of the last session)")
  String venue;

  @Option(
      names = "--starts-at",
      paramLabel = "WHEN",
      description = "when it starts, such as 2016-06-02T10:00 (default: now)")
  String startsAt;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "the community's time zone, such as Europe/London (default: that of its last session; asked for its first)")
  String zone;

  @Option(
      names = "--co-facilitator",
      paramLabel = "ID",
      split = ",",
      description = "a co-facilitator; repeat or separate with commas for more")
  List<String> coFacilitators = new ArrayList<>();

  @Option(
      names = "--recorder",
      paramLabel = "ID",
      split = ",",
      description = "someone recording the session; repeat or separate with commas for more")
  List<String> recorders = new ArrayList<>();

  private BufferedReader input;

  @Override
  int run() throws IOException {
    input = new BufferedReader(new InputStreamReader(cop.in(), StandardCharsets.UTF_8));
    Archives.InStore in = Archives.inStore(archive);
    LiveSession live = openOrResume(in);
    try {
      CaptureConsole console =
          new CaptureConsole(live.recorder(), in.community(), out(), Clock.systemUTC());
      console.showStage();
      String line;
      while (true) {
        console.countdown().ifPresent(c -> out().println("  " + c));
        out().print("> ");
        out().flush();
        line = input.readLine();
        if (line == null || line.strip().equals("pause")) {
          out().println("Paused. Everything so far is kept in " + live.journalFile() + ".");
          out().println("Carry on with: cop capture " + archive);
          return Cop.OK;
        }
        if (line.strip().equals("finish")) {
          return finish(in, live);
        }
        if (line.strip().equals("walk-in")) {
          live = walkIn(live);
          in = Archives.inStore(archive);
          console = new CaptureConsole(live.recorder(), in.community(), out(), Clock.systemUTC());
          continue;
        }
        console.handle(line);
      }
    } finally {
      live.close();
    }
  }

  /**
   * Registers someone new at the door, with their consent, and marks them as arrived. The register
   * lives in the archive, so the capture steps aside while the archive is saved (its journal
   * closed, nothing lost) and carries on with the register that holds them.
   */
  private LiveSession walkIn(LiveSession live) throws IOException {
    Archives.InStore now = Archives.inStore(archive);
    SessionPlan plan = live.recorder().plan();
    Optional<WalkIn.Registered> registered =
        new WalkIn(input, out()).register(now.community(), plan.facilitator(), Instant.now());
    if (registered.isEmpty()) {
      out().println("  Not registered: nothing about them was kept.");
      return live;
    }
    live.close();
    boolean saved;
    try {
      Records.save(now, registered.get().community(), out());
      saved = true;
    } catch (UserError e) {
      out().println("  Not registered: " + e.getMessage());
      saved = false;
    }
    LiveSession resumed;
    try {
      resumed =
          now.store()
              .resumeSession(live.community(), plan.id(), DamagedJournalPolicy.STRICT)
              .orElseThrow(
                  () ->
                      UserError.invalid("session " + plan.id() + " is no longer being captured."));
    } catch (StoreException e) {
      throw resumeRefused(plan.id(), e);
    }
    if (saved) {
      PersonId id = registered.get().id();
      resumed.recorder().arrived(id);
      List<ConsentPurpose> agreed = registered.get().agreed();
      out()
          .println(
              "  Registered "
                  + id
                  + (agreed.isEmpty()
                      ? ", who agreed to nothing: they are never named,"
                          + " quoted or sent anything"
                      : " with consent to: "
                          + agreed.stream().map(Words::of).collect(Collectors.joining(", ")))
                  + ".");
      out().println("  " + id + " marked as arrived; new to the community: welcome them.");
    }
    return resumed;
  }

  private int finish(Archives.InStore in, LiveSession live) {
    List<String> notRun =
        live.recorder().coreStagesNotRun().stream()
            .map(Object::toString)
            .collect(Collectors.toList());
    Session done;
    try {
      done = in.store().finishSession(live);
    } catch (InvalidValueException e) {
      throw UserError.invalid(
          "the session cannot be finished yet: "
              + e.getMessage()
              + ". It is kept in its journal; run the command again to carry on.");
    } catch (ArchiveConflictException e) {
      throw UserError.invalid(
          "the archive kept changing while saving: "
              + e.getMessage()
              + ". The session is kept in its journal; run the command again to finish it.");
    }
    out()
        .printf(
            "Finished session %s: %d in the room, %d stages run; saved into %s.%n",
            done.id(), done.headcount(), done.stagesRun().size(), in.folder());
    if (!notRun.isEmpty()) {
      out()
          .println(
              "Core stages not run: "
                  + String.join(", ", notRun)
                  + ". The review will mention them.");
    }
    return Cop.OK;
  }

  private LiveSession openOrResume(Archives.InStore in) throws IOException {
    List<SessionId> inProgress = in.store().sessionsInProgress(in.id());
    Optional<SessionId> resume =
        session == null
            ? (inProgress.size() == 1 ? Optional.of(inProgress.get(0)) : Optional.empty())
            : inProgress.stream().filter(s -> s.value().equals(session)).findFirst();
    if (session == null && inProgress.size() > 1) {
      throw UserError.usage(
          "several sessions are being captured in "
              + in.folder()
              + ": "
              + inProgress.stream().map(SessionId::value).collect(Collectors.joining(", "))
              + ". Say which with --session.");
    }
    if (resume.isPresent()) {
      try {
        Optional<LiveSession> live =
            in.store().resumeSession(in.id(), resume.get(), DamagedJournalPolicy.STRICT);
        if (live.isPresent()) {
          out()
              .printf(
                  "Carrying on with session %s: %d entries were kept.%n",
                  resume.get(), live.get().recovery().eventsKept());
          if (!live.get().recovery().isClean()) {
            out().println("  " + live.get().recovery());
          }
          return live.get();
        }
        out()
            .println(
                "Session "
                    + resume.get()
                    + " was already saved into the archive; starting a new one.");
      } catch (StoreException e) {
        throw resumeRefused(resume.get(), e);
      }
    }
    SessionPlan plan = plan(in.community(), in.store().root());
    try {
      return in.store().startSession(in.id(), plan);
    } catch (InvalidValueException e) {
      throw cannotStart(e);
    }
  }

  private SessionPlan plan(Community community, Path storeRoot) throws IOException {
    String id = session != null ? session : ask("Session id (such as prison-release-4)");
    String topicId =
        topic != null
            ? topic
            : ask(
                "Topic ("
                    + community.topics().stream()
                        .map(Topic::id)
                        .map(TopicId::value)
                        .collect(Collectors.joining(", "))
                    + ")");
    String chair = facilitator != null ? facilitator : ask("Facilichair's person id");
    Optional<Session> last =
        community.sessions().isEmpty()
            ? Optional.empty()
            : Optional.of(community.sessions().get(community.sessions().size() - 1));
    ZoneId zone = zone(last, storeRoot);
    ZonedDateTime when;
    try {
      when =
          startsAt == null
              ? ZonedDateTime.now(zone).withSecond(0).withNano(0)
              : java.time.LocalDateTime.parse(startsAt).atZone(zone);
    } catch (DateTimeParseException e) {
      throw UserError.usage("--starts-at must be a date and time such as 2016-06-02T10:00.");
    }
    try {
      Venue where =
          venue != null
              ? Venue.of(venue)
              : last.map(Session::venue)
                  .orElseThrow(() -> UserError.usage("Say where with --venue."));
      SessionPlan.Builder plan =
          SessionPlan.builder()
              .id(Ids.session(id))
              .topic(Ids.topic(topicId))
              .startsAt(when)
              .venue(where)
              .facilitator(Ids.person(chair, "--facilitator"));
      coFacilitators.forEach(who -> plan.addCoFacilitator(Ids.person(who, "--co-facilitator")));
      recorders.forEach(who -> plan.addRecorder(Ids.person(who, "--recorder")));
      if (series != null) {
        plan.series(Ids.series(series));
      }
      SessionPlan built = plan.build();
      out()
          .printf(
              "Session %s on %s, %s at %s.%n",
              built.id(), built.topic(), built.startsAt().toLocalDate(), where.name());
      return built;
    } catch (InvalidValueException e) {
      throw cannotStart(e);
    }
  }

  /**
   * The community's time zone: given, or that of its last session, or — for its first session —
   * asked, never the machine's: a laptop set to another zone would shift every time recorded.
   */
  private ZoneId zone(Optional<Session> last, Path storeRoot) throws IOException {
    String given = zone;
    if (given == null && last.isPresent()) {
      return last.get().startsAt().getZone();
    }
    if (given == null && Files.isRegularFile(storeRoot.resolve(InitCommand.SETTINGS))) {
      return InitCommand.zoneOf(storeRoot); // the zone `cop init` kept for the community
    }
    while (true) {
      String answer =
          given != null ? given : ask("The community's time zone (such as Europe/London)");
      try {
        return ZoneId.of(answer);
      } catch (DateTimeException e) {
        if (given != null) {
          throw UserError.usage("--zone must be a time zone such as Europe/London.");
        }
        out().println("  That is not a time zone; try one such as Europe/London or Europe/Dublin.");
      }
    }
  }

  /** The field and what it must be, not the value: a name typed by mistake is personal data. */
  private static UserError cannotStart(InvalidValueException e) {
    return UserError.usage("the session cannot start: " + e.field() + " " + e.expectation() + ".");
  }

  /** Asks until answered: Enter alone asks again; only the end of the input gives up. */
  private String ask(String question) throws IOException {
    while (true) {
      out().print(question + ": ");
      out().flush();
      String answer = input.readLine();
      if (answer == null) {
        throw UserError.usage("no answer to '" + question + "'; nothing was recorded.");
      }
      if (!answer.isBlank()) {
        return answer.strip();
      }
    }
  }

  /**
   * What the person at the console is told when a session's journal cannot be resumed: in use
   * elsewhere is a usage error, damaged is invalid input; any other store fault goes up as it is.
   */
  private static RuntimeException resumeRefused(SessionId session, StoreException e) {
    return switch (e.reason()) {
      case JOURNAL_IN_USE ->
          UserError.usage(
              "session " + session + " is being captured by another program right now.");
      case JOURNAL_DAMAGED ->
          UserError.invalid("the journal of session " + session + " is damaged: " + e.getMessage());
      default -> e;
    };
  }
}
