package org.communityofpractice.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.analysis.SmallNetwork.AS_OF;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Row;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure here is worked out by hand from {@link SmallNetwork}'s comment. */
class AnalysisTest {
  static final AnalysisTables TABLES =
      Analysis.asOf(AS_OF).run(List.of(SmallNetwork.a(), SmallNetwork.b()));

  /** The same network analysed in a trusted research environment, lived experience included. */
  static final AnalysisTables TRUSTED =
      Analysis.builder()
          .asOf(AS_OF)
          .withLivedExperience()
          .build()
          .run(List.of(SmallNetwork.a(), SmallNetwork.b()));

  static List<Object> values(Table t, int row, String... columns) {
    Row r = t.row(row);
    return Arrays.stream(columns).map(r::get).collect(Collectors.toList());
  }

  @Test
  void scalingPerQuestionAndSession() {
    Table t = TABLES.scaling();
    assertThat(t.rowCount()).isEqualTo(3);
    String[] cols = {
      "community",
      "session",
      "n",
      "n_anonymous",
      "min",
      "lower_quartile",
      "median",
      "upper_quartile",
      "max",
      "mean",
      "share_at_or_above_good_enough"
    };
    assertThat(values(t, 0, cols))
        .containsExactly("a", "s-1", 4L, 1L, 3L, 3.75, 4.5, 5.25, 6L, 4.5, 0.5);
    // rs is restricted: their 7 is left out, as in the report (6, 8 and an anonymous 9 remain)
    assertThat(values(t, 1, cols))
        .containsExactly("a", "s-2", 3L, 1L, 6L, 7.0, 8.0, 8.5, 9L, 23.0 / 3, 1.0);
    assertThat(values(t, 2, cols))
        .containsExactly("b", "s-1", 2L, 2L, 2L, 4.0, 6.0, 8.0, 10L, 6.0, 0.5);
    assertThat(t.row(0).date("held_on")).isEqualTo(LocalDate.of(2016, 3, 3));
    assertThat(t.row(0).text("series")).isEqualTo("series-1");
    assertThat(t.row(2).isMissing("series")).isTrue();
    assertThat(t.row(0).integer("good_enough")).isEqualTo(5L);
  }

  @Test
  void movementAcrossTheSeries() {
    Table t = TABLES.scalingMovement();
    assertThat(t.rowCount()).isEqualTo(1); // b's session belongs to no series
    assertThat(
            values(
                t,
                0,
                "series",
                "sessions_asked",
                "first_session",
                "last_session",
                "first_median",
                "last_median",
                "median_change",
                "first_share",
                "last_share",
                "share_change"))
        .containsExactly("series-1", 2L, "s-1", "s-2", 4.5, 8.0, 3.5, 0.5, 1.0, 0.5);
    // and it agrees with what the series report publishes, where the restricted rating is left out
    // too
    var published =
        org.communityofpractice.core.privacy.DisclosurePolicy.asOf(AS_OF)
            .series(SmallNetwork.a(), SmallNetwork.S)
            .scalingMovement()
            .get(0);
    assertThat(published.medianChange()).contains(3.5);
    assertThat(published.shareChange()).contains(0.5);
  }

  @Test
  void pairedMovementOnlyForPeopleWhoseResearchConsentAllowsIt() {
    Table t = TABLES.pairedMovement();
    // hw has no research consent, rs is restricted (and rated once), anonymous ratings pair with no
    // one
    assertThat(t.rowCount()).isEqualTo(2);
    String[] cols = {"person", "from_session", "to_session", "from_rating", "to_rating", "change"};
    assertThat(values(t, 0, cols)).containsExactly("chair", "s-1", "s-2", 4L, 6L, 2L);
    assertThat(values(t, 1, cols)).containsExactly("ec", "s-1", "s-2", 6L, 8L, 2L);
  }

  @Test
  void byDefaultLivedExperienceIsNotAnalysedSoNoRowTellsWhoBringsIt() {
    String[] cols = {
      "expert_by_experience", "frontline_practitioner", "provider", "perspective_not_known"
    };
    // ec brings only lived experience: by default they have no perspective that may be analysed
    assertThat(values(TABLES.attendance(), 0, cols)).containsExactly(null, 1L, 1L, 1L);
    assertThat(values(TABLES.attendance(), 1, cols)).containsExactly(null, 0L, 1L, 2L);
    String[] representation = {
      "distinct_perspectives",
      "lived_experience_present",
      "lived_experience_case_study",
      "needed_perspectives_missing"
    };
    assertThat(values(TABLES.representation(), 0, representation))
        .containsExactly(2L, null, false, 1L);
    assertThat(values(TABLES.representation(), 1, representation))
        .containsExactly(1L, null, false, 2L);
  }

  @Test
  void attendanceByPerspectiveAndSector() {
    Table t = TRUSTED.attendance();
    assertThat(t.rowCount()).isEqualTo(3);
    String[] cols = {
      "headcount",
      "new_members",
      "returning_members",
      "expert_by_experience",
      "frontline_practitioner",
      "manager",
      "provider",
      "neutral_expert",
      "perspective_not_known",
      "sector_statutory",
      "sector_voluntary",
      "sector_community",
      "sector_not_known"
    };
    assertThat(values(t, 0, cols))
        .containsExactly(3L, 3L, 0L, 1L, 1L, 0L, 1L, 0L, 0L, 1L, 1L, 1L, 0L);
    // rs is restricted: in the headcount and new, but neither their perspectives nor sector are
    // used
    assertThat(values(t, 1, cols))
        .containsExactly(3L, 1L, 2L, 1L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 1L, 1L);
    assertThat(values(t, 2, cols))
        .containsExactly(2L, 2L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 1L, 0L);
  }

  @Test
  void retentionAcrossTheSeries() {
    Table t = TABLES.retention();
    assertThat(t.rowCount()).isEqualTo(1);
    assertThat(
            values(
                t,
                0,
                "series",
                "sessions",
                "first_session",
                "last_session",
                "first_headcount",
                "came_again",
                "at_last_session",
                "retention_share",
                "distinct_people"))
        .containsExactly("series-1", 2L, "s-1", "s-2", 3L, 2L, 2L, 2.0 / 3, 4L);
  }

  @Test
  void representationAndTheVoiceOfLivedExperience() {
    Table t = TRUSTED.representation();
    String[] cols = {
      "distinct_perspectives",
      "distinct_sectors",
      "distinct_organisations",
      "lived_experience_present",
      "lived_experience_case_study",
      "neutral_expert_present",
      "needed_perspectives",
      "needed_perspectives_missing"
    };
    assertThat(values(t, 0, cols)).containsExactly(3L, 3L, 3L, true, false, false, 2L, 0L);
    assertThat(values(t, 1, cols)).containsExactly(2L, 2L, 2L, true, false, false, 2L, 1L);
    assertThat(values(t, 2, cols)).containsExactly(1L, 2L, 2L, false, false, true, 0L, 0L);
  }

  @Test
  void actionsCompletedAndFollowedUp() {
    Table t = TABLES.actions();
    assertThat(t.rowCount()).isEqualTo(2);
    String[] cols = {
      "action",
      "agreed_on",
      "owners",
      "completed",
      "completed_on",
      "days_to_complete",
      "small_steps",
      "followed_up",
      "first_follow_up_session",
      "first_follow_up_on",
      "days_to_follow_up"
    };
    assertThat(values(t, 0, cols))
        .containsExactly(
            "a-1",
            LocalDate.of(2016, 3, 3),
            1L,
            true,
            LocalDate.of(2016, 3, 20),
            17L,
            1L,
            true,
            "s-2",
            LocalDate.of(2016, 4, 7),
            35L);
    assertThat(values(t, 1, cols))
        .containsExactly(
            "a-2", LocalDate.of(2016, 3, 3), 0L, false, null, null, 0L, false, null, null, null);
  }

  @Test
  void contributionsByKindPerStage() {
    Table t = TABLES.contributions();
    assertThat(t.rows().stream().map(Row::values).collect(Collectors.toList()))
        .containsExactly(
            List.of("a", "good-practice", "good_practice", 3L, 2L),
            List.of("a", "discussion", "comment", 1L, 1L),
            List.of("a", "not-recorded", "question", 1L, 1L));
  }

  @Test
  void aStreamAndPushingInGiveTheSameTables() {
    AnalysisTables streamed =
        Analysis.asOf(AS_OF)
            .run(
                java.util.stream.Stream.concat(
                    CommunitySession.of(SmallNetwork.a()), CommunitySession.of(SmallNetwork.b())));
    Analysis.Run run = Analysis.asOf(AS_OF).start();
    CommunitySession.of(SmallNetwork.a()).forEach(run::accept);
    CommunitySession.of(SmallNetwork.b()).forEach(run::accept);
    AnalysisTables pushed = run.finish();
    for (Table t : TABLES.all()) {
      assertThat(
              streamed.table(t.name()).orElseThrow().rows().stream()
                  .map(Row::values)
                  .collect(Collectors.toList()))
          .isEqualTo(t.rows().stream().map(Row::values).collect(Collectors.toList()));
      assertThat(pushed.table(t.name()).orElseThrow().rowCount()).isEqualTo(t.rowCount());
    }
    assertThat(TABLES.sessions()).isEqualTo(3);
    assertThat(TABLES.communities()).isEqualTo(2);
  }

  @Test
  void sessionsOfACommunityMustArriveInDateOrder() {
    Community a = SmallNetwork.a();
    Analysis.Run run = Analysis.asOf(AS_OF).start();
    run.accept(a, a.sessions().get(1));
    Session earlier = a.sessions().get(0);
    assertThatThrownBy(() -> run.accept(a, earlier))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("sessions");
              assertThat(e.getMessage())
                  .isEqualTo("sessions must arrive in date order within community a but was s-1");
              assertThat(e.messageIn(java.util.Locale.forLanguageTag("cy")))
                  .isEqualTo(
                      "sessions: rhaid iddynt gyrraedd yn nhrefn eu dyddiadau o fewn cymuned a;"
                          + " cafwyd s-1");
            });
  }

  @Test
  void withdrawingResearchConsentTakesAPersonOutOfPersonLevelRows() {
    Community a = SmallNetwork.a();
    Community withdrawn =
        Community.builder()
            .from(a)
            .consent(
                a.consent()
                    .withdraw(
                        SmallNetwork.research(SmallNetwork.EC)
                            .withAt(java.time.Instant.parse("2016-05-01T00:00:00Z"))))
            .build();
    Table t = Analysis.asOf(AS_OF).run(List.of(withdrawn)).pairedMovement();
    assertThat(t.column("person")).containsExactly("chair");
    // judged as of an instant before the withdrawal, ec stays out: a withdrawal counts from when it
    // is made
    Table before =
        Analysis.asOf(java.time.Instant.parse("2016-04-15T00:00:00Z"))
            .run(List.of(withdrawn))
            .pairedMovement();
    assertThat(before.column("person")).containsExactly("chair");
    assertThat(
            Analysis.asOf(java.time.Instant.parse("2016-04-15T00:00:00Z"))
                .run(List.of(a))
                .pairedMovement()
                .column("person"))
        .containsExactly("chair", "ec");
  }

  @Test
  void exportsEveryTableWithItsDictionaryAsCsvAndJsonLines(@TempDir Path dir) throws Exception {
    List<Path> csv = TABLES.exportCsv(dir);
    List<Path> jsonl = TABLES.exportJsonLines(dir);
    assertThat(csv).hasSize(16);
    assertThat(jsonl).hasSize(16);
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(dir.resolve("scaling.csv"))) {
      List<CsvRecord> records = reader.stream().collect(Collectors.toList());
      assertThat(records).hasSize(4);
      assertThat(records.get(0).getField(0)).isEqualTo("community");
      assertThat(records.get(1).getFields()).contains("4.5", "0.5");
    }
    assertThat(Files.readAllLines(dir.resolve("paired_movement.jsonl"))).hasSize(2);
    assertThat(Files.readString(dir.resolve("attendance_dictionary.csv")))
        .contains("new_members,integer,false,false,");
  }

  @Test
  void toStringShowsRowCountsOnly() {
    assertThat(TABLES.toString())
        .startsWith("AnalysisTables{sessions=3, scaling=3,")
        .doesNotContain("Name of");
  }
}
