package org.communityofpractice.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * What was sent to whom: the record that makes circulating a report idempotent and crash-safe. Each
 * message is recorded as attempted before it is handed to the outbox or the mail server, and as
 * delivered (or refused) after, each record forced to the disk before the call returns. A rerun
 * reads the log and sends only what is not recorded as delivered.
 *
 * <pre>{@code
 * try (SendLog log = SendLog.open(store, community.id())) {
 *   if (log.statusOf("report-s-2016-04", sam).isEmpty()) {
 *     log.attempting("report-s-2016-04", sam, Instant.now());
 *     // … send the report to them …
 *     log.delivered("report-s-2016-04", sam, Instant.now());
 *   }
 * }
 * }</pre>
 *
 * <p>The log holds ids only — circulation ids, person ids and the ids of organisations a series'
 * findings went to ({@link RecipientId}) — never an address, name or message. It is a JSON Lines
 * file ({@code <community folder>/circulation/send-log.jsonl} in a {@link FileArchiveStore}); a
 * line torn by a crash is skipped when read, so a message whose delivery was being recorded counts
 * as not delivered and is sent again: after a crash at the worst moment one message can arrive
 * twice (with the same {@code Message-ID}), but none is lost. One program at a time holds the log
 * open: a second gets a {@link StoreException} ({@code SEND_LOG_IN_USE}).
 */
public final class SendLog implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What became of one message. */
  public enum Outcome {
    /** Handed to the outbox or the server; whether it arrived is not yet known. */
    ATTEMPTED,
    /** Written to the outbox, or accepted by the mail server. */
    DELIVERED,
    /** The mail server refused the recipient or the message. */
    REFUSED
  }

  /**
   * One record. {@link #toString()} shows ids only.
   *
   * @param circulation which circulation, such as {@code report-s-2016-04-prison-release}
   * @param recipient to whom: a person, or an organisation among a series' decision makers
   * @param outcome what happened
   * @param at when
   * @param reason why a message was refused, such as the server's reply code; never personal data
   */
  public record Entry(
      String circulation,
      RecipientId recipient,
      Outcome outcome,
      Instant at,
      Optional<String> reason) {
    /**
     * Checks the record.
     *
     * @param circulation which circulation, such as {@code report-s-2016-04-prison-release}; must
     *     not be {@literal null}
     * @param recipient to whom: a person, or an organisation among a series' decision makers; must
     *     not be {@literal null}
     * @param outcome what happened; must not be {@literal null}
     * @param at when; must not be {@literal null}
     * @param reason why a message was refused, such as the server's reply code; never personal
     *     data; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Entry {
      Objects.requireNonNull(circulation, "circulation");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final List<Entry> entries;

  /** Each calendar entry's uid, with the details it was sent with, in the order first sent. */
  private final Map<String, List<String>> calendars;

  private SendLog(
      Path file,
      FileChannel channel,
      FileLock lock,
      List<Entry> entries,
      Map<String, List<String>> calendars) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.entries = entries;
    this.calendars = calendars;
  }

  /**
   * The file a {@link FileArchiveStore} keeps a community's send log in.
   *
   * @param store the store; must not be {@literal null}
   * @param community the community; must not be {@literal null}
   * @return the file's path, whether or not it exists; never {@literal null}
   */
  public static Path fileIn(FileArchiveStore store, CommunityId community) {
    return fileIn(store.folderOf(community));
  }

  /** The send log's file in a community's folder of a {@link FileArchiveStore}. */
  static Path fileIn(Path communityFolder) {
    return communityFolder.resolve("circulation").resolve("send-log.jsonl");
  }

  /**
   * Opens (creating when missing) the send log of a community in a file store.
   *
   * @param store the store; must not be {@literal null}
   * @param community the community; must not be {@literal null}
   * @return the open log, held until closed; never {@literal null}
   * @throws StoreException ({@code SEND_LOG_IN_USE}) when another program, or another part of this
   *     one, holds it
   * @throws UncheckedIOException when the file cannot be read or created
   */
  public static SendLog open(FileArchiveStore store, CommunityId community) {
    return open(fileIn(store, community));
  }

  /**
   * Opens (creating when missing) the send log in {@code file} and holds it until closed.
   *
   * @param file the log's file; must not be {@literal null}
   * @return the open log, never {@literal null}
   * @throws StoreException ({@code SEND_LOG_IN_USE}) when another program, or another part of this
   *     one, holds it
   * @throws UncheckedIOException when the file cannot be read or created
   */
  public static SendLog open(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      boolean created = !Files.exists(file);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw StoreException.sendLogInUse(file);
      }
      if (created) {
        channel.force(true);
        DurableFiles.forceDirectory(dir);
      }
      byte[] bytes = Files.readAllBytes(file);
      List<Entry> entries = new ArrayList<>();
      Map<String, List<String>> calendars = new LinkedHashMap<>();
      read(bytes, entries, calendars);
      channel.position(channel.size());
      if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
        // end the line a crash tore, so the next record starts a line of its own
        DurableFiles.writeFully(channel, ByteBuffer.wrap(new byte[] {'\n'}));
        channel.force(false);
      }
      return new SendLog(file, channel, lock, entries, calendars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(byte[] bytes, List<Entry> entries, Map<String, List<String>> calendars) {
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        JsonNode n = tree(bytes, start, i - start);
        if (n != null && n.hasNonNull("calendar") && n.hasNonNull("details")) {
          List<String> sent =
              calendars.computeIfAbsent(n.get("calendar").asText(), k -> new ArrayList<>());
          if (!sent.contains(n.get("details").asText())) {
            sent.add(n.get("details").asText());
          }
        } else if (n != null) {
          parse(n).ifPresent(entries::add);
        }
        start = i + 1;
      }
    }
    // a last line without its newline was torn by a crash: it counts as never written
  }

  private static JsonNode tree(byte[] bytes, int offset, int length) {
    try {
      return JSON.readTree(bytes, offset, length);
    } catch (IOException | RuntimeException e) {
      return null; // a damaged line: what it recorded counts as not recorded
    }
  }

  private static Optional<Entry> parse(JsonNode n) {
    try {
      // a person as "person" (as every line before organisations had ids of their own), an
      // organisation as
      // "organisation": an erasure, which looks for "person", never touches an organisation's lines
      RecipientId recipient =
          n.hasNonNull("organisation")
              ? RecipientId.of(
                  org.communityofpractice.core.topic.OrganisationId.of(
                      n.get("organisation").asText()))
              : RecipientId.of(PersonId.of(n.get("person").asText()));
      Optional<String> reason =
          n.hasNonNull("reason") ? Optional.of(n.get("reason").asText()) : Optional.empty();
      return Optional.of(
          new Entry(
              n.get("circulation").asText(),
              recipient,
              Outcome.valueOf(n.get("outcome").asText()),
              Instant.parse(n.get("at").asText()),
              reason));
    } catch (RuntimeException e) {
      // a damaged line: what it recorded is treated as not recorded, so at worst a message goes
      // twice
      return Optional.empty();
    }
  }

  /**
   * Records that a message is about to be handed over.
   *
   * @param circulation the circulation's id, the send log's key, such as {@code report-<session>};
   *     must not be {@literal null} or blank
   * @param recipient to whom; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @throws UncheckedIOException when the line cannot be written and forced to the disk
   */
  public void attempting(String circulation, RecipientId recipient, Instant at) {
    append(new Entry(circulation, recipient, Outcome.ATTEMPTED, at, Optional.empty()));
  }

  /**
   * {@link #attempting(String, RecipientId, Instant)} for a person.
   *
   * @param circulation the circulation's id, the send log's key, such as {@code report-<session>};
   *     must not be {@literal null} or blank
   * @param person to whom: a person in the register; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @throws UncheckedIOException when the line cannot be written and forced to the disk
   */
  public void attempting(String circulation, PersonId person, Instant at) {
    attempting(circulation, RecipientId.of(person), at);
  }

  /**
   * Records that a message was written to the outbox or accepted by the server.
   *
   * @param circulation the circulation's id, the send log's key, such as {@code report-<session>};
   *     must not be {@literal null} or blank
   * @param recipient to whom; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @throws UncheckedIOException when the line cannot be written and forced to the disk
   */
  public void delivered(String circulation, RecipientId recipient, Instant at) {
    append(new Entry(circulation, recipient, Outcome.DELIVERED, at, Optional.empty()));
  }

  /**
   * {@link #delivered(String, RecipientId, Instant)} for a person.
   *
   * @param circulation the circulation's id, the send log's key, such as {@code report-<session>};
   *     must not be {@literal null} or blank
   * @param person to whom: a person in the register; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @throws UncheckedIOException when the line cannot be written and forced to the disk
   */
  public void delivered(String circulation, PersonId person, Instant at) {
    delivered(circulation, RecipientId.of(person), at);
  }

  /**
   * Records that the server refused a message.
   *
   * @param reason such as {@code "550"}; must not hold personal data
   * @param circulation the circulation's id, the send log's key, such as {@code report-<session>};
   *     must not be {@literal null} or blank
   * @param recipient to whom; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @throws UncheckedIOException when the line cannot be written and forced to the disk
   */
  public void refused(String circulation, RecipientId recipient, Instant at, String reason) {
    append(new Entry(circulation, recipient, Outcome.REFUSED, at, Optional.of(reason)));
  }

  /**
   * {@link #refused(String, RecipientId, Instant, String)} for a person.
   *
   * @param circulation the circulation's id, the send log's key, such as {@code report-<session>};
   *     must not be {@literal null} or blank
   * @param person to whom: a person in the register; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @param reason such as {@code "550"}; must not be {@literal null} nor hold personal data
   * @throws UncheckedIOException when the line cannot be written and forced to the disk
   */
  public void refused(String circulation, PersonId person, Instant at, String reason) {
    refused(circulation, RecipientId.of(person), at, reason);
  }

  private synchronized void append(Entry entry) {
    if (entry.circulation().isBlank()) {
      throw InvalidValueException.of("circulation", "must not be blank", entry.circulation());
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("circulation", entry.circulation());
    n.put(
        entry.recipient().kind() == RecipientId.Kind.PERSON ? "person" : "organisation",
        entry.recipient().value());
    n.put("outcome", entry.outcome().name());
    n.put("at", entry.at().toString());
    entry.reason().ifPresent(r -> n.put("reason", r));
    write(n);
    entries.add(entry);
  }

  private void write(ObjectNode n) {
    try {
      byte[] line = (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
      DurableFiles.writeFully(channel, ByteBuffer.wrap(line));
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code SEQUENCE} (RFC 5545) of a calendar entry about to be sent: 0 the first time, one
   * more for each different version of its details (date, time, venue) sent before; recorded here,
   * so sending the same details again keeps the number.
   *
   * @param uid the entry's {@code UID}
   * @param details what identifies this version, such as its start and venue; held as a hash
   * @return the sequence number, 0 or more
   */
  public synchronized int sequenceOf(String uid, String details) {
    String hash = hash(details);
    List<String> sent = calendars.computeIfAbsent(uid, k -> new ArrayList<>());
    int index = sent.indexOf(hash);
    if (index >= 0) {
      return index;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("calendar", uid);
    n.put("details", hash);
    write(n);
    sent.add(hash);
    return sent.size() - 1;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * The log's lines without those naming any of {@code people}, for an erasure to put in its place;
   * empty when no line names them. Lines a crash damaged go too: they count as not recorded.
   */
  synchronized Optional<byte[]> without(java.util.Set<PersonId> people) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(bytes.length);
    boolean removed = false;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        JsonNode n = tree(bytes, start, i - start);
        boolean theirs =
            n == null
                || (n.hasNonNull("person")
                    && people.stream().anyMatch(p -> p.value().equals(n.get("person").asText())));
        if (theirs && i > start) {
          removed = true;
        } else {
          kept.write(bytes, start, i + 1 - start);
        }
        start = i + 1;
      }
    }
    removed |= start < bytes.length; // a torn last line
    return removed ? Optional.of(kept.toByteArray()) : Optional.empty();
  }

  /** {@return every record, oldest first; a copy, never {@literal null}} */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The latest outcome of each recipient's message in a circulation, in the order first recorded.
   *
   * @param circulation the circulation's id; must not be {@literal null}
   * @return the latest outcome by recipient; never {@literal null}, empty when nothing was recorded
   *     for the circulation
   */
  public synchronized Map<RecipientId, Outcome> statusOf(String circulation) {
    Map<RecipientId, Outcome> status = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.circulation().equals(circulation)) {
        status.put(e.recipient(), e.outcome());
      }
    }
    return status;
  }

  /**
   * The latest outcome of one person's message in a circulation, if one was ever attempted.
   *
   * @param circulation the circulation's id; must not be {@literal null}
   * @param person the person; must not be {@literal null}
   * @return the outcome, or empty when no message to them was recorded in it
   */
  public synchronized Optional<Outcome> statusOf(String circulation, PersonId person) {
    return Optional.ofNullable(statusOf(circulation).get(RecipientId.of(person)));
  }

  /**
   * What the send log in {@code file} records as delivered to a person, read without holding the
   * log (a circulation may be running): for a data-subject access request. Empty when there is no
   * log.
   *
   * @param file the log's file; must not be {@literal null}
   * @param person the person; must not be {@literal null}
   * @return the entries, oldest first; never {@literal null}
   */
  public static List<Entry> deliveredTo(Path file, PersonId person) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(person, "person");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    try {
      read(Files.readAllBytes(file), entries, new LinkedHashMap<>());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries.stream()
        .filter(e -> e.recipient().is(person) && e.outcome() == Outcome.DELIVERED)
        .toList();
  }

  /**
   * What was delivered to a person, for a data-subject access request.
   *
   * @param person the person; must not be {@literal null}
   * @return the delivered entries, oldest first; never {@literal null}
   */
  public synchronized List<Entry> deliveredTo(PersonId person) {
    return entries.stream()
        .filter(e -> e.recipient().is(person) && e.outcome() == Outcome.DELIVERED)
        .toList();
  }

  /** {@return where the log is kept, never {@literal null}} */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "SendLog[" + file + "]";
  }
}
