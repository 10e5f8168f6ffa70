package org.communityofpractice.examples.cli;

/**
 * A failure the person at the keyboard can act on: the message says what went wrong and what to do,
 * and is printed without a stack trace. Messages name files, ids and JSON paths, never personal
 * data.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  /** What to say in the command's language; {@literal null} for a message in English only. */
  private final transient ToolText.Says says;

  private UserError(String message, ToolText.Says says, int exitCode) {
    super(message);
    this.says = says;
    this.exitCode = exitCode;
  }

  /** The command was given something it cannot use (a missing file, an unknown id): exit code 2. */
  static UserError usage(String message) {
    return new UserError(message, null, Cop.USAGE);
  }

  /** As {@link #usage(String)}, said in the language the command was asked for. */
  static UserError usage(ToolText.Says says) {
    return new UserError(says.toString(), says, Cop.USAGE);
  }

  /** The data is invalid, or the work found problems: exit code 1. */
  static UserError invalid(String message) {
    return new UserError(message, null, Cop.FINDINGS_OR_INVALID);
  }

  /** As {@link #invalid(String)}, said in the language the command was asked for. */
  static UserError invalid(ToolText.Says says) {
    return new UserError(says.toString(), says, Cop.FINDINGS_OR_INVALID);
  }

  /** The message in the language of {@code words}. */
  String message(ToolText words) {
    return says == null ? getMessage() : words.say(says);
  }

  int exitCode() {
    return exitCode;
  }
}
