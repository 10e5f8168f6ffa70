package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code cop} command shares: it writes to the command line's own out and err (so a test
 * can capture them), and a {@link UserError} becomes a one-line message and an exit code rather
 * than a stack trace, and so does running out of memory or stack. Everything written is neutralised
 * and bounded by a {@link ConsoleWriter}. Every command gets {@code --help} and {@code --language}
 * from here.
 */
// addMethodSubcommands: cop's commands are classes, never methods, so picocli need not look
// through every method of each command for one as it starts
@Command(mixinStandardHelpOptions = true, usageHelpAutoWidth = true, addMethodSubcommands = false)
abstract class CopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--language",
      paramLabel = "LANGUAGE",
      description =
          "the language of this help, reports, the aide-memoire, the review's findings and what the tool says (its prompts, output and errors): en (British English, the default) or cy (Welsh)")
  String languageName;

  private PrintWriter out;
  private PrintWriter err;

  @Override
  public final Integer call() {
    try {
      language();
      return run();
    } catch (UserError e) {
      err().println(spec.qualifiedName() + ": " + e.message(wordsOrBritish()));
      return e.exitCode();
    } catch (IOException | UncheckedIOException e) {
      stopped(ToolText.says("error.files", FileProblems.describe(e)));
      return Cop.FINDINGS_OR_INVALID;
    } catch (OutOfMemoryError e) {
      stopped(ToolText.says("error.memory"));
      return Cop.FINDINGS_OR_INVALID;
    } catch (StackOverflowError e) {
      stopped(ToolText.says("error.stack"));
      return Cop.FINDINGS_OR_INVALID;
    } catch (RuntimeException e) {
      // a fault of cop itself, not of what was typed: one line to report, not a stack trace
      stopped(ToolText.says("error.unexpected", e.getClass().getSimpleName()));
      return Cop.FINDINGS_OR_INVALID;
    } finally {
      out().flush();
      err().flush();
    }
  }

  private void stopped(ToolText.Says why) {
    err().println(spec.qualifiedName() + ": " + wordsOrBritish().say(why));
  }

  /** What the tool says in the language {@code --language} chose, or British English. */
  private ToolText wordsOrBritish() {
    return ToolText.in(
        languageName == null ? Language.EN : Language.named(languageName).orElse(Language.EN));
  }

  /**
   * The language {@code --language} chose, British English when none was.
   *
   * @throws UserError a usage error when it names a language cop does not have
   */
  Language language() {
    if (languageName == null) {
      return Language.EN;
    }
    return Language.named(languageName)
        .orElseThrow(
            () ->
                UserError.usage(
                    ToolText.says("error.language", Words.says(languageName), Language.NAMES)));
  }

  /** What the tool says, in the language {@code --language} chose. */
  ToolText words() {
    return ToolText.in(language());
  }

  /** Composes reports through {@code policy} in the language {@code --language} chose. */
  ReportComposer composer(DisclosurePolicy policy) {
    return ReportComposer.builder().policy(policy).language(language().tag()).build();
  }

  /** Does the command's work; returns its exit code. */
  abstract int run() throws IOException;

  /** Standard out, with every value written {@linkplain ConsoleWriter neutralised and bounded}. */
  PrintWriter out() {
    if (out == null) {
      out = new PrintWriter(new ConsoleWriter(spec.commandLine().getOut()));
    }
    return out;
  }

  /** Standard error, as {@link #out()}. */
  PrintWriter err() {
    if (err == null) {
      err = new PrintWriter(new ConsoleWriter(spec.commandLine().getErr()));
    }
    return err;
  }
}
