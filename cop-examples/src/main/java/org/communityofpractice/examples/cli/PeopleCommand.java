package org.communityofpractice.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cop people}: the member register, many people at once. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "The member register, many people at once: import a sign-in sheet.",
    subcommands = {PeopleImportCommand.class})
final class PeopleCommand implements Runnable {
  @Spec CommandSpec spec;

  @ParentCommand Cop cop;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.people"));
  }
}
