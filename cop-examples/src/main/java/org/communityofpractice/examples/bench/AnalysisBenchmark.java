package org.communityofpractice.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole analysis suite over 10^4, 10^5 and 10^6 synthetic sessions on one thread. Each
 * operation streams the sessions from a seeded {@link SyntheticNetwork} of 100 communities and
 * folds them into every table, so generation is part of the cost; {@link #generateOnly} measures
 * generation alone, so the analysis' own share can be told apart. The peak heap used during each
 * iteration is sampled, and the benchmark thread's CPU time taken, and both are written beside the
 * results for {@link AnalysisBench}.
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -pl cop-examples -am -DskipTests -Pbench-analysis package
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {AnalysisBenchmark.HEAP, AnalysisBenchmark.HEAP_AT_START})
@Threads(1)
public class AnalysisBenchmark {
  /**
   * Where each fork writes the peak heap it saw, one file per size; set by {@link AnalysisBench}.
   */
  static final String HEAP_DIRECTORY = "cop.bench.heap";

  static final int COMMUNITIES = 100;

  /**
   * The heap each fork runs with; {@link AnalysisBench} must pass these again, as its own JVM
   * arguments replace these.
   */
  static final String HEAP = "-Xmx2g";

  static final String HEAP_AT_START = "-Xms2g";

  @Param({"10000", "100000", "1000000"})
  public long sessions;

  private SyntheticNetwork network;
  private Analysis analysis;

  /** The last result, held until the iteration ends so that what it retains can be measured. */
  private AnalysisTables last;

  private HeapSampler sampler;
  private long peak;
  private long cpuAtStart;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Setup(Level.Trial)
  public void network() {
    network = SyntheticNetwork.builder().seed(2026).communities(COMMUNITIES).build();
    analysis = Analysis.asOf(network.after(sessions));
  }

  @Setup(Level.Iteration)
  public void startSampling() {
    System.gc();
    sampler = new HeapSampler();
    sampler.start();
    cpuAtStart = threads.getCurrentThreadCpuTime();
  }

  /**
   * Writes the peak heap and this iteration's CPU time of the benchmark thread. The machine may be
   * shared, so wall-clock time can overstate the cost; CPU time of the one thread does not.
   */
  @TearDown(Level.Iteration)
  public void stopSampling(BenchmarkParams params) throws IOException {
    long cpu = threads.getCurrentThreadCpuTime() - cpuAtStart;
    peak = Math.max(peak, sampler.finish());
    System.gc();
    long retained =
        ManagementFactory.getMemoryMXBean()
            .getHeapMemoryUsage()
            .getUsed(); // the tables, the network
    last = null;
    String dir = System.getProperty(HEAP_DIRECTORY);
    if (dir != null) {
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      Files.writeString(
          Path.of(dir, "peak-heap-" + method + "-" + sessions + ".txt"),
          Long.toString(peak),
          StandardCharsets.UTF_8);
      Files.writeString(
          Path.of(dir, "cpu-" + method + "-" + sessions + ".txt"),
          cpu + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Files.writeString(
          Path.of(dir, "retained-" + method + "-" + sessions + ".txt"),
          Long.toString(retained),
          StandardCharsets.UTF_8);
      Files.writeString(
          Path.of(dir, "max-heap.txt"),
          Long.toString(Runtime.getRuntime().maxMemory()),
          StandardCharsets.UTF_8);
    }
  }

  /**
   * The whole suite: scaling, movement, pairs, attendance, retention, representation, actions,
   * contributions.
   */
  @Benchmark
  public AnalysisTables analyse() {
    last = analysis.run(network.sessions(sessions));
    return last;
  }

  /** Generating the sessions and nothing else. */
  @Benchmark
  public void generateOnly(Blackhole hole) {
    network.sessions(sessions).forEach(hole::consume);
  }

  /**
   * Samples the heap in use (or another measure of it) every few milliseconds on a daemon thread.
   */
  static final class HeapSampler extends Thread {
    private final LongSupplier measure;
    private volatile boolean running = true;
    private volatile long max;

    HeapSampler() {
      this(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    HeapSampler(LongSupplier measure) {
      super("heap-sampler");
      this.measure = measure;
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        max = Math.max(max, measure.getAsLong());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** Stops sampling; the most seen. */
    long finish() {
      running = false;
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Math.max(max, measure.getAsLong());
    }
  }
}
