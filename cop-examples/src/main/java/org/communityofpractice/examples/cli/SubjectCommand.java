package org.communityofpractice.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cop subject}: a data subject's requests, export and erasure. */
@Command(
    name = "subject",
    mixinStandardHelpOptions = true,
    description =
        "A data subject's requests: find the person, export everything held about them, correct it,"
            + " restrict it, or erase them.",
    subcommands = {
      SubjectFindCommand.class,
      SubjectExportCommand.class,
      SubjectRectifyCommand.class,
      SubjectRestrictCommand.class,
      SubjectEraseCommand.class
    })
final class SubjectCommand implements Runnable {
  @Spec CommandSpec spec;

  @ParentCommand Cop cop;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.subject"));
  }
}
