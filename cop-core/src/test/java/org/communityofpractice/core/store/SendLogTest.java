package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.topic.OrganisationId;
import org.communityofpractice.core.topic.RecipientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendLogTest {
  private static final PersonId SAM = PersonId.of("p-sam");
  private static final PersonId ALEX = PersonId.of("p-alex");
  private static final Instant AT = Instant.parse("2016-04-10T09:00:00Z");

  @TempDir Path dir;

  @Test
  void remembersTheLatestOutcomeOfEachMessageAcrossOpenings() {
    Path file = dir.resolve("send-log.jsonl");
    try (SendLog log = SendLog.open(file)) {
      log.attempting("report-s1", SAM, AT);
      log.delivered("report-s1", SAM, AT);
      log.attempting("report-s1", ALEX, AT);
      log.refused("report-s1", ALEX, AT, "550");
      log.attempting("report-s2", SAM, AT);
    }
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.statusOf("report-s1"))
          .containsExactly(
              Map.entry(RecipientId.of(SAM), SendLog.Outcome.DELIVERED),
              Map.entry(RecipientId.of(ALEX), SendLog.Outcome.REFUSED));
      assertThat(log.statusOf("report-s2", SAM)).contains(SendLog.Outcome.ATTEMPTED);
      assertThat(log.deliveredTo(SAM))
          .extracting(SendLog.Entry::circulation)
          .containsExactly("report-s1");
    }
  }

  @Test
  void anOrganisationIsRecordedByItsOwnIdAndNeverMistakenForAPersonWithTheSameId()
      throws IOException {
    Path file = dir.resolve("send-log.jsonl");
    // an organisation whose id happens to spell a person's: still someone else
    RecipientId board = RecipientId.of(OrganisationId.of(SAM.value()));
    try (SendLog log = SendLog.open(file)) {
      log.attempting("series-findings-x", board, AT);
      log.delivered("series-findings-x", board, AT);
    }
    assertThat(Files.readString(file))
        .contains("\"organisation\":\"" + SAM.value() + "\"")
        .doesNotContain("\"person\"");
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.statusOf("series-findings-x"))
          .containsExactly(Map.entry(board, SendLog.Outcome.DELIVERED));
      assertThat(log.statusOf("series-findings-x", SAM)).isEmpty();
      assertThat(log.deliveredTo(SAM)).isEmpty();
    }
    assertThat(SendLog.deliveredTo(file, SAM)).isEmpty();
  }

  @Test
  void aLineTornByACrashCountsAsNotWritten() throws IOException {
    Path file = dir.resolve("send-log.jsonl");
    try (SendLog log = SendLog.open(file)) {
      log.attempting("report-s1", SAM, AT);
    }
    Files.writeString(
        file,
        "{\"circulation\":\"report-s1\",\"person\":\"p-sam\",\"outc",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.statusOf("report-s1", SAM)).contains(SendLog.Outcome.ATTEMPTED);
      log.delivered("report-s1", SAM, AT);
    }
    try (SendLog log = SendLog.open(file)) {
      // the torn line became a damaged line of its own; the record after it reads
      assertThat(log.statusOf("report-s1", SAM)).contains(SendLog.Outcome.DELIVERED);
    }
  }

  @Test
  @SuppressWarnings("try") // the open log is what the block is about; it is never read
  void oneCirculationAtATimeHoldsTheLog() {
    Path file = dir.resolve("send-log.jsonl");
    try (SendLog log = SendLog.open(file)) {
      assertThatThrownBy(() -> SendLog.open(file))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.SEND_LOG_IN_USE))
          .hasMessageContaining("in use");
    }
    SendLog.open(file).close();
  }

  @Test
  void aCalendarEntryKeepsItsSequenceUntilItsDetailsChange() {
    Path file = dir.resolve("send-log.jsonl");
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.sequenceOf("next-after-s1@example.org", "2016-05-05T09:00Z VOICES")).isZero();
      assertThat(log.sequenceOf("next-after-s1@example.org", "2016-05-05T09:00Z VOICES")).isZero();
      assertThat(log.sequenceOf("next-after-s1@example.org", "2016-05-12T09:00Z VOICES"))
          .isEqualTo(1);
      assertThat(log.sequenceOf("next-after-s2@example.org", "2016-05-12T09:00Z VOICES")).isZero();
    }
    try (SendLog log = SendLog.open(file)) {
      assertThat(log.sequenceOf("next-after-s1@example.org", "2016-05-12T09:00Z VOICES"))
          .isEqualTo(1);
      assertThat(log.sequenceOf("next-after-s1@example.org", "2016-05-05T09:00Z VOICES")).isZero();
      assertThat(log.sequenceOf("next-after-s1@example.org", "2016-05-19T09:00Z the café"))
          .isEqualTo(2);
      assertThat(log.entries()).isEmpty();
    }
  }

  @Test
  void holdsIdsOnly() throws IOException {
    Path file = dir.resolve("send-log.jsonl");
    try (SendLog log = SendLog.open(file)) {
      log.delivered("report-s1", SAM, AT);
    }
    assertThat(Files.readString(file))
        .isEqualTo(
            "{\"circulation\":\"report-s1\",\"person\":\"p-sam\",\"outcome\":\"DELIVERED\",\"at\":\"2016-04-10T09:00:00Z\"}\n");
  }
}
