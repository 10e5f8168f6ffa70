package org.communityofpractice.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.Durability;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.LiveSession;
import org.communityofpractice.examples.GuideExample;
import org.communityofpractice.examples.LiveCaptureWithRecovery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What recording one captured event durably costs, next to the database most people would reach
 * for: recording a contribution in a {@link LiveSession} of a {@link FileArchiveStore} under {@link
 * Durability#everyEvent()} (in the session's journal, on the disk, when the call returns), against
 * inserting the same line as a row into SQLite in WAL mode with {@code synchronous=FULL} (on the
 * disk when the commit returns), one event a transaction, both in the same folder on the same disk.
 * The journal is reached as every program reaches it, through the live session's recorder, so its
 * checks of the event are part of the figure. The target is the journal at most 1.2× SQLite.
 *
 * <p>Both are bound by the disk's flush, whose time swings with what else the machine writes; so,
 * as in {@link ReportBenchmark}, {@link #main} runs the two in {@value #ROUNDS} rounds, a fork of
 * each in turn, and prints every round's ratio and the median of the rounds' ratios.
 *
 * <p>SQLite is reached through JDBC and its driver ({@code org.xerial:sqlite-jdbc}) is on the class
 * path only in the benchmark's profile: it is never a dependency of cop. Run it with
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -Pbench-journal -DskipTests -pl cop-examples -am package
 * }</pre>
 *
 * <p>The folder defaults to one under {@code java.io.tmpdir}; set {@code -Dcop.bench.dir=DIR} to
 * measure another disk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JournalBenchmark {
  static final String JOURNAL = "journalAppendWithFsync";
  static final String SQLITE = "sqliteWalInsertSynchronousFull";
  static final double TARGET = 1.2;

  /** How many times {@link #main} runs the two, one fork each, in turn. */
  static final int ROUNDS = 3;

  /** The event both sides write: a contribution of an ordinary length. */
  static final CaptureEvent EVENT =
      new CaptureEvent.Contributed(
          Contribution.of(
              ContributionKind.GOOD_PRACTICE,
              "The night shelter keeps two beds free on Fridays for people released that afternoon"));

  static Path folder(String prefix) throws IOException {
    String dir = System.getProperty("cop.bench.dir");
    Path parent = dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(dir);
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, prefix);
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * A fresh store and live session for each iteration, so every iteration appends to a new journal.
   */
  @State(Scope.Thread)
  public static class JournalState {
    Path folder;
    LiveSession live;

    @Setup(Level.Iteration)
    public void open() throws IOException {
      folder = folder("cop-journal-bench");
      FileArchiveStore store =
          FileArchiveStore.builder(folder).durability(Durability.everyEvent()).build();
      store.save(GuideExample.community(), ArchiveVersion.NONE);
      live = store.startSession(GuideExample.ID, LiveCaptureWithRecovery.plan());
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
      live.close();
      delete(folder);
    }
  }

  /** A fresh SQLite database in WAL mode with full synchronisation for each iteration. */
  @State(Scope.Thread)
  public static class SqliteState {
    Path folder;
    Connection connection;
    PreparedStatement insert;
    long seq;
    String row;

    @Setup(Level.Iteration)
    public void open() throws IOException, SQLException {
      folder = folder("cop-sqlite-bench");
      connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("session.db"));
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, event TEXT NOT NULL)");
      }
      connection.setAutoCommit(true); // one event a transaction, as the journal forces each one
      insert = connection.prepareStatement("INSERT INTO events (seq, event) VALUES (?, ?)");
      row =
          "{\"type\":\"Contributed\",\"contribution\":{\"kind\":\"GOOD_PRACTICE\",\"text\":\""
              + ((CaptureEvent.Contributed) EVENT).contribution().text()
              + "\"}}";
      seq = 0;
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException, SQLException {
      insert.close();
      connection.close();
      delete(folder);
    }
  }

  /** One event recorded, appended to the journal and forced to the disk. */
  @Benchmark
  public void journalAppendWithFsync(JournalState state) {
    state.live.recorder().record(EVENT);
  }

  /** The same event as a row, committed in WAL mode with {@code synchronous=FULL}. */
  @Benchmark
  public int sqliteWalInsertSynchronousFull(SqliteState state) {
    try {
      state.insert.setLong(1, ++state.seq);
      state.insert.setString(2, state.row);
      return state.insert.executeUpdate();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /** Runs the two in {@value #ROUNDS} rounds, one fork each per round, and prints the ratios. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions given = new CommandLineOptions(args);
    List<double[]> rounds = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      double[] medians = new double[2];
      int i = 0;
      for (String benchmark : List.of(SQLITE, JOURNAL)) {
        Options options =
            new OptionsBuilder()
                .parent(given)
                .include(JournalBenchmark.class.getName() + "\\." + benchmark + "$")
                .forks(1)
                .verbosity(VerboseMode.SILENT)
                .build();
        RunResult result = new Runner(options).runSingle();
        medians[i++] = result.getPrimaryResult().getStatistics().getPercentile(50);
      }
      rounds.add(medians);
      System.out.printf(
          Locale.ROOT,
          "round %d of %d: SQLite WAL insert %.1f µs, journal append %.1f µs: %.2f× SQLite%n",
          round,
          ROUNDS,
          medians[0],
          medians[1],
          medians[1] / medians[0]);
    }
    double[] ratios = rounds.stream().mapToDouble(m -> m[1] / m[0]).toArray();
    double[] sqlite = rounds.stream().mapToDouble(m -> m[0]).toArray();
    double[] journal = rounds.stream().mapToDouble(m -> m[1]).toArray();
    double ratio = median(ratios);
    System.out.printf(
        Locale.ROOT,
        "%nJournal benchmark, one captured event forced to the disk (median of %d rounds):%n"
            + "  SQLite, WAL, synchronous=FULL, one insert a transaction  %8.1f µs%n"
            + "  cop journal, Durability.everyEvent()                     %8.1f µs  %.2f× SQLite  (target ≤ %.1f×: %s)%n",
        ROUNDS,
        median(sqlite),
        median(journal),
        ratio,
        TARGET,
        ratio <= TARGET ? "met" : "NOT met");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
