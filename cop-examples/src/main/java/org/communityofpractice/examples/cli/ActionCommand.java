package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cop action done}: an action agreed at a session, marked done later. */
@Command(
    name = "action",
    mixinStandardHelpOptions = true,
    description = "The actions agreed at sessions: mark one done when it is.",
    subcommands = {ActionCommand.Done.class})
final class ActionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.action"));
  }

  /** {@code cop action done STORE --action ID [--session ID] [--on DATE]}. */
  @Command(
      name = "done",
      description =
          "Mark an action done, so reports and the next session's \"what small steps have you noticed?\" show it.")
  static final class Done extends CopCommand {
    @Parameters(
        paramLabel = "STORE",
        description = "a community's folder in an archive store, or the store cop init made")
    Path store;

    @Option(
        names = "--action",
        paramLabel = "ID",
        required = true,
        description = "the action's id, as the session report shows it")
    String action;

    @Option(
        names = "--session",
        paramLabel = "ID",
        description =
            "the session that agreed it (needed only when two sessions use the same action id)")
    String session;

    @Option(
        names = "--on",
        paramLabel = "DATE",
        description = "the day it was done, such as 2016-04-01 (default: today)")
    LocalDate on;

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      Community community = in.community();
      List<Session> with = new ArrayList<>();
      for (Session s : community.sessions()) {
        if ((session == null || s.id().equals(Ids.session(session)))
            && s.actions().stream().anyMatch(a -> a.id().value().equals(action))) {
          with.add(s);
        }
      }
      if (with.isEmpty()) {
        throw UserError.usage(
            session == null
                ? ToolText.says("action.none", Words.says(action))
                : ToolText.says("action.noneIn", Words.says(session), Words.says(action)));
      }
      if (with.size() > 1) {
        throw UserError.usage(ToolText.says("action.several", Words.says(action)));
      }
      Session agreed = with.get(0);
      Action before =
          agreed.actions().stream()
              .filter(a -> a.id().value().equals(action))
              .findFirst()
              .orElseThrow();
      if (before.isCompleted()) {
        throw UserError.usage(
            ToolText.says(
                "action.alreadyDone",
                action,
                agreed.id().value(),
                before.completedOn().orElseThrow().toString()));
      }
      LocalDate day = on != null ? on : LocalDate.now(InitCommand.zoneOf(in.store().root()));
      List<Action> actions = new ArrayList<>();
      for (Action a : agreed.actions()) {
        actions.add(a == before ? Action.builder().from(a).completedOn(day).build() : a);
      }
      Session changed =
          Records.build(() -> Session.builder().from(agreed).actions(actions).build());
      List<Session> sessions = new ArrayList<>();
      community.sessions().forEach(s -> sessions.add(s == agreed ? changed : s));
      out().println(words().format("action.done", action, agreed.id().value(), day.toString()));
      Records.save(
          in,
          Records.build(Community.builder().from(community).sessions(sessions)),
          out(),
          words());
      return Cop.OK;
    }
  }
}
