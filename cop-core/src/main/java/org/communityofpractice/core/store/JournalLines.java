package org.communityofpractice.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.store.RecoveryReport.DamagedLine;
import org.communityofpractice.core.store.internal.EventJson;
import org.communityofpractice.core.store.internal.StoreJson;
import org.communityofpractice.core.validation.internal.Refusals;

/** Writes and reads the lines of a {@link Journal}. */
final class JournalLines {
  private static final Set<String> LINE_FIELDS = Set.of("seq", "crc32c", "event");

  private JournalLines() {}

  /** One line, newline included. */
  static byte[] line(long seq, CaptureEvent event) {
    ObjectNode encoded = EventJson.encode(event);
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("seq", seq);
    line.put("crc32c", crc(encoded));
    line.set("event", encoded);
    return (JsonValues.writeLine(line) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String crc(JsonNode event) {
    CRC32C crc = new CRC32C();
    crc.update(JsonValues.writeLine(event).getBytes(StandardCharsets.UTF_8));
    return String.format("%08x", crc.getValue());
  }

  /**
   * What a scan found.
   *
   * @param events the events kept
   * @param lineNumbers the line each kept event was read from
   * @param report the report
   * @param tornLastLine the torn last line, to be cut off
   * @param keptBytes where the lines kept end: the length of the file without the torn last line
   *     and without the unused zeros after the lines
   * @param lastSeq the number of lines left in the file, damaged ones included
   * @param missingFinalNewline whether the last kept line lacks its newline
   */
  record Scan(
      List<CaptureEvent> events,
      List<Integer> lineNumbers,
      RecoveryReport report,
      Optional<DamagedLine> tornLastLine,
      long keptBytes,
      long lastSeq,
      boolean missingFinalNewline) {}

  /**
   * Reads the lines of a journal's bytes. The run of zero bytes that reaches the end of the file,
   * if any, is space {@link Journal} wrote ahead of its lines and is left out; zeros with anything
   * but zeros after them belong to a line, and make it damaged, unless it is the last line, which a
   * crash tore while it was being written.
   */
  static Scan scan(Path file, byte[] bytes, DamagedJournalPolicy recovery) {
    int used = linesEnd(bytes);
    List<int[]> lines = new ArrayList<>(); // start, end (exclusive), 1 when a newline follows
    int start = 0;
    for (int i = 0; i < used; i++) {
      if (bytes[i] == '\n') {
        lines.add(new int[] {start, i, 1});
        start = i + 1;
      }
    }
    if (start < used) {
      lines.add(new int[] {start, used, 0});
    }
    List<CaptureEvent> events = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    List<DamagedLine> damaged = new ArrayList<>();
    Optional<DamagedLine> torn = Optional.empty();
    long keptBytes = 0;
    long lastSeq = 0;
    boolean missingNewline = false;
    for (int k = 1; k <= lines.size(); k++) {
      int[] l = lines.get(k - 1);
      int length = l[1] - l[0];
      boolean last = k == lines.size();
      Refusals.Said why;
      try {
        events.add(parse(bytes, l[0], length, k));
        lineNumbers.add(k);
        why = null;
        missingNewline = last && l[2] == 0;
      } catch (BadLine e) {
        why = e.why;
      }
      String reason = why == null ? null : Refusals.british().say(why);
      // torn: the last line, cut short, or holding a zero byte, which no line written holds: the
      // disk kept a later part of it but not an earlier one, as it may when the line was being
      // forced into space the file already had
      if (reason != null && last && (l[2] == 0 || holdsZero(bytes, l[0], l[1]))) {
        torn = Optional.of(new DamagedLine(k, length, reason));
        break;
      }
      if (reason != null) {
        if (recovery == DamagedJournalPolicy.STRICT) {
          throw StoreException.journalDamaged(file, k, why);
        }
        damaged.add(new DamagedLine(k, length + l[2], reason));
      }
      keptBytes = (long) l[1] + l[2];
      lastSeq = k;
    }
    RecoveryReport report = new RecoveryReport(file, events.size(), torn, damaged);
    return new Scan(events, lineNumbers, report, torn, keptBytes, lastSeq, missingNewline);
  }

  private static boolean holdsZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the lines end: before the run of zero bytes that reaches the end, if there is one. */
  static int linesEnd(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    return end;
  }

  private static CaptureEvent parse(byte[] bytes, int start, int length, int lineNumber)
      throws BadLine {
    if (length == 0) {
      throw new BadLine(Refusals.said("reason.emptyLine"));
    }
    String text =
        StoreJson.utf8(bytes, start, length)
            .orElseThrow(() -> new BadLine(Refusals.said("reason.notUtf8")));
    JsonNode line;
    try {
      line = JsonValues.readTree(text);
    } catch (ArchiveFormatException e) {
      throw new BadLine(
          Refusals.said(
              "reason.notWellFormed", e.path(), new Refusals.Expectation(e.expectation())));
    }
    if (line == null || !line.isObject()) {
      throw new BadLine(Refusals.said("reason.notObject"));
    }
    for (Iterator<String> names = line.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!LINE_FIELDS.contains(name)) {
        throw new BadLine(Refusals.said("reason.unknownField"));
      }
    }
    JsonNode seq = line.get("seq");
    if (seq == null
        || !seq.canConvertToLong()
        || !seq.isIntegralNumber()
        || seq.asLong() != lineNumber) {
      throw new BadLine(Refusals.said("reason.lineNumber", String.valueOf(lineNumber)));
    }
    JsonNode event = line.get("event");
    if (event == null || !event.isObject()) {
      throw new BadLine(Refusals.expected("$.event", "must be an object"));
    }
    JsonNode crc = line.get("crc32c");
    if (crc == null || !crc.isTextual() || !crc.asText().equals(crc(event))) {
      throw new BadLine(Refusals.said("reason.crc"));
    }
    try {
      return EventJson.decode(event, "$.event");
    } catch (EventJson.BadEventException e) {
      throw new BadLine(Refusals.expected(e.path(), e.expectation()));
    }
  }

  /** Why a line cannot be read, to be said in a language; it holds no content of the line. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: thrown and caught within this class
    final transient Refusals.Said why;

    BadLine(Refusals.Said why) {
      super(null, null, false, false);
      this.why = why;
    }
  }
}
