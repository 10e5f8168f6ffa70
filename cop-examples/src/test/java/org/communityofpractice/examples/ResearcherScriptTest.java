package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.table.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearcherScriptTest {
  @TempDir Path dir;

  @Test
  void writesEveryTableAsCsvWithItsDataDictionary() throws IOException {
    AnalysisTables tables = ResearcherScript.analyse(ResearcherScript.network(42), 600);
    assertThat(tables.sessions()).isEqualTo(600);
    assertThat(tables.communities()).isEqualTo(20);
    List<Path> written = tables.exportCsv(dir);
    assertThat(written)
        .contains(
            dir.resolve("scaling.csv"),
            dir.resolve("scaling_dictionary.csv"),
            dir.resolve("attendance.csv"),
            dir.resolve("actions.csv"));
    List<String> scaling = Files.readAllLines(dir.resolve("scaling.csv"));
    assertThat(scaling.get(0)).contains("median").contains("share_at_or_above_good_enough");
    assertThat(scaling).hasSize(1 + tables.scaling().rowCount());
  }

  @Test
  void theSyntheticSeriesMoveUpOnAverageAsTheGuidesDo() {
    AnalysisTables tables = ResearcherScript.analyse(ResearcherScript.network(42), 600);
    assertThat(ResearcherScript.meanMedianChange(tables)).isPositive();
    assertThat(tables.scalingMovement().rows()).anyMatch(ResearcherScript::movedUp);
  }

  @Test
  void theSameSeedGivesTheSameTables() {
    String once =
        TableFormat.CSV.write(ResearcherScript.analyse(ResearcherScript.network(7), 300).scaling());
    String again =
        TableFormat.CSV.write(ResearcherScript.analyse(ResearcherScript.network(7), 300).scaling());
    String other =
        TableFormat.CSV.write(ResearcherScript.analyse(ResearcherScript.network(8), 300).scaling());
    assertThat(again).isEqualTo(once);
    assertThat(other).isNotEqualTo(once);
  }

  @Test
  void mainWritesIntoTheFolderItIsGiven() {
    String printed =
        Printed.byMain(
            args -> {
              try {
                ResearcherScript.main(new String[] {dir.toString()});
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(printed)
        .contains("analysed 2000 sessions of 20 communities")
        .contains("wrote " + dir.resolve("scaling.csv"));
    assertThat(dir.resolve("scaling_movement.csv")).isNotEmptyFile();
  }
}
