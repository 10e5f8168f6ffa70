package org.communityofpractice.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link AnalysisBenchmark} and prints, for each size, sessions per second, the cost per
 * session (wall clock, and CPU time of the one benchmark thread) and the peak heap; then the ratio
 * of the per-session cost at 10^6 to that at 10^4 (the target is at most 1.5: linear) and whether
 * 10^6 sessions fit in the 2 GiB heap the fork runs with. On a shared machine the CPU-time figures
 * are the ones to judge by: wall-clock time there includes waiting for a core.
 *
 * <p>Arguments, if any, choose the sizes (e.g. {@code 10000}); by default all three. The system
 * property {@code cop.bench.iterations} sets how many iterations are measured (2 by default). Not
 * part of the build's tests; run it with:
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -pl cop-examples -am -DskipTests -Pbench-analysis package
 * }</pre>
 */
public final class AnalysisBench {
  private static final double TWO_GIB = 2.0 * 1024 * 1024 * 1024;

  private AnalysisBench() {}

  public static void main(String[] args) throws RunnerException, IOException {
    Path out = Files.createTempDirectory("cop-bench");
    OptionsBuilder builder = new OptionsBuilder();
    builder
        .include(AnalysisBenchmark.class.getName())
        // JVM arguments given here replace the annotation's, so the heap is named again
        .jvmArgsAppend(
            AnalysisBenchmark.HEAP,
            AnalysisBenchmark.HEAP_AT_START,
            "-D" + AnalysisBenchmark.HEAP_DIRECTORY + "=" + out)
        .shouldFailOnError(false);
    if (args.length > 0) {
      builder.param("sessions", args); // e.g. 10000 100000: only these sizes
    }
    Integer iterations =
        Integer.getInteger(
            "cop.bench.iterations"); // fewer measured iterations, when pressed for time
    if (iterations != null) {
      builder.measurementIterations(iterations);
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();

    Map<Long, Double> wall = new TreeMap<>();
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("analyse")) {
        wall.put(
            Long.parseLong(r.getParams().getParam("sessions")), r.getPrimaryResult().getScore());
      }
    }
    System.out.println();
    System.out.println(
        "Analysis suite over synthetic sessions, one thread, -Xmx2g, "
            + AnalysisBenchmark.COMMUNITIES
            + " communities (generation included; wall = JMH's mean per iteration,"
            + " CPU = the benchmark thread's best iteration)");
    System.out.println(
        "heap limit of the forks: "
            + mib(read(out.resolve("max-heap.txt")))
            + "; peak heap = most heap in use while running, garbage included; retained = in use after a full"
            + " collection at the end, the result tables still held");
    System.out.printf(
        Locale.ROOT,
        "%9s %12s %11s %11s %12s %12s %11s %11s%n",
        "sessions",
        "sessions/s",
        "wall us/s.",
        "CPU us/s.",
        "gen CPU us",
        "anal. CPU us",
        "peak heap",
        "retained");
    for (Map.Entry<Long, Double> e : wall.entrySet()) {
      long n = e.getKey();
      double cpu = cpuPerSession(out, "analyse", n);
      double gen = cpuPerSession(out, "generateOnly", n);
      System.out.printf(
          Locale.ROOT,
          "%9d %12.0f %11.2f %11.2f %12.2f %12.2f %11s %11s%n",
          n,
          n / (e.getValue() / 1000),
          e.getValue() * 1000 / n,
          cpu,
          gen,
          cpu - gen,
          mib(peak(out, n)),
          mib(read(out.resolve("retained-analyse-" + n + ".txt"))));
    }
    if (wall.containsKey(10_000L) && wall.containsKey(1_000_000L)) {
      double wallRatio = (wall.get(1_000_000L) / 1_000_000) / (wall.get(10_000L) / 10_000);
      double cpuRatio =
          cpuPerSession(out, "analyse", 1_000_000) / cpuPerSession(out, "analyse", 10_000);
      double analysisRatio =
          (cpuPerSession(out, "analyse", 1_000_000) - cpuPerSession(out, "generateOnly", 1_000_000))
              / (cpuPerSession(out, "analyse", 10_000)
                  - cpuPerSession(out, "generateOnly", 10_000));
      System.out.printf(
          Locale.ROOT,
          "per-session cost 10^6 / 10^4: CPU %.2f (target <= 1.5: %s), wall %.2f,"
              + " analysis alone (CPU, generation taken out) %.2f%n",
          cpuRatio,
          cpuRatio <= 1.5 ? "met" : "NOT met",
          wallRatio,
          analysisRatio);
    }
    long peak = peak(out, 1_000_000L);
    long limit = read(out.resolve("max-heap.txt"));
    System.out.println(
        "10^6 sessions ran to the end within a heap limit of 2 GiB (peak "
            + mib(peak)
            + "): "
            + (wall.containsKey(1_000_000L) && peak > 0 && peak <= TWO_GIB && limit <= TWO_GIB
                ? "yes"
                : "no (see the JMH output above)"));
  }

  /** The best iteration's CPU time per session, in microseconds; NaN when not measured. */
  private static double cpuPerSession(Path dir, String method, long sessions) throws IOException {
    Path file = dir.resolve("cpu-" + method + "-" + sessions + ".txt");
    if (!Files.exists(file)) {
      return Double.NaN;
    }
    OptionalDouble best =
        Files.readAllLines(file).stream()
            .filter(l -> !l.isBlank())
            .mapToDouble(Double::parseDouble)
            .min();
    return best.orElse(Double.NaN) / 1000 / sessions;
  }

  private static long peak(Path dir, long sessions) throws IOException {
    return read(dir.resolve("peak-heap-analyse-" + sessions + ".txt"));
  }

  /** A number a fork wrote, or -1 when it wrote none. */
  private static long read(Path file) throws IOException {
    return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
  }

  private static String mib(long bytes) {
    return bytes < 0 ? "n/a" : (bytes / (1024 * 1024)) + " MiB";
  }
}
