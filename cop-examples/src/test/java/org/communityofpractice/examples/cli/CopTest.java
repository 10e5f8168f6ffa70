package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CopTest {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CopRun run = CopRun.of("--help");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Usage: cop").contains("Exit codes:").contains("cop demo --out cop-demo-out");
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
    assertThat(all).extracting(CommandLine::getCommandName)
        .contains("init", "people", "import", "person", "consent", "grant", "withdraw", "topic", "series", "action",
            "done", "find", "restrict", "rectify", "retention", "sweep");
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

  private static void collect(CommandLine command, List<CommandLine> all) {
    if (!command.getCommandName().equals("help")) {
      all.add(command);
    }
    command.getSubcommands().values().stream().distinct().forEach(c -> collect(c, all));
  }
}
