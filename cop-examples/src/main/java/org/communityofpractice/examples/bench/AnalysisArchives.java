package org.communityofpractice.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.synthetic.SyntheticNetwork;

/**
 * Writes synthetic community archives for the side-by-side analysis benchmark: {@code COMMUNITIES}
 * archives of {@code SESSIONS} sessions each, from a seeded {@link SyntheticNetwork}, as the JSON
 * archive writes them ({@code community-00.json}, …). The same seed always gives the same files.
 *
 * <pre class="shell">{@code
 * java -cp … org.communityofpractice.examples.bench.AnalysisArchives DIR 20 1000 [SEED]
 * }</pre>
 */
public final class AnalysisArchives {
  private AnalysisArchives() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: AnalysisArchives DIR COMMUNITIES SESSIONS_PER_COMMUNITY [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int communities = Integer.parseInt(args[1]);
    int sessions = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Files.createDirectories(dir);
    SyntheticNetwork network =
        SyntheticNetwork.builder().seed(seed).communities(communities).build();
    ArchiveJson json = ArchiveJson.create();
    long bytes = 0;
    for (int c = 0; c < communities; c++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "community-%02d.json", c));
      try (OutputStream out = Files.newOutputStream(file)) {
        json.write(network.community(c, sessions), out);
      }
      bytes += Files.size(file);
    }
    System.out.printf(
        Locale.ROOT,
        "wrote %d archives of %d sessions (%.1f MB) to %s%n",
        communities,
        sessions,
        bytes / 1e6,
        dir);
  }
}
