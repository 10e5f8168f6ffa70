package org.communityofpractice.examples.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.Severity;

/** The review's findings as a person reads them: what was noticed, and what to try next. */
final class Findings {
  private Findings() {}

  /**
   * Whether any finding needs acting on, that is, is important: {@code cop review} then exits with
   * 1. Suggestions and notes are shown but leave the exit code 0, since "flexibility is key": a
   * community that chose to leave part of the running order out has nothing to fix.
   */
  static boolean needsActing(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.IMPORTANT);
  }

  /** Each finding, with what to try next, then how many of each kind, in {@code words}. */
  static void print(List<Finding> findings, ToolText words, PrintWriter out) {
    for (Finding f : findings) {
      out.printf(
          "%s %s%s: %s%n", label(f.severity(), words), f.code(), where(f, words), f.noticed());
      out.printf("    %s%n", words.format("review.tryNext", f.tryNext()));
    }
    out.println(summary(findings, words));
  }

  static String summary(List<Finding> findings, ToolText words) {
    if (findings.isEmpty()) {
      return words.get("review.none");
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return words.format(
        "review.summary",
        words.plural("review.findings", findings.size()),
        String.valueOf(counts.getOrDefault(Severity.IMPORTANT, 0)),
        words.plural("review.suggestions", counts.getOrDefault(Severity.SUGGESTION, 0)),
        words.plural("review.notes", counts.getOrDefault(Severity.NOTE, 0)));
  }

  /** "[important] ", "[suggestion]", "[note] ": every label as wide as the widest. */
  private static String label(Severity s, ToolText words) {
    int width = 0;
    for (Severity each : Severity.values()) {
      width = Math.max(width, words.get("review.severity." + each.name()).length() + 2);
    }
    String label = "[" + words.get("review.severity." + s.name()) + "]";
    return label + " ".repeat(width - label.length());
  }

  private static String where(Finding f, ToolText words) {
    return f.session()
        .map(s -> " (" + words.format("review.session", s.value()) + ")")
        .or(() -> f.series().map(s -> " (" + words.format("review.series", s.value()) + ")"))
        .orElse("");
  }
}
