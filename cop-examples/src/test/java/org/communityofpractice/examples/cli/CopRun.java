package org.communityofpractice.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One run of {@code cop} as a user would make it, with what it printed to out and err. */
record CopRun(int exitCode, String out, String err) {

  static CopRun of(String... args) {
    return withInput("", args);
  }

  /** Runs with {@code input} as what the user types. */
  static CopRun withInput(String input, String... args) {
    return run(input, false, args);
  }

  /** Runs as if someone at a terminal typed {@code input}. */
  static CopRun atTerminal(String input, String... args) {
    return run(input, true, args);
  }

  private static CopRun run(String input, boolean terminal, String... args) {
    return run(
        Cop.commandLine(
            new Cop(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), terminal),
            args),
        args);
  }

  /** Runs {@code args} on {@code cli}, as {@link Cop#main} does on the command line it builds. */
  static CopRun run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CopRun(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
