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
          new CaptureConsole(live.recorder(), in.community(), out(), Clock.systemUTC(), language());
      console.showStage();
      String line;
      while (true) {
        console.countdown().ifPresent(c -> out().println("  " + c));
        out().print("> ");
        out().flush();
        line = input.readLine();
        if (line == null || line.strip().equals("pause")) {
          out().println(words().format("capture.paused", String.valueOf(live.journalFile())));
          out().println(words().format("capture.carryOnWith", String.valueOf(archive)));
          return Cop.OK;
        }
        if (line.strip().equals("finish")) {
          return finish(in, live);
        }
        if (line.strip().equals("walk-in")) {
          live = walkIn(live);
          in = Archives.inStore(archive);
          console =
              new CaptureConsole(
                  live.recorder(), in.community(), out(), Clock.systemUTC(), language());
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
        new WalkIn(input, out(), words())
            .register(now.community(), plan.facilitator(), Instant.now());
    if (registered.isEmpty()) {
      out().println("  " + words().get("capture.walkIn.abandoned"));
      return live;
    }
    live.close();
    boolean saved;
    try {
      Records.save(now, registered.get().community(), out(), words());
      saved = true;
    } catch (UserError e) {
      out().println("  " + words().format("capture.walkIn.notSaved", e.message(words())));
      saved = false;
    }
    LiveSession resumed;
    try {
      resumed =
          now.store()
              .resumeSession(live.community(), plan.id(), DamagedJournalPolicy.STRICT)
              .orElseThrow(
                  () ->
                      UserError.invalid(
                          ToolText.says("capture.noLongerCaptured", plan.id().value())));
    } catch (StoreException e) {
      throw resumeRefused(plan.id(), e);
    }
    if (saved) {
      PersonId id = registered.get().id();
      resumed.recorder().arrived(id);
      List<ConsentPurpose> agreed = registered.get().agreed();
      out()
          .println(
              "  "
                  + (agreed.isEmpty()
                      ? words().format("capture.walkIn.registeredAgreeingNothing", id.value())
                      : words()
                          .format(
                              "capture.walkIn.registered",
                              id.value(),
                              agreed.stream().map(Words::of).collect(Collectors.joining(", ")))));
      out().println("  " + words().format("capture.markedArrived.new", id.value()));
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
      // what is missing is cop-core's words: a field and what it must be
      throw UserError.invalid(ToolText.says("capture.cannotFinish", ToolText.core(e::messageIn)));
    } catch (ArchiveConflictException e) {
      throw UserError.invalid(ToolText.says("capture.keptChanging", ToolText.core(e::messageIn)));
    }
    out()
        .println(
            words()
                .format(
                    "capture.finished",
                    done.id().value(),
                    String.valueOf(done.headcount()),
                    String.valueOf(done.stagesRun().size()),
                    String.valueOf(in.folder())));
    if (!notRun.isEmpty()) {
      out().println(words().format("capture.coreNotRun", String.join(", ", notRun)));
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
          ToolText.says(
              "capture.several",
              String.valueOf(in.folder()),
              inProgress.stream().map(SessionId::value).collect(Collectors.joining(", "))));
    }
    if (resume.isPresent()) {
      try {
        Optional<LiveSession> live =
            in.store().resumeSession(in.id(), resume.get(), DamagedJournalPolicy.STRICT);
        if (live.isPresent()) {
          out()
              .println(
                  words()
                      .format(
                          "capture.carryingOn",
                          resume.get().value(),
                          String.valueOf(live.get().recovery().eventsKept())));
          if (!live.get().recovery().isClean()) {
            out().println("  " + live.get().recovery());
          }
          return live.get();
        }
        out().println(words().format("capture.alreadySaved", resume.get().value()));
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
    String id = session != null ? session : ask(words().get("capture.ask.session"));
    String topicId =
        topic != null
            ? topic
            : ask(
                words()
                    .format(
                        "capture.ask.topic",
                        community.topics().stream()
                            .map(Topic::id)
                            .map(TopicId::value)
                            .collect(Collectors.joining(", "))));
    String chair = facilitator != null ? facilitator : ask(words().get("capture.ask.facilichair"));
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
      throw UserError.usage(ToolText.says("capture.startsAt"));
    }
    try {
      Venue where =
          venue != null
              ? Venue.of(venue)
              : last.map(Session::venue)
                  .orElseThrow(() -> UserError.usage(ToolText.says("capture.sayWhere")));
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
          .println(
              words()
                  .format(
                      "capture.planned",
                      built.id().value(),
                      built.topic().value(),
                      built.startsAt().toLocalDate().toString(),
                      where.name()));
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
      String answer = given != null ? given : ask(words().get("capture.ask.zone"));
      try {
        return ZoneId.of(answer);
      } catch (DateTimeException e) {
        if (given != null) {
          throw UserError.usage(ToolText.says("capture.zone"));
        }
        out().println("  " + words().get("capture.notAZone"));
      }
    }
  }

  /** The field and what it must be, not the value: a name typed by mistake is personal data. */
  private static UserError cannotStart(InvalidValueException e) {
    return UserError.usage(ToolText.says("capture.cannotStart", ToolText.fieldAndExpectation(e)));
  }

  /** Asks until answered: Enter alone asks again; only the end of the input gives up. */
  private String ask(String question) throws IOException {
    while (true) {
      out().print(question + ": ");
      out().flush();
      String answer = input.readLine();
      if (answer == null) {
        throw UserError.usage(ToolText.says("capture.noAnswer", question));
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
      case JOURNAL_IN_USE -> UserError.usage(ToolText.says("capture.inUse", session.value()));
      case JOURNAL_DAMAGED ->
          UserError.invalid(
              ToolText.says("capture.damaged", session.value(), ToolText.core(e::messageIn)));
      default -> e;
    };
  }
}
