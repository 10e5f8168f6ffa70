package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CopTest {
  @Test
  void theCommandsByNameAreExactlyTheSubcommandsTheHelpLists() {
    Map<String, Class<?>> named = new HashMap<>();
    for (Class<?> command : Cop.class.getAnnotation(CommandLine.Command.class).subcommands()) {
      if (command == CommandLine.HelpCommand.class) {
        continue;
      }
      CommandLine.Command c = command.getAnnotation(CommandLine.Command.class);
      named.put(c.name(), command);
      for (String alias : c.aliases()) {
        named.put(alias, command);
      }
    }
    assertThat(Cop.COMMANDS).isEqualTo(named);
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CopRun run = CopRun.of("--help");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("Usage: cop")
        .contains("Exit codes:")
        .contains("cop demo --out cop-demo-out");
  }

  @Test
  void noCommandIsAUsageErrorThatSaysWhereToStart() {
    CopRun run = CopRun.of();
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("Say which command to run").doesNotContain("Exception");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CopRun run = CopRun.of("frobnicate");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("frobnicate").doesNotContain("Exception");
  }

  @Test
  void anUnknownCommandWithHelpIsAUsageErrorNotTheTopLevelHelp() {
    CopRun run = CopRun.of("frobnicate", "--help");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("'frobnicate' is not a cop command");
  }

  @Test
  void everyCommandsHelpIsCompleteWithNoNullAndNoCutOffDescription() {
    List<CommandLine> all = new ArrayList<>();
    collect(new CommandLine(new Cop()), all);
    assertThat(all)
        .extracting(CommandLine::getCommandName)
        .contains(
            "init",
            "people",
            "import",
            "person",
            "consent",
            "grant",
            "withdraw",
            "topic",
            "series",
            "action",
            "done",
            "find",
            "restrict",
            "rectify",
            "retention",
            "sweep");
    for (CommandLine command : all) {
      String name = command.getCommandSpec().qualifiedName(" ");
      String[] description = command.getCommandSpec().usageMessage().description();
      assertThat(description).as("%s has a description", name).isNotEmpty();
      // the list of commands shows only the first line: it must be a whole sentence
      assertThat(description[0].strip()).as("%s's first line of description", name).endsWith(".");
      String[] args = (name.substring("cop".length()).strip() + " --help").strip().split(" ");
      CopRun run = CopRun.of(args);
      assertThat(run.exitCode()).as("%s --help: %s", name, run).isZero();
      assertThat(run.out()).as(name).startsWith("Usage: " + name).doesNotContain("null");
    }
  }

  @Test
  void aCommandNamedFirstIsBuiltAloneAndBehavesAsInTheWholeTool() {
    CommandLine whole = new CommandLine(new Cop());
    List<CommandLine> all = new ArrayList<>();
    collect(whole, all);
    for (CommandLine command : all.subList(1, all.size())) {
      List<String> words =
          List.of(
              command.getCommandSpec().qualifiedName(" ").substring("cop ".length()).split(" "));
      CommandLine lean = Cop.commandLine(new Cop(), words.toArray(String[]::new));
      assertThat(lean.getSubcommands().values())
          .as("cop %s builds only its own command", words.get(0))
          .extracting(CommandLine::getCommandName)
          .containsOnly(words.get(0));
      // help, and a usage error: neither runs the command
      for (String extra : List.of("--help", "--no-such-option")) {
        String[] args = Stream.concat(words.stream(), Stream.of(extra)).toArray(String[]::new);
        assertThat(CopRun.run(Cop.commandLine(new Cop(), args), args))
            .as("cop %s", String.join(" ", args))
            .isEqualTo(CopRun.run(whole, args));
      }
    }
    assertThat(Cop.commandLine(new Cop(), "analyze").getSubcommands())
        .as("an alias names a command too")
        .containsOnlyKeys("analyse", "analyze");
    assertThat(Cop.commandLine(new Cop(), "help", "validate").getSubcommands())
        .as("help lists every command")
        .containsKeys("validate", "render", "demo");
  }

  private static void collect(CommandLine command, List<CommandLine> all) {
    if (!command.getCommandName().equals("help")) {
      all.add(command);
    }
    command.getSubcommands().values().stream().distinct().forEach(c -> collect(c, all));
  }
}
