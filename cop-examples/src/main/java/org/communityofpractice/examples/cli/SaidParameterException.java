package org.communityofpractice.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A command line a command refuses as typed (a group such as {@code cop consent} run without saying
 * which of its commands), kept as something to say so that it is printed in the language {@code
 * --language} chose; its message, as a log reads it, is the British English.
 */
final class SaidParameterException extends ParameterException {
  private static final long serialVersionUID = 1L;

  /** What to say; never {@literal null}. */
  private final transient ToolText.Says says;

  SaidParameterException(CommandLine commandLine, ToolText.Says says) {
    super(commandLine, says.toString());
    this.says = says;
  }

  ToolText.Says says() {
    return says;
  }
}
