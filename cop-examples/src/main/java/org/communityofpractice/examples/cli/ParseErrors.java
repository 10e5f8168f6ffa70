package org.communityofpractice.examples.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parsing errors in the tool's words: picocli writes them in English only, so in another
 * language each kind of error it raises is said from the bundle ({@code parse.*} keys), naming
 * options and parameters as the help does and showing back only what looks like one of the tool's
 * own words ({@link Words#says}).
 */
final class ParseErrors {
  private ParseErrors() {}

  /** What {@code e} says, to be said in the command's language. */
  static ToolText.Says says(ParameterException e) {
    if (e instanceof SaidParameterException said) {
      return said.says();
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      ToolText.Says first = Words.says(unmatched.isEmpty() ? null : unmatched.get(0));
      return u.isUnknownOption()
          ? ToolText.says("parse.unknownOption", first)
          : ToolText.says("parse.unmatched", first);
    }
    if (e instanceof MissingParameterException m) {
      String names = names(m.getMissing());
      if (message.startsWith("Expected parameter") || message.contains("parameter for option")) {
        return ToolText.says("parse.missingValue", names);
      }
      return m.getMissing().size() == 1
          ? ToolText.says("parse.missing", names)
          : ToolText.says("parse.missingSeveral", names);
    }
    if (e instanceof OverwrittenOptionException o) {
      return ToolText.says("parse.onlyOnce", name(o.getOverwritten()));
    }
    if (e instanceof MutuallyExclusiveArgsException) {
      return ToolText.says("parse.exclusive");
    }
    if (e instanceof MaxValuesExceededException) {
      return ToolText.says("parse.tooMany");
    }
    if (message.startsWith("Invalid value for") && e.getArgSpec() != null) {
      return ToolText.says("parse.invalidValue", name(e.getArgSpec()));
    }
    return ToolText.says("parse.other");
  }

  /**
   * The suggestions picocli has for what it did not recognise (a command or option close to what
   * was typed), to be said in the command's language; empty when it has none.
   */
  static java.util.Optional<ToolText.Says> suggestions(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      return java.util.Optional.of(
          ToolText.says("parse.suggestions", String.join(", ", u.getSuggestions())));
    }
    return java.util.Optional.empty();
  }

  private static String names(List<ArgSpec> specs) {
    return specs.stream().map(ParseErrors::name).collect(Collectors.joining(", "));
  }

  /** An option by its longest name, a parameter by its label, as the help shows them. */
  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
  }
}
