package org.communityofpractice.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.csv.CsvRenderer;
import org.communityofpractice.report.csv.ReportTable;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How the cost of a report grows with its size: one series of sessions holding 10^3, 10^4 and 10^5
 * actions in all, and as many small steps, each following an action of the session before (the
 * shape that made the series report quadratic: every action once scanned every session's steps);
 * and one session holding that many actions and small steps (the shape that made the session
 * report's csv quadratic: every action scanned every step). It composes the report and renders it
 * in every format found, and {@link #main} prints the time at each size and how much it grew per
 * tenfold: about 10 is linear, about 100 quadratic.
 *
 * <p>Not part of the build's tests. Run it with
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -Pbench-scale -DskipTests -pl cop-examples -am package
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ScaleBenchmark {
  /** Actions (and small steps) in each session; the session count makes up the total. */
  static final int PER_SESSION = 100;

  @Param({"1000", "10000", "100000"})
  public int actions;

  /** "csv" is the csv format's default table (ratings); "csv-actions" its actions table. */
  @Param({"compose", "html", "markdown", "text", "csv", "csv-actions", "json"})
  public String format;

  /**
   * "series": the series report of many sessions of {@value #PER_SESSION} actions each; "session":
   * the report of one session holding all the actions and as many small steps.
   */
  @Param({"series", "session"})
  public String shape;

  private Community community;
  private Series series;
  private SessionId last;
  private ReportComposer composer;
  private ReportRenderer renderer;
  private Report composed;

  @Setup
  public void setUp() {
    boolean oneSession = shape.equals("session");
    community = community(actions, oneSession ? actions : PER_SESSION);
    series = community.series().get(0);
    last = community.sessions().get(community.sessions().size() - 1).id();
    composer = ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2030-01-01T00:00:00Z")));
    composed = compose();
    renderer =
        switch (format) {
          case "compose" -> null;
          case "csv-actions" -> CsvRenderer.builder().table(ReportTable.ACTIONS).build();
          default -> ReportRenderers.load().get(format);
        };
  }

  private Report compose() {
    return shape.equals("session")
        ? composer.session(community, last)
        : composer.series(community, series.id());
  }

  /** Composes the report ("compose"), or renders the composed report in the format. */
  @Benchmark
  public int report() {
    if (renderer == null) {
      return compose().hashCode();
    }
    return renderer.render(composed).length();
  }

  /**
   * A community whose one series holds {@code actions} actions and as many small steps, {@code
   * perSession} to a session (at least two sessions: the first session's actions have no steps
   * yet).
   */
  static Community community(int actions, int perSession) {
    Community shell =
        SyntheticNetwork.builder()
            .seed(12)
            .communities(1)
            .sessionsPerSeries(2)
            .build()
            .community(0, 1);
    Session first = shell.sessions().get(0);
    Series series = shell.series().get(0);
    int sessions = Math.max(2, actions / perSession);
    List<Session> made = new ArrayList<>(sessions);
    List<ActionId> previous = List.of();
    for (int s = 0; s < sessions; s++) {
      SessionId id = SessionId.of("scale-" + s);
      List<Action> agreed = new ArrayList<>(perSession);
      List<SmallStep> steps = new ArrayList<>(perSession);
      for (int a = 0; a < perSession; a++) {
        ActionId action = ActionId.of("scale-" + s + "-a" + a);
        agreed.add(
            Action.builder().id(action).text("Action " + a).addOwner(first.facilitator()).build());
        if (!previous.isEmpty()) {
          steps.add(
              SmallStep.builder().text("A small step " + a).followsAction(previous.get(a)).build());
        }
      }
      made.add(
          Session.builder()
              .from(first)
              .id(id)
              .series(series.id())
              .startsAt(first.startsAt().plusDays(7L * s))
              .nextSession(Optional.empty())
              .actions(agreed)
              .smallSteps(steps)
              .build());
      previous = agreed.stream().map(Action::id).toList();
    }
    return Community.builder().from(shell).sessions(made).build();
  }

  /** Runs every size and format and prints the milliseconds and the growth per tenfold. */
  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(ScaleBenchmark.class.getName() + "\\.report$")
            .verbosity(VerboseMode.SILENT)
            .warmupIterations(1)
            .measurementIterations(3)
            .timeout(TimeValue.minutes(5))
            .build();
    Map<String, Map<String, Map<Integer, Double>>> millis = new LinkedHashMap<>();
    for (RunResult r : new Runner(options).run()) {
      String f = r.getParams().getParam("format");
      String shape = r.getParams().getParam("shape");
      int n = Integer.parseInt(r.getParams().getParam("actions"));
      millis
          .computeIfAbsent(shape, k -> new LinkedHashMap<>())
          .computeIfAbsent(f, k -> new LinkedHashMap<>())
          .put(n, r.getPrimaryResult().getScore());
    }
    millis.forEach(ScaleBenchmark::print);
    System.out.println("(growth about 10 per tenfold is linear; about 100 would be quadratic)");
  }

  private static void print(String shape, Map<String, Map<Integer, Double>> millis) {
    System.out.println(
        shape.equals("session")
            ? "session report, one session with N actions and N small steps (ms per report, single"
                + " shot):"
            : "series report, one series, N actions and N small steps (ms per report, single"
                + " shot):");
    System.out.printf(
        Locale.ROOT,
        "%-12s %12s %12s %12s %10s %10s%n",
        "",
        "10^3",
        "10^4",
        "10^5",
        "x 10^3→4",
        "x 10^4→5");
    millis.forEach(
        (f, byN) -> {
          double a = byN.getOrDefault(1000, Double.NaN);
          double b = byN.getOrDefault(10000, Double.NaN);
          double c = byN.getOrDefault(100000, Double.NaN);
          System.out.printf(
              Locale.ROOT, "%-12s %12.1f %12.1f %12.1f %10.1f %10.1f%n", f, a, b, c, b / a, c / b);
        });
  }
}
