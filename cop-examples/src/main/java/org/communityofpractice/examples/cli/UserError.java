package org.communityofpractice.examples.cli;

/**
 * A failure the person at the keyboard can act on: the message says what went wrong and what to do,
 * and is printed without a stack trace. Messages name files, ids and JSON paths, never personal
 * data.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  private UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The command was given something it cannot use (a missing file, an unknown id): exit code 2. */
  static UserError usage(String message) {
    return new UserError(message, Cop.USAGE);
  }

  /** The data is invalid, or the work found problems: exit code 1. */
  static UserError invalid(String message) {
    return new UserError(message, Cop.FINDINGS_OR_INVALID);
  }

  int exitCode() {
    return exitCode;
  }
}
