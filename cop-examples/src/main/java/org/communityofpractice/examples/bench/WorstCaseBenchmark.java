package org.communityofpractice.examples.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.examples.PrisonReleaseSeries;
import org.communityofpractice.report.check.PublicationCheck;
import org.communityofpractice.report.mail.CirculationSettings;
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
 * Every check cop applies to text a person or a file supplies, fed its worst case — input shaped to
 * make a backtracking matcher retry from every position — at 10^4, 10^5 and 10^6 characters. {@link
 * #main} prints the milliseconds of one check at each size and the growth per tenfold: about 10 is
 * linear, about 100 quadratic (the email pattern cop once used took 12.6 s for 100,000 dots, the
 * publication check's address pattern seconds for 30,000 letters).
 *
 * <p>Not part of the build's tests; the tests hold each check under a generous time bound instead.
 * Run it with
 *
 * <pre class="shell">{@code
 * ./mvnw -B -q -Pbench-worst-case -DskipTests -pl cop-examples -am package
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class WorstCaseBenchmark {
  private static final Map<String, IntFunction<Runnable>> CHECKS = new LinkedHashMap<>();

  static {
    CHECKS.put(
        "email address (a@ and dots)",
        n -> {
          String text = "a@" + ".".repeat(n) + " ";
          return () -> refused(() -> ContactDetails.email(text));
        });
    CHECKS.put(
        "phone number (digits, then x)",
        n -> {
          String text = "1".repeat(n) + "x";
          return () -> refused(() -> ContactDetails.of(null, text));
        });
    CHECKS.put(
        "person id (letters, then !)",
        n -> {
          String text = "a".repeat(n) + "!";
          return () -> refused(() -> PersonId.of(text));
        });
    CHECKS.put(
        "role (words, then !)",
        n -> {
          String text = "a ".repeat(n / 2) + "!";
          return () -> refused(() -> Actor.role(text));
        });
    CHECKS.put(
        "circulation address (dots, then space)",
        n -> {
          String text = "a@" + "b.".repeat(n / 2) + " ";
          return () ->
              refused(
                  () ->
                      CirculationSettings.builder()
                          .from(text, "@x")
                          .unsubscribe("leave@example.org")
                          .build());
        });
    CHECKS.put(
        "publication check (letters)",
        n -> {
          PublicationCheck check =
              PublicationCheck.of(
                  PrisonReleaseSeries.community(),
                  DisclosurePolicy.asOf(Instant.parse("2017-01-01T00:00:00Z")));
          String text = "a".repeat(n);
          return () -> check.check("conclusions[0]", text);
        });
    CHECKS.put(
        "publication check (digits and dashes)",
        n -> {
          PublicationCheck check =
              PublicationCheck.of(
                  PrisonReleaseSeries.community(),
                  DisclosurePolicy.asOf(Instant.parse("2017-01-01T00:00:00Z")));
          String text = "1111111-".repeat(n / 8);
          return () -> check.check("conclusions[0]", text);
        });
    CHECKS.put(
        "archive reader (an email of dots)",
        n -> {
          Community community = PrisonReleaseSeries.community();
          ArchiveJson archive = ArchiveJson.create();
          String json =
              archive
                  .write(community)
                  .replace("\"morgan@example.org\"", "\"a@" + ".".repeat(n) + " \"");
          return () -> {
            try {
              archive.read(json);
            } catch (org.communityofpractice.core.json.ArchiveFormatException expected) {
              return;
            }
            throw new IllegalStateException("the worst case was accepted");
          };
        });
    CHECKS.put(
        "archive reader (people's ids of one hash)",
        n -> {
          // "Aa" and "BB" share String's hash, so do all ids of such pairs: n characters of ids
          Community base = PrisonReleaseSeries.community();
          MemberRegister.Builder register = MemberRegister.builder().from(base.register());
          int blocks = 16;
          for (int k = 0; k < n / (2 + 2 * blocks); k++) {
            StringBuilder id = new StringBuilder("p-");
            for (int i = 0; i < blocks; i++) {
              id.append((k >>> i & 1) == 0 ? "Aa" : "BB");
            }
            register.addPerson(
                Person.builder()
                    .id(PersonId.of(id.toString()))
                    .name("Member " + k)
                    .joined(LocalDate.of(2016, 1, 1))
                    .build());
          }
          ArchiveJson archive = ArchiveJson.create();
          String json =
              archive.write(Community.builder().from(base).register(register.build()).build());
          return () -> {
            try {
              archive.read(json);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          };
        });
  }

  /** The check. */
  @Param({"email address (a@ and dots)"})
  public String check;

  /** Characters of input. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  private Runnable run;

  @Setup
  public void setUp() {
    run = CHECKS.get(check).apply(size);
  }

  /** One check of the worst-case input. */
  @Benchmark
  public void worstCase() {
    run.run();
  }

  private static void refused(Runnable check) {
    try {
      check.run();
    } catch (RuntimeException expected) {
      return;
    }
    throw new IllegalStateException("the worst case was accepted");
  }

  /** Runs every check at every size and prints the milliseconds and the growth per tenfold. */
  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(WorstCaseBenchmark.class.getName() + "\\.worstCase$")
            .param("check", CHECKS.keySet().toArray(String[]::new))
            .verbosity(VerboseMode.SILENT)
            .timeout(TimeValue.minutes(5))
            .build();
    Map<String, Map<Integer, Double>> millis = new LinkedHashMap<>();
    for (RunResult r : new Runner(options).run()) {
      millis
          .computeIfAbsent(r.getParams().getParam("check"), k -> new LinkedHashMap<>())
          .put(Integer.parseInt(r.getParams().getParam("size")), r.getPrimaryResult().getScore());
    }
    System.out.println(
        "worst-case input for each check of supplied text (ms per check, single shot, mean of 5):");
    System.out.printf(
        Locale.ROOT,
        "%-40s %10s %10s %10s %9s %9s%n",
        "check",
        "10^4",
        "10^5",
        "10^6",
        "x 4→5",
        "x 5→6");
    millis.forEach(
        (c, byN) -> {
          double a = byN.getOrDefault(10_000, Double.NaN);
          double b = byN.getOrDefault(100_000, Double.NaN);
          double d = byN.getOrDefault(1_000_000, Double.NaN);
          System.out.printf(
              Locale.ROOT, "%-40s %10.2f %10.2f %10.2f %9.1f %9.1f%n", c, a, b, d, b / a, d / b);
        });
    System.out.println(
        "(growth about 10 per tenfold is linear, about 100 quadratic; a check bounded before it"
            + " matches stays flat)");
  }
}
