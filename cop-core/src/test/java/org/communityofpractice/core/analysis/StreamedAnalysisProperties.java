package org.communityofpractice.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.TableFormat;

/**
 * Streaming the tables to their files as the sessions come writes the same bytes as building them
 * in memory and exporting them: one fold, two destinations.
 */
class StreamedAnalysisProperties {
  @Provide
  Arbitrary<List<Community>> networks() {
    return DomainArbitraries.communities(AnalysisProperties::withConsentAndRestrictions)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .uniqueElements(Community::id);
  }

  @Property(tries = 60)
  void streamedFilesAreTheExportedFilesByteForByte(
      @ForAll("networks") List<Community> communities, @ForAll boolean trusted, @ForAll boolean csv)
      throws IOException {
    Analysis analysis =
        trusted
            ? Analysis.builder().asOf(AnalysisProperties.AS_OF).withLivedExperience().build()
            : Analysis.asOf(AnalysisProperties.AS_OF);
    assertSameFiles(analysis, () -> communities.stream().flatMap(CommunitySession::of), csv);
  }

  /**
   * The synthetic network interleaves its communities, has series, actions followed up and pairs.
   */
  @Property(tries = 8)
  void streamedFilesAreTheExportedFilesForASyntheticNetwork(
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll @IntRange(min = 1, max = 4) int communities,
      @ForAll @IntRange(min = 0, max = 300) int sessions,
      @ForAll boolean csv)
      throws IOException {
    SyntheticNetwork network =
        SyntheticNetwork.builder().seed(seed).communities(communities).build();
    assertSameFiles(Analysis.asOf(network.after(sessions)), () -> network.sessions(sessions), csv);
  }

  /**
   * State spilled to temporary files at every turn (two series held, 64 bytes in memory, actions
   * joined with their small steps three at a time) gives the same files as state held throughout.
   */
  /** Two series or communities held, 64 bytes in memory, three actions joined at a time. */
  private static final TableFold.Limits TWO_HELD = new TableFold.Limits(2, 64, 3);

  /**
   * The share of tries, in percent, whose sessions come from more communities than {@link
   * #TWO_HELD} holds, below which the generator has stopped taking the spilled paths. It is 70 at
   * the fixed seed; were the seed to change, with about 0.7 of tries past the limits, Hoeffding
   * gives P(share below 30 in 40 tries) at most exp(-2 * 40 * 0.4^2), under 3e-6.
   */
  private static final double SPILLED_SHARE = 30;

  @Property(tries = 40)
  void spilledStateGivesTheSameFiles(
      @ForAll("networks") List<Community> communities,
      @ForAll @IntRange(min = 1, max = 4) int synthetic,
      @ForAll @IntRange(min = 0, max = 200) int sessions,
      @ForAll boolean csv)
      throws IOException {
    Assume.that(
        communities.stream()
            .noneMatch(c -> c.id().value().matches("c\\d{4}"))); // the synthetic ones' ids
    SyntheticNetwork network =
        SyntheticNetwork.builder().seed(sessions).communities(synthetic).build();
    Supplier<Stream<CommunitySession>> all =
        () ->
            Stream.concat(
                communities.stream().flatMap(CommunitySession::of), network.sessions(sessions));
    // the limits hold two communities' states: a third one's pushes the eldest to the spill, which
    // moves to a file past 64 bytes, so these tries take the spilled paths
    long communitiesMet = all.get().map(s -> s.community().id()).distinct().count();
    Statistics.label("spilled")
        .collect(communitiesMet > TWO_HELD.states() ? "past the limits" : "within them");
    Analysis held = Analysis.asOf(AnalysisProperties.AS_OF);
    Analysis spilled =
        Analysis.builder().asOf(AnalysisProperties.AS_OF).spillPast(TWO_HELD).build();
    assertSameFiles(held, spilled, all, csv);
    Statistics.label("spilled")
        .coverage(c -> c.check("past the limits").percentage(p -> p >= SPILLED_SHARE));
  }

  /** Each table streamed alone: only it is worked out, and its rows are the same. */
  @Property(tries = 8)
  void aTableStreamedAloneIsTheSame(
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll @IntRange(min = 0, max = 200) int sessions)
      throws IOException {
    SyntheticNetwork network = SyntheticNetwork.builder().seed(seed).communities(3).build();
    Analysis analysis = Analysis.asOf(network.after(sessions));
    AnalysisTables tables = analysis.run(network.sessions(sessions));
    for (Schema schema : Analysis.schemas()) {
      StringWriter out = new StringWriter();
      Analysis.Streaming fold =
          analysis.stream(Map.of(schema.name(), TableFormat.CSV.open(schema, out)));
      network.sessions(sessions).forEachOrdered(s -> accept(fold, s));
      assertThat(fold.finish()).isEqualTo(sessions);
      String held = TableFormat.CSV.write(tables.table(schema.name()).orElseThrow());
      assertThat(out.toString()).as(schema.name()).isEqualTo(held);
      assertThat(fold.rowCount(schema.name()))
          .isEqualTo(tables.table(schema.name()).orElseThrow().rowCount());
    }
  }

  private static void accept(Analysis.Streaming fold, CommunitySession s) {
    try {
      fold.accept(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSameFiles(
      Analysis analysis, Supplier<Stream<CommunitySession>> sessions, boolean csv)
      throws IOException {
    assertSameFiles(analysis, analysis, sessions, csv);
  }

  /** {@code held} built in memory and exported, {@code streamed} streamed: the same files. */
  private static void assertSameFiles(
      Analysis held, Analysis streamed, Supplier<Stream<CommunitySession>> sessions, boolean csv)
      throws IOException {
    TableFormat format = csv ? TableFormat.CSV : TableFormat.JSON_LINES;
    Path dir = Files.createTempDirectory("cop-streamed");
    try {
      List<Path> heldFiles = held.run(sessions.get()).export(dir.resolve("held"), format);
      List<Path> streamedFiles = streamed.export(sessions.get(), dir.resolve("streamed"), format);
      assertThat(streamedFiles.stream().map(Path::getFileName))
          .containsExactlyElementsOf(heldFiles.stream().map(Path::getFileName).toList());
      Map<String, byte[]> a = new LinkedHashMap<>();
      Map<String, byte[]> b = new LinkedHashMap<>();
      for (int i = 0; i < heldFiles.size(); i++) {
        a.put(heldFiles.get(i).getFileName().toString(), Files.readAllBytes(heldFiles.get(i)));
        b.put(
            streamedFiles.get(i).getFileName().toString(),
            Files.readAllBytes(streamedFiles.get(i)));
      }
      assertThat(b).hasSameSizeAs(a);
      a.forEach(
          (name, bytes) ->
              assertThat(new String(b.get(name), java.nio.charset.StandardCharsets.UTF_8))
                  .as(name)
                  .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
