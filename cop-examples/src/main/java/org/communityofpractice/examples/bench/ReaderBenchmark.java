package org.communityofpractice.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
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
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How fast the strict archive reader reads, beside Jackson's own databind reading the same bytes
 * into plain maps and lists: one synthetic community of {@value #SESSIONS} sessions, written by
 * {@link ArchiveJson} (about 5 MB), read from memory on one thread, so the figures are MB/s per
 * core. The target is the reader at least 0.5× Jackson's throughput, though the reader checks every
 * value, every reference and every invariant of the model and builds it, where Jackson only builds
 * maps.
 *
 * <p>{@link #main} runs each with JMH in {@value #ROUNDS} rounds, a fork of each in turn, prints
 * each round's figures and the median of the rounds' ratios, and then measures the two in turns by
 * thread CPU time in one JVM, which a shared machine disturbs less (on a loaded machine JMH's short
 * runs may also end before the reader is compiled, so its wall-clock figures are the less
 * trustworthy). Not part of the build's tests:
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -Pbench-reader -DskipTests -pl cop-examples -am package
 * ./mvnw -B -q -Pbench-reader -DskipTests -pl cop-examples -am package -Djmh.args="-wi 3 -i 3"
 * }</pre>
 *
 * <p>Last measured on 2026-12-06 late evening (2 cores, load average 1.3–1.6 while it ran, the
 * archive 5.21 MB): the reader 290 MB/s against Jackson's 574 MB/s, 0.51×, by JMH (the median of
 * three rounds of 0.51×, 0.54× and 0.51×), and 248 against 527 MB/s, 0.47×, by thread CPU time, so
 * the target is met by JMH and only nearly by thread CPU time. The same day, before the session and
 * scaling readers read their fields one by one with plain locals, the strict UTF-8 check stopped
 * copying a parser's reads twice and the model's checks of rounds and sessions did less twice, it
 * measured 0.41× by JMH and 0.43× by thread CPU time at a load average of 1.2–1.5; 0.18× before the
 * reader's ids, dates, repeated-name checks and references were made cheaper. Where the time goes
 * now (sampled with async-profiler and {@code -XX:+DebugNonSafepoints}): about a third in Jackson's
 * tokenizer, a sixteenth in the strict UTF-8 check, a fifth in the model's own checks (a tenth in
 * {@code Community}'s final walk over its sessions, which meets each session again long after it
 * was read, half of it looking for people the register must hold), and the rest in the reader's own
 * work and the builders for each of some 41,000 objects (22,500 of them ratings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = ReaderBenchmark.WARMUPS, time = 2)
@Measurement(iterations = ReaderBenchmark.MEASUREMENTS, time = 2)
@Fork(1)
public class ReaderBenchmark {
  /** Sessions in the archive read: 1,000, the size of the archives (4.4 MB each). */
  static final int SESSIONS = 1_000;

  static final String COP = "copReader";
  static final String JACKSON = "jacksonIntoMaps";
  static final double TARGET = 0.5;
  static final int ROUNDS = 3;

  /**
   * JMH's warm-up iterations of 2 s: 16 s, some 500 reads of the archive, which the reader needs to
   * reach its speed on a loaded machine (it has more code to compile than Jackson); six iterations
   * were too few there. {@link #main} says when a run was still getting faster.
   */
  static final int WARMUPS = 8;

  /** JMH's measured iterations of 2 s. */
  static final int MEASUREMENTS = 5;

  /** Interleaved rounds of reads of each before the measured ones, for the same reason. */
  static final int CPU_WARMUP_ROUNDS = 30;

  /**
   * How much slower than the median the first measured iteration may be for the run to count as
   * warmed up.
   */
  static final double STEADY = 0.05;

  // written, never read: what the reads return goes somewhere the JIT cannot see through
  @SuppressWarnings("UnusedVariable")
  private static volatile long consumed;

  private byte[] archive;
  private ArchiveJson json;
  private ObjectMapper mapper;

  /** The archive's bytes, as {@code cop} writes it; the same seed every run. */
  static byte[] archive() {
    Community community =
        SyntheticNetwork.builder().seed(19).communities(1).build().community(0, SESSIONS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ArchiveJson.create().write(community, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Setup
  public void setUp() {
    archive = archive();
    json = ArchiveJson.create();
    mapper = new ObjectMapper();
  }

  /** The strict reader: every check, the whole model built. */
  @Benchmark
  public Community copReader() throws IOException {
    return json.read(new ByteArrayInputStream(archive));
  }

  /** The baseline: Jackson's databind reading the same document into maps and lists. */
  @Benchmark
  public Map<?, ?> jacksonIntoMaps() throws IOException {
    return mapper.readValue(archive, Map.class);
  }

  /**
   * Thread CPU milliseconds per read of each, measured in turns, the median of the rounds after the
   * warm-up rounds.
   */
  static Map<String, Double> interleavedCpuMillis(int warmups, int rounds, int reads) {
    ReaderBenchmark bench = new ReaderBenchmark();
    bench.setUp();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, double[]> samples = new LinkedHashMap<>();
    samples.put(COP, new double[rounds]);
    samples.put(JACKSON, new double[rounds]);
    long sink = 0;
    try {
      for (int round = -warmups; round < rounds; round++) {
        for (String name : samples.keySet()) {
          long start = cpu.getCurrentThreadCpuTime();
          for (int i = 0; i < reads; i++) {
            sink +=
                name.equals(COP)
                    ? bench.copReader().sessions().size()
                    : bench.jacksonIntoMaps().size();
          }
          if (round >= 0) {
            samples.get(name)[round] = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / reads;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    consumed = sink;
    Map<String, Double> medians = new LinkedHashMap<>();
    samples.forEach((name, times) -> medians.put(name, median(times)));
    return medians;
  }

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions given = new CommandLineOptions(args);
    int bytes = archive().length;
    List<Map<String, Double>> rounds = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Map<String, Double> millis = new LinkedHashMap<>();
      for (String benchmark : List.of(COP, JACKSON)) {
        Options options =
            new OptionsBuilder()
                .parent(given)
                .include(ReaderBenchmark.class.getName() + "\\." + benchmark + "$")
                .forks(1)
                .verbosity(VerboseMode.SILENT)
                .build();
        RunResult result = new Runner(options).runSingle();
        millis.put(benchmark, result.getPrimaryResult().getStatistics().getPercentile(50));
        warmedUp(result, benchmark).ifPresent(System.out::print);
      }
      rounds.add(millis);
      System.out.print(summary(millis, bytes, "JMH, wall-clock, round " + round + " of " + ROUNDS));
    }
    Map<String, Double> median = new LinkedHashMap<>();
    double cop = median(rounds.stream().mapToDouble(r -> r.get(COP)).toArray());
    double ratio = median(rounds.stream().mapToDouble(r -> r.get(JACKSON) / r.get(COP)).toArray());
    median.put(COP, cop);
    median.put(JACKSON, cop * ratio);
    System.out.print(
        summary(median, bytes, "JMH, wall-clock, the median of the " + ROUNDS + " rounds"));
    System.out.print(
        summary(
            interleavedCpuMillis(CPU_WARMUP_ROUNDS, 10, 5), bytes, "interleaved, thread CPU time"));
  }

  /**
   * A warning when a run's first measured iteration was more than {@link #STEADY} slower than the
   * median of them: it was still warming up, and its figure is the less trustworthy.
   */
  static Optional<String> warmedUp(RunResult result, String benchmark) {
    for (BenchmarkResult run : result.getBenchmarkResults()) {
      double[] scores =
          run.getIterationResults().stream()
              .mapToDouble(i -> i.getPrimaryResult().getScore())
              .toArray();
      if (scores.length > 1 && scores[0] > median(scores) * (1 + STEADY)) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "%n  (%s was still getting faster while measured: %.1f ms at first, %.1f ms the median)%n",
                benchmark,
                scores[0],
                median(scores)));
      }
    }
    return Optional.empty();
  }

  /** Each reader's MB/s (10^6 bytes a second, one thread) and cop's as a share of Jackson's. */
  static String summary(Map<String, Double> millis, int bytes, String how) {
    double copRate = bytes / 1e3 / millis.get(COP);
    double jacksonRate = bytes / 1e3 / millis.get(JACKSON);
    double ratio = copRate / jacksonRate;
    return String.format(
        Locale.ROOT,
        "%nReader benchmark (%s), one archive of %d sessions, %.2f MB:%n"
            + "  %-44s %8.1f ms  %7.1f MB/s%n"
            + "  %-44s %8.1f ms  %7.1f MB/s%n"
            + "  cop's reader at %.2f× Jackson's throughput (target ≥ %.1f×: %s)%n",
        how,
        SESSIONS,
        bytes / 1e6,
        "cop's strict reader (ArchiveJson.read)",
        millis.get(COP),
        copRate,
        "Jackson databind into maps (readValue Map)",
        millis.get(JACKSON),
        jacksonRate,
        ratio,
        TARGET,
        ratio >= TARGET ? "met" : "NOT met");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
