package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.json.JsonOut.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.CirculationRecord;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The archive records each circulation of a session's or a series' report — when, which, to which
 * list, to how many — and still reads archives that held only the date a session's report went out.
 */
class ArchiveCirculationsJsonTest {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final CirculationRecord TO_THE_LIST =
      CirculationRecord.of(
          LocalDate.of(2016, 4, 14),
          "report-" + CommunityFixtures.PRISON_RELEASE_2.value(),
          ConsentPurpose.COMMUNITY_COMMUNICATIONS,
          23);
  private static final CirculationRecord FINDINGS =
      CirculationRecord.of(
          LocalDate.of(2016, 6, 10),
          "series-findings-" + CommunityFixtures.PRISON_RELEASE_SERIES.value(),
          ConsentPurpose.DECISION_MAKER_COMMUNICATIONS,
          2);

  @Test
  void aSessionsAndASeriesCirculationsRoundTripAsCountsWithoutIds() throws ArchiveFormatException {
    Community recorded = recorded();
    String json = ARCHIVE.write(recorded);
    assertThat(ARCHIVE.read(json)).isEqualTo(recorded);
    ObjectNode tree = ARCHIVE.tree(recorded);
    assertThat(tree.at("/sessions/1/circulations/0").toString())
        .isEqualTo(
            "{\"on\":\"2016-04-14\",\"circulation\":\"report-"
                + CommunityFixtures.PRISON_RELEASE_2.value()
                + "\",\"purpose\":\"COMMUNITY_COMMUNICATIONS\",\"recipients\":23}");
    assertThat(tree.at("/series/0/circulations/0/purpose").textValue())
        .isEqualTo("DECISION_MAKER_COMMUNICATIONS");
    // nothing new is written for what has no circulation, so older archives read back as they were
    assertThat(ARCHIVE.tree(CommunityFixtures.sotcop()).at("/sessions/0").has("circulations"))
        .isFalse();
    assertThat(ARCHIVE.tree(CommunityFixtures.sotcop()).at("/series/0").has("circulations"))
        .isFalse();
  }

  @Test
  void anArchiveHoldingOnlyTheDateAReportWentOutStillSaysItWasCirculated()
      throws ArchiveFormatException {
    // the golden archive was written before circulations were recorded one by one
    Community old = ARCHIVE.read(ARCHIVE.write(CommunityFixtures.sotcop()));
    Session second = old.session(CommunityFixtures.PRISON_RELEASE_2).orElseThrow();
    assertThat(second.circulations()).isEmpty();
    assertThat(second.circulatedOn()).contains(LocalDate.of(2016, 4, 14));
    assertThat(old.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow().circulatedOn())
        .isEmpty();
  }

  @Test
  void theReaderNamesThePathOfABadCirculation() {
    assertThat(rejected("/sessions/1", circulation().put("recipients", -1)))
        .isEqualTo("$.sessions[1].circulations[0].recipients must be zero or more but was -1");
    assertThat(rejected("/series/0", circulation().put("purpose", "NAMED_IN_REPORTS")))
        .startsWith(
            "$.series[0].circulations[0].purpose must be COMMUNITY_COMMUNICATIONS or"
                + " DECISION_MAKER_COMMUNICATIONS");
    assertThat(rejected("/sessions/1", circulation().put("on", "2016-02-30")))
        .startsWith("$.sessions[1].circulations[0].on must be an ISO-8601 date");
    assertThat(rejected("/sessions/1", circulation().put("on", "2016-03-01")))
        .startsWith(
            "$.sessions[1].circulations[0].on must not be before the session, held 2016-04-07");
    assertThat(rejected("/sessions/1", circulation().put("recipients", "23")))
        .startsWith("$.sessions[1].circulations[0].recipients must be an integer");
    assertThat(rejected("/sessions/1", circulation().put("to", "p-chair")))
        .startsWith("$.sessions[1].circulations[0].to ");
    ObjectNode noCount = circulation();
    noCount.remove("recipients");
    assertThat(rejected("/sessions/1", noCount))
        .startsWith("$.sessions[1].circulations[0].recipients ");
    assertThat(rejected("/series/0", circulation(), circulation()))
        .startsWith("$.series[0].circulations[1].circulation must not repeat");
    assertThat(
            rejected(
                "/series/0",
                circulation().put("on", "2016-06-10"),
                circulation().put("on", "2016-06-09").put("circulation", "series-report-x")))
        .startsWith(
            "$.series[0].circulations[1].on must not be before the circulation recorded before it");
    ObjectNode tree = Golden.tree();
    ((ObjectNode) tree.at("/sessions/1")).putArray("circulations");
    ArchiveFormatException empty = Golden.rejected(ARCHIVE.pretty(tree));
    assertThat(empty.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(empty.getMessage())
        .startsWith("$.sessions[1].circulations must hold at least one circulation");
  }

  @Test
  void aCirculationRecordRefusesWhatCannotBe() {
    assertThatThrownBy(
            () ->
                CirculationRecord.of(
                    LocalDate.of(2016, 4, 14),
                    "report-x",
                    ConsentPurpose.COMMUNITY_COMMUNICATIONS,
                    -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("recipients must be zero or more but was -1");
    assertThatThrownBy(
            () ->
                CirculationRecord.of(
                    LocalDate.of(2016, 4, 14), "report-x", ConsentPurpose.PHOTOGRAPHED, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("purpose ");
    assertThatThrownBy(
            () ->
                CirculationRecord.of(
                    LocalDate.of(20_160, 4, 14),
                    "report-x",
                    ConsentPurpose.COMMUNITY_COMMUNICATIONS,
                    1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("on must be in the years 1..9999");
    assertThatThrownBy(
            () ->
                CirculationRecord.of(
                    LocalDate.of(2016, 4, 14), " ", ConsentPurpose.COMMUNITY_COMMUNICATIONS, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("circulation must not be blank");
    assertThat(
            CirculationRecord.of(
                    LocalDate.of(2016, 4, 14),
                    "report-x",
                    ConsentPurpose.COMMUNITY_COMMUNICATIONS,
                    0)
                .reachedEmailList())
        .isFalse();
    assertThat(FINDINGS.reachedEmailList()).isFalse();
    assertThat(TO_THE_LIST.reachedEmailList()).isTrue();
  }

  private static Community recorded() {
    Community c = CommunityFixtures.sotcop();
    Session second =
        Session.builder()
            .from(c.session(CommunityFixtures.PRISON_RELEASE_2).orElseThrow())
            .addCirculations(TO_THE_LIST)
            .build();
    Series series =
        Series.builder()
            .from(c.series(CommunityFixtures.PRISON_RELEASE_SERIES).orElseThrow())
            .addCirculations(FINDINGS)
            .build();
    return Community.builder()
        .from(c)
        .sessions(c.sessions().stream().map(s -> s.id().equals(second.id()) ? second : s).toList())
        .series(c.series().stream().map(s -> s.id().equals(series.id()) ? series : s).toList())
        .build();
  }

  private static ObjectNode circulation() {
    return NODES
        .objectNode()
        .put("on", "2016-06-10")
        .put("circulation", "series-report-prison-release-2016")
        .put("purpose", "COMMUNITY_COMMUNICATIONS")
        .put("recipients", 23);
  }

  /** The message reading the golden archive with these circulations at {@code at}. */
  private static String rejected(String at, ObjectNode... circulations) {
    ObjectNode tree = Golden.tree();
    ArrayNode list = ((ObjectNode) tree.at(at)).putArray("circulations");
    for (ObjectNode c : circulations) {
      list.add(c);
    }
    return Golden.rejected(ARCHIVE.pretty(tree)).getMessage();
  }
}
