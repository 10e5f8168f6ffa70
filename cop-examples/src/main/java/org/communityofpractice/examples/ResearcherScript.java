package org.communityofpractice.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.table.Row;

/**
 * A researcher's script: a seeded synthetic national network of communities, the analysis suite
 * folded over its sessions as they stream past, and the tidy tables written as CSV with their data
 * dictionaries, ready for {@code read.csv} in R or {@code pandas.read_csv}. Everything in the
 * network is fictional, so the script can be shared and rerun: the same seed gives the same tables.
 *
 * <pre>{@code
 * AnalysisTables tables = ResearcherScript.analyse(ResearcherScript.network(42), 2_000);
 * tables.exportCsv(folder.resolve("research-out"));
 * }</pre>
 */
public final class ResearcherScript {
  /** How many sessions the script analyses unless told otherwise. */
  public static final long SESSIONS = 2_000;

  private ResearcherScript() {}

  /**
   * Writes the tables into the folder given as the first argument (default {@code research-out}).
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "research-out");
    AnalysisTables tables = analyse(network(42), SESSIONS);
    List<Path> written = tables.exportCsv(out);
    System.out.printf(
        "analysed %d sessions of %d communities%n", tables.sessions(), tables.communities());
    written.forEach(p -> System.out.println("wrote " + p));
    System.out.printf(
        "mean change of the median across a series: %+.2f%n", meanMedianChange(tables));
  }

  /** A national network of 20 communities of 30 members, meeting monthly in series of six. */
  public static SyntheticNetwork network(long seed) {
    return SyntheticNetwork.builder()
        .seed(seed)
        .communities(20)
        .membersPerCommunity(30)
        .sessionsPerSeries(6)
        .build();
  }

  /** The analysis of the network's first {@code sessions} sessions, streamed one at a time. */
  public static AnalysisTables analyse(SyntheticNetwork network, long sessions) {
    return Analysis.asOf(network.after(sessions)).run(network.sessions(sessions));
  }

  /**
   * The mean of {@code median_change} over the series in {@code scaling_movement} that have one.
   */
  public static double meanMedianChange(AnalysisTables tables) {
    return tables.scalingMovement().rows().stream()
        .filter(r -> !r.isMissing("median_change"))
        .mapToDouble(r -> r.decimal("median_change"))
        .average()
        .orElse(Double.NaN);
  }

  /** Whether a row of {@code scaling_movement} moved up. */
  static boolean movedUp(Row row) {
    return !row.isMissing("median_change") && row.decimal("median_change") > 0;
  }
}
