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

  static void print(List<Finding> findings, PrintWriter out) {
    for (Finding f : findings) {
      out.printf("%s %s%s: %s%n", label(f.severity()), f.code(), where(f), f.noticed());
      out.printf("    try next: %s%n", f.tryNext());
    }
    out.println(summary(findings));
  }

  static String summary(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "No findings: the sessions follow the guide's practice.";
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return plural(findings.size(), "finding")
        + ": "
        + counts.getOrDefault(Severity.IMPORTANT, 0)
        + " important, "
        + plural(counts.getOrDefault(Severity.SUGGESTION, 0), "suggestion")
        + ", "
        + plural(counts.getOrDefault(Severity.NOTE, 0), "note")
        + ".";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String label(Severity s) {
    return switch (s) {
      case IMPORTANT -> "[important] ";
      case SUGGESTION -> "[suggestion]";
      case NOTE -> "[note]      ";
    };
  }

  private static String where(Finding f) {
    return f.session()
        .map(s -> " (session " + s + ")")
        .or(() -> f.series().map(s -> " (series " + s + ")"))
        .orElse("");
  }
}
