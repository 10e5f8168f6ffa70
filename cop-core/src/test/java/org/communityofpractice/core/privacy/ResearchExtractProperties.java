package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Row;
import org.communityofpractice.core.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The de-identified research extract: keys instead of ids, and small counts withheld as in reports.
 */
class ResearchExtractProperties {
  private static final StudyKey STUDY = StudyKey.of(bytes(1));
  private static final StudyKey OTHER_STUDY = StudyKey.of(bytes(2));
  private static final int THRESHOLD = 5;
  private static final java.time.Instant AS_OF = java.time.Instant.parse("2100-01-01T00:00:00Z");

  @TempDir Path out;

  private static byte[] bytes(int seed) {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (seed * 31 + i);
    }
    return b;
  }

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communities(
        DomainArbitraries::withConsent); // research consent and restrictions at random
  }

  @Property(tries = 150)
  void personIdsBecomeKeysThatHoldWithinAStudyAndCannotBeJoinedAcrossStudies(
      @ForAll("communities") Community c) {
    AnalysisTables tables = Analysis.asOf(AS_OF).run(List.of(c));
    Table ids = tables.pairedMovement();
    Table keyed = ResearchExtract.of(tables, STUDY).table("paired_movement").orElseThrow();
    Table otherStudy =
        ResearchExtract.of(tables, OTHER_STUDY).table("paired_movement").orElseThrow();
    Set<String> register =
        c.register().people().stream().map(p -> p.id().value()).collect(Collectors.toSet());

    assertThat(keyed.columns())
        .extracting(Column::name)
        .doesNotContain("person")
        .contains("person_key");
    Map<Object, Object> keyOf = new HashMap<>();
    for (int r = 0; r < ids.rowCount(); r++) {
      Object id = ids.row(r).get("person");
      Object key = keyed.row(r).get("person_key");
      assertThat(register).doesNotContain((String) key);
      // one person, one key throughout the study; two people, two keys
      assertThat(keyOf.computeIfAbsent(id, x -> key)).isEqualTo(key);
      assertThat(otherStudy.row(r).get("person_key")).isNotEqualTo(key);
    }
    assertThat(Set.copyOf(keyOf.values())).hasSameSizeAs(keyOf.keySet());
    assertThat(
            ResearchExtract.of(tables, StudyKey.of(bytes(1)))
                .table("paired_movement")
                .orElseThrow()
                .column("person_key"))
        .isEqualTo(keyed.column("person_key"));
  }

  @Property(tries = 150)
  void countsOfPeopleByCategoryBelowTheThresholdAreWithheldAndCannotBeWorkedOutFromTheHeadcount(
      @ForAll("communities") Community c) {
    AnalysisTables tables = Analysis.asOf(AS_OF).run(List.of(c));
    ResearchExtract extract = ResearchExtract.of(tables, STUDY, THRESHOLD);
    Table attendance = extract.table("attendance").orElseThrow();
    List<String> sectors =
        attendance.columns().stream()
            .map(Column::name)
            .filter(n -> n.startsWith("sector_"))
            .toList();
    List<String> perspectives = perspectiveColumns(attendance);
    for (Row row : attendance.rows()) {
      for (List<String> partition : List.of(List.of("new_members", "returning_members"), sectors)) {
        long withheld = partition.stream().filter(n -> row.get(n) == null).count();
        assertThat(withheld).as("withheld cells of %s", partition).isNotEqualTo(1);
      }
      for (String n : concat(sectors, perspectives, List.of("new_members", "returning_members"))) {
        Object v = row.get(n);
        assertThat(v == null || ((Number) v).longValue() >= THRESHOLD).as("%s shown", n).isTrue();
      }
      assertThat(row.get("headcount")).isNotNull();
    }
    for (Row row : extract.table("retention").orElseThrow().rows()) {
      for (String n : List.of("came_again", "at_last_session")) {
        Object v = row.get(n);
        assertThat(v == null || ((Number) v).longValue() >= THRESHOLD).as("%s shown", n).isTrue();
      }
    }
    // what is shown is what the analysis counted
    Table exact = tables.attendance();
    for (int r = 0; r < exact.rowCount(); r++) {
      for (String n : sectors) {
        Object v = attendance.row(r).get(n);
        if (v != null) {
          assertThat(v).isEqualTo(exact.row(r).get(n));
        }
      }
    }
  }

  private static List<String> perspectiveColumns(Table attendance) {
    List<String> names = attendance.columns().stream().map(Column::name).toList();
    return names.subList(
        names.indexOf("returning_members") + 1, names.indexOf("perspective_not_known") + 1);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }

  @Test
  void theExtractWritesADictionaryForEveryTableAndNotesButNeverTheKey() throws IOException {
    Community c = org.communityofpractice.core.fixtures.CommunityFixtures.sotcopWithConsent();
    StudyKey key = StudyKey.generate();
    ResearchExtract extract = ResearchExtract.of(Analysis.asOf(AS_OF).run(List.of(c)), key);
    List<Path> files = extract.exportCsv(out);

    for (Table t : extract.tables()) {
      assertThat(out.resolve(t.name() + "_dictionary.csv")).exists();
      assertThat(t.columns()).allSatisfy(col -> assertThat(col.description()).isNotBlank());
    }
    assertThat(
            extract
                .table("paired_movement")
                .orElseThrow()
                .schema()
                .column("person_key")
                .description())
        .contains("study's secret");
    assertThat(
            extract
                .table("attendance")
                .orElseThrow()
                .schema()
                .column("sector_statutory")
                .description())
        .contains("Empty when below 5");
    assertThat(extract.notes().column("topic")).contains("person ids", "small counts", "register");
    String hex = HexFormat.of().formatHex(key.bytes());
    for (Path f : files) {
      String text = Files.readString(f);
      assertThat(text).doesNotContain(hex);
      for (Person p : c.register().people()) {
        assertThat(text).doesNotContain(p.name());
      }
    }
    assertThat(key.toString()).doesNotContain(hex.substring(0, 8));
  }
}
