package org.communityofpractice.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.csv.CsvRenderer;
import org.communityofpractice.report.csv.ReportTable;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.model.SessionReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What a session report costs next to writing the session as JSON: for one busy session (30
 * attendees, 40 contributions, 3 scaling rounds, 10 actions), the archive codec's Jackson
 * serialisation of the session, composing its report and rendering it as HTML, and composing it and
 * rendering every CSV table. {@link #main} runs all three with JMH and prints each one's time as a
 * multiple of the JSON's; the targets are HTML at most 4× and CSV at most 1.5×.
 *
 * <p>On a shared machine wall-clock times swing with other work, in spells of seconds to minutes
 * that can double every time measured in them; Jackson alone read 37 to 65 µs from one run to the
 * next. Three forks run one after another would each meet a different spell. So {@code main} runs
 * the three in {@value #ROUNDS} rounds, a fork of each in turn, takes each fork's median iteration,
 * prints every round's ratios, and then the median of the rounds' ratios: a round caught in a slow
 * spell moves that median little. It then also measures the three in turns by thread CPU time, in
 * one JVM, and prints those ratios too.
 *
 * <p>Not part of the build's tests. Run it with
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -Pbench-report -DskipTests -pl cop-examples -am package
 * ./mvnw -B -q -Pbench-report -DskipTests -pl cop-examples -am package -Djmh.args="-wi 3 -i 3"
 * }</pre>
 *
 * <p>The warm-up is long (8 × 2 s) because the composer's code paths take several seconds to be
 * fully compiled; with 3 × 1 s the first measured iterations were still twice as slow.
 *
 * <p>{@code jmh.args} takes JMH's own command-line options, but for the forks and the benchmarks
 * run, which the rounds set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class ReportBenchmark {
  static final String JACKSON = "jacksonSerialisationOfTheSession";
  static final String HTML = "composeAndRenderHtml";
  static final String CSV = "composeAndRenderCsv";
  static final double HTML_TARGET = 4.0;
  static final double CSV_TARGET = 1.5;

  /** How many times {@link #main} runs the three, one fork each, in turn. */
  static final int ROUNDS = 3;

  /** Keeps the interleaved measurement's results alive, so the JIT cannot drop the work. */
  @SuppressWarnings("UnusedVariable") // written, never read: the write is what keeps the work alive
  private static volatile long consumed;

  private Community community;
  private Session session;
  private ReportComposer composer;
  private HtmlRenderer html;
  private List<CsvRenderer> csv;

  @Setup
  public void setUp() {
    community = BenchmarkSession.community();
    session = community.sessions().get(0);
    composer = ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-03-10T09:00:00Z")));
    html = HtmlRenderer.builder().build();
    csv =
        List.of(ReportTable.values()).stream()
            .map(t -> CsvRenderer.builder().table(t).build())
            .toList();
  }

  /**
   * The baseline: the session as the JSON archive writes it, through the codec's own Jackson tree.
   */
  @Benchmark
  public String jacksonSerialisationOfTheSession() {
    return JsonValues.writeLine(JsonValues.encode(session));
  }

  /** The session's summary report, through the disclosure policy, as one HTML page. */
  @Benchmark
  public String composeAndRenderHtml() {
    return html.render(composer.session(community, BenchmarkSession.ID));
  }

  /** The session's summary report as every CSV table: ratings, attendance and actions. */
  @Benchmark
  public void composeAndRenderCsv(Blackhole out) {
    SessionReport report = composer.session(community, BenchmarkSession.ID);
    for (CsvRenderer table : csv) {
      out.consume(table.render(report));
    }
  }

  private int csvCharacters() {
    SessionReport report = composer.session(community, BenchmarkSession.ID);
    int characters = 0;
    for (CsvRenderer table : csv) {
      characters += table.render(report).length();
    }
    return characters;
  }

  /**
   * Thread CPU time per operation of the three, measured in turns (each round runs all three), so
   * that a machine busy with other work slows them alike; the median of the rounds, after as many
   * rounds of warm-up. All three share one JVM here, unlike JMH's forks, so this is the harder
   * test. A cross-check of JMH's wall-clock ratios where the machine is shared.
   */
  static Map<String, Double> interleavedCpuMicros(int rounds, int operations) {
    ReportBenchmark bench = new ReportBenchmark();
    bench.setUp();
    Map<String, IntSupplier> tasks = new LinkedHashMap<>();
    tasks.put(JACKSON, () -> bench.jacksonSerialisationOfTheSession().length());
    tasks.put(HTML, () -> bench.composeAndRenderHtml().length());
    tasks.put(CSV, bench::csvCharacters);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, double[]> samples = new LinkedHashMap<>();
    tasks.keySet().forEach(k -> samples.put(k, new double[rounds]));
    long sink = 0;
    for (int round = -rounds; round < rounds; round++) { // as many rounds of warm-up as measured
      for (Map.Entry<String, IntSupplier> task : tasks.entrySet()) {
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < operations; i++) {
          sink += task.getValue().getAsInt();
        }
        if (round >= 0) {
          samples.get(task.getKey())[round] =
              (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / operations;
        }
      }
    }
    Map<String, Double> medians = new TreeMap<>();
    samples.forEach((name, times) -> medians.put(name, median(times)));
    consumed = sink;
    return medians;
  }

  /**
   * Runs the three benchmarks in {@value #ROUNDS} rounds, one fork of each per round, and prints
   * each round's ratios and then the median round's.
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions given = new CommandLineOptions(args);
    List<Map<String, Double>> rounds = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Map<String, Double> medians = new TreeMap<>();
      for (String benchmark : List.of(JACKSON, CSV, HTML)) {
        Options options =
            new OptionsBuilder()
                .parent(given)
                .include(ReportBenchmark.class.getName() + "\\." + benchmark + "$")
                .forks(1)
                .verbosity(VerboseMode.SILENT)
                .build();
        RunResult result = new Runner(options).runSingle();
        medians.put(benchmark, result.getPrimaryResult().getStatistics().getPercentile(50));
      }
      rounds.add(medians);
      System.out.print(
          ratios(
              medians,
              "JMH, wall-clock, round "
                  + round
                  + " of "
                  + ROUNDS
                  + ", each the median of its iterations"));
    }
    System.out.println(
        ratios(
            medianRound(rounds),
            "JMH, wall-clock, the median of the " + ROUNDS + " rounds' times and ratios"));
    System.out.println(ratios(interleavedCpuMicros(30, 500), "interleaved, thread CPU time"));
  }

  /**
   * Each benchmark's median time over the rounds, with each ratio the median of the rounds' own
   * ratios, so a round that ran in a slow spell of the machine moves neither. Returned as times
   * whose ratios to the baseline are those medians.
   */
  static Map<String, Double> medianRound(List<Map<String, Double>> rounds) {
    double base = median(rounds.stream().mapToDouble(r -> r.get(JACKSON)).toArray());
    Map<String, Double> times = new TreeMap<>();
    for (String benchmark : rounds.get(0).keySet()) {
      double ratio =
          median(rounds.stream().mapToDouble(r -> r.get(benchmark) / r.get(JACKSON)).toArray());
      times.put(benchmark, base * ratio);
    }
    return times;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The summary printed after the run: each benchmark's time and its ratio to the baseline. */
  static String ratios(Map<String, Double> micros, String how) {
    double base = micros.getOrDefault(JACKSON, Double.NaN);
    StringBuilder out =
        new StringBuilder("\nReport benchmark (" + how + "), one session of ")
            .append(BenchmarkSession.ATTENDEES)
            .append(" attendees, ")
            .append(BenchmarkSession.CONTRIBUTIONS)
            .append(" contributions, ")
            .append(BenchmarkSession.SCALING_ROUNDS)
            .append(" scaling rounds, ")
            .append(BenchmarkSession.ACTIONS)
            .append(" actions (µs per operation):\n");
    line(out, "Jackson serialisation of the session", micros.get(JACKSON), base, Double.NaN);
    line(out, "compose + HTML", micros.get(HTML), base, HTML_TARGET);
    line(out, "compose + CSV (all tables)", micros.get(CSV), base, CSV_TARGET);
    return out.toString();
  }

  private static void line(
      StringBuilder out, String name, Double score, double base, double target) {
    if (score == null) {
      out.append(String.format(Locale.ROOT, "  %-40s not run%n", name));
      return;
    }
    if (Double.isNaN(base)) {
      out.append(
          String.format(
              Locale.ROOT, "  %-40s %10.1f µs  (no Jackson baseline in this run)%n", name, score));
      return;
    }
    double ratio = score / base;
    out.append(String.format(Locale.ROOT, "  %-40s %10.1f µs  %6.2f× Jackson", name, score, ratio));
    if (!Double.isNaN(target)) {
      out.append(
          String.format(
              Locale.ROOT, "  (target ≤ %.1f×: %s)", target, ratio <= target ? "met" : "NOT met"));
    }
    out.append('\n');
  }
}
