package org.communityofpractice.examples.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of the installed {@code cop} against a JVM hello world, side by side in one run: each
 * round starts a fresh process for each command, in turn, so a slow spell of the machine falls on
 * all of them alike; the medians are compared, of wall time and (on Linux) of processor time. The
 * target is {@code cop validate} and {@code cop render} within {@value #TARGET}× hello world in
 * wall time (cop's own target, from the tool's issue: a command should feel as quick to start as
 * the JVM allows); the last line says whether they are. Given a second distribution (a copy of an
 * earlier build's, say), its {@code validate} and {@code render} run in the same rounds, so that
 * two builds are compared side by side rather than at different loads.
 *
 * <pre class="shell">
 * ./mvnw -B -q -pl cop-examples -am -DskipTests -Pbench-cold-start package
 * java -cp cop-examples/target/classes org.communityofpractice.examples.bench.ColdStart cop-examples/target/cop 15
 * java -cp cop-examples/target/classes org.communityofpractice.examples.bench.ColdStart cop-examples/target/cop 15 /tmp/cop-before
 * </pre>
 */
public final class ColdStart {
  /** How many times hello world's start-up {@code cop validate} and {@code cop render} may take. */
  static final double TARGET = 6.0;

  private static final String HELLO = "java HelloWorld";
  private static final String VALIDATE = "cop validate";
  private static final String RENDER = "cop render (html)";

  private ColdStart() {}

  /**
   * Runs the comparison.
   *
   * @param args the distribution's folder, then the number of rounds (default 15), then optionally
   *     another distribution's folder to run beside it
   */
  public static void main(String[] args) throws Exception {
    Path dist = Path.of(args.length > 0 ? args[0] : "cop-examples/target/cop").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Path work = Files.createTempDirectory("cop-cold-start");
    String cop = dist.resolve("bin").resolve("cop").toString();
    run(work, List.of(cop, "demo", "--out", "demo"));
    String archive = "demo/archives/sotcop";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classes =
        Path.of(HelloWorld.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();

    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put(HELLO, List.of(java, "-cp", classes, HelloWorld.class.getName()));
    commands.put(VALIDATE, List.of(cop, "validate", archive));
    commands.put(RENDER, render(cop, archive));
    commands.put("cop --version", List.of(cop, "--version"));
    if (args.length > 2) {
      String other = Path.of(args[2]).toAbsolutePath().resolve("bin").resolve("cop").toString();
      commands.put(VALIDATE + ", other", List.of(other, "validate", archive));
      commands.put("render, other", render(other, archive));
    }
    // the same validate without the distribution's class-data sharing archive (the JDK's own only)
    String jar;
    try (var jars = Files.list(dist.resolve("lib"))) {
      jar =
          jars.map(Path::toString)
              .filter(n -> n.matches(".*cop-examples-[^/\\\\]*\\.jar"))
              .findFirst()
              .orElseThrow();
    }
    commands.put(
        "validate, no AppCDS",
        List.of(
            java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "validate", archive));

    Map<String, long[]> wall = new LinkedHashMap<>();
    Map<String, long[]> cpu = new LinkedHashMap<>();
    commands.keySet().forEach(k -> wall.put(k, new long[rounds]));
    commands.keySet().forEach(k -> cpu.put(k, new long[rounds]));
    for (List<String> command : commands.values()) {
      run(work, command); // warm the file cache once
    }
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        long cpuBefore = childrenCpuMillis();
        long start = System.nanoTime();
        run(work, c.getValue());
        wall.get(c.getKey())[r] = System.nanoTime() - start;
        cpu.get(c.getKey())[r] = (childrenCpuMillis() - cpuBefore) * 1_000_000;
      }
    }
    boolean cpuKnown = childrenCpuMillis() >= 0;
    double hello = median(wall.get(HELLO));
    double helloCpu = median(cpu.get(HELLO));
    System.out.printf(
        Locale.ROOT,
        "cold start, median of %d rounds (%d cores, load average %.1f as it started)%n",
        rounds,
        Runtime.getRuntime().availableProcessors(),
        load);
    System.out.printf(
        Locale.ROOT,
        "%-20s %9s %8s %9s %8s %9s%n",
        "command",
        "wall ms",
        "× hello",
        "cpu ms",
        "× hello",
        "cpu mean");
    for (String command : commands.keySet()) {
      double ms = median(wall.get(command));
      double cpuMs = median(cpu.get(command));
      System.out.printf(
          Locale.ROOT,
          "%-20s %9.0f %8.1f %9s %8s %9s%n",
          command,
          ms,
          ms / hello,
          cpuKnown ? String.format(Locale.ROOT, "%.0f", cpuMs) : "-",
          cpuKnown ? String.format(Locale.ROOT, "%.1f", cpuMs / helloCpu) : "-",
          // each run's processor time is counted in hundredths of a second: the mean of many
          // tells two builds apart where the median moves only by whole hundredths
          cpuKnown ? String.format(Locale.ROOT, "%.1f", mean(cpu.get(command))) : "-");
    }
    double validate = median(wall.get(VALIDATE)) / hello;
    double render = median(wall.get(RENDER)) / hello;
    System.out.printf(
        Locale.ROOT,
        "cop validate %.1f× and cop render %.1f× hello world (wall): %s the target of %.0f×%n",
        validate,
        render,
        Math.max(validate, render) <= TARGET ? "within" : "NOT within",
        TARGET);
  }

  private static List<String> render(String cop, String archive) {
    return List.of(
        cop,
        "render",
        archive,
        "--series",
        "prison-release-2016",
        "--format",
        "html",
        "--out",
        "series.html");
  }

  /**
   * The processor time of this JVM's finished child processes so far, in milliseconds, from {@code
   * /proc/self/stat} ({@code cutime} and {@code cstime}, in Linux's hundredths of a second); -1
   * where there is no such file. Less disturbed than wall time by a busy machine.
   */
  private static long childrenCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // the fields after the command name in brackets, the first of them field 3 (state)
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static double mean(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double mid = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return mid / 1e6;
  }

  private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(new ArrayList<>(command))
            .directory(dir.toFile())
            .redirectOutput(new File(dir.toFile(), "out.txt"))
            .redirectError(new File(dir.toFile(), "err.txt"))
            .start();
    if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() > 1) {
      p.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + Files.readString(dir.resolve("err.txt")));
    }
  }
}
