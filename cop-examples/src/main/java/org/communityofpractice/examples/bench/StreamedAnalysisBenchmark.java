package org.communityofpractice.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.table.TableFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The whole analysis suite streamed to CSV files, over 10^5 and 10^7 synthetic sessions on one
 * thread in a 2 GiB heap: each operation makes the sessions one at a time from a seeded {@link
 * SyntheticNetwork} of 1,000 communities (never holding them) and folds them through {@link
 * Analysis#export}, every table and its dictionary written to files as the rows come. The benchmark
 * thread's CPU time and the peak heap of each iteration are written beside the results for {@link
 * StreamedAnalysisBench}, which prints the cost per session at each size and their ratio.
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -pl cop-examples -am -DskipTests -Pbench-analysis-streamed package
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {AnalysisBenchmark.HEAP, AnalysisBenchmark.HEAP_AT_START})
@Threads(1)
public class StreamedAnalysisBenchmark {
  /**
   * Communities in the network: a thousand, so that 10^7 monthly sessions stay within the calendar
   * (10^4 each); a hundred would run past the year 9999.
   */
  static final int COMMUNITIES = 1000;

  @Param({"100000", "10000000"})
  public long sessions;

  private SyntheticNetwork network;
  private Analysis analysis;
  private Path out;
  private AnalysisBenchmark.HeapSampler sampler;
  private AnalysisBenchmark.HeapSampler live;
  private long peak;
  private long peakLive;
  private long cpuAtStart;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Setup(Level.Trial)
  public void network() throws IOException {
    network = SyntheticNetwork.builder().seed(2026).communities(COMMUNITIES).build();
    analysis = Analysis.asOf(network.after(sessions));
    out = Files.createTempDirectory("cop-streamed-bench");
  }

  @Setup(Level.Iteration)
  public void startSampling() {
    System.gc();
    sampler = new AnalysisBenchmark.HeapSampler();
    sampler.start();
    live = new AnalysisBenchmark.HeapSampler(StreamedAnalysisBenchmark::afterCollection);
    live.start();
    cpuAtStart = threads.getCurrentThreadCpuTime();
  }

  /** Writes this iteration's CPU time, the peak heap and the bytes written, for the runner. */
  @TearDown(Level.Iteration)
  public void stopSampling(BenchmarkParams params) throws IOException {
    long cpu = threads.getCurrentThreadCpuTime() - cpuAtStart;
    peak = Math.max(peak, sampler.finish());
    peakLive = Math.max(peakLive, live.finish());
    long bytes = 0;
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        bytes += Files.size(f);
      }
    }
    String dir = System.getProperty(AnalysisBenchmark.HEAP_DIRECTORY);
    if (dir != null) {
      Files.writeString(
          Path.of(dir, "streamed-peak-heap-" + sessions + ".txt"),
          Long.toString(peak),
          StandardCharsets.UTF_8);
      Files.writeString(
          Path.of(dir, "streamed-cpu-" + sessions + ".txt"),
          cpu + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Files.writeString(
          Path.of(dir, "streamed-live-heap-" + sessions + ".txt"),
          Long.toString(peakLive),
          StandardCharsets.UTF_8);
      Files.writeString(
          Path.of(dir, "streamed-bytes-" + sessions + ".txt"),
          Long.toString(bytes),
          StandardCharsets.UTF_8);
      Files.writeString(
          Path.of(dir, "max-heap.txt"),
          Long.toString(Runtime.getRuntime().maxMemory()),
          StandardCharsets.UTF_8);
    }
  }

  @TearDown(Level.Trial)
  public void removeFiles() throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  /**
   * The heap in use just after the latest collection, summed over the heap's pools: what the fold
   * holds, garbage left out (the heap in use otherwise counts garbage, and with a 2 GiB heap set
   * from the start a collector lets it reach near the limit).
   */
  static long afterCollection() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  /** Every table streamed to its CSV file; the files written. */
  @Benchmark
  public List<Path> analyseToFiles() throws IOException {
    return analysis.export(network.sessions(sessions), out, TableFormat.CSV);
  }
}
