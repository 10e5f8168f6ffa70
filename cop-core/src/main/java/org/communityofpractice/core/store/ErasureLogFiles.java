package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.store.internal.AtomicFiles;
import org.communityofpractice.core.store.internal.BoundedFiles;
import org.communityofpractice.core.store.internal.DurableFiles;
import org.communityofpractice.core.store.internal.KeyedErasures;
import org.communityofpractice.core.store.internal.StoreJson;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * A community's erasure log as the store keeps it: the log of every erasure carried out through the
 * store, naming each person by a keyed hash, and the key beside it, made with the first entry. It
 * is read to replay erasures on a copy (a save, a restored backup) and to answer whether an id was
 * erased. Methods that write expect the caller to hold the folder's lock.
 */
final class ErasureLogFiles {
  /**
   * The most a key file is read to: the key's hex digits and a line break, with room for a few
   * spaces a hand may have added (cop's own bound).
   */
  private static final long KEY_FILE_MAX_BYTES = 256;

  private static final Pattern KEY =
      Pattern.compile("[0-9a-f]{" + 2 * KeyedErasures.KEY_BYTES + "}");

  private final StoreLayout layout;

  ErasureLogFiles(StoreLayout layout) {
    this.layout = layout;
  }

  /** The opaque ids of the tombstones the logged erasures left, in order. */
  List<PersonId> tombstones(CommunityId community) {
    try {
      return logged(community).stream().map(l -> l.entry().tombstone()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The logged erasure of {@code person}, found by hashing the id. */
  Optional<ErasureLog.Entry> find(CommunityId community, PersonId person) {
    try {
      return find(community, logged(community), person);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<ErasureLog.Entry> find(
      CommunityId community, List<KeyedErasures.Logged> logged, PersonId person)
      throws IOException {
    return logged.isEmpty() ? Optional.empty() : key(community, false).find(logged, person);
  }

  /** The logged erasures carried out again on {@code restored}, refusals included. */
  ErasureLog.Replay replayOn(CommunityId community, Community restored) {
    try {
      return replay(community, logged(community), restored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ErasureLog.Replay replay(
      CommunityId community, List<KeyedErasures.Logged> logged, Community restored)
      throws IOException {
    ErasureLog log =
        logged.isEmpty()
            ? ErasureLog.empty()
            : key(community, false).naming(logged, restored.register().ids());
    return log.replay(restored);
  }

  /**
   * {@code community} with the logged erasures carried out again on everyone it still holds.
   *
   * @throws StoreException ({@code ERASURE_NOT_REPLAYED}) when it refuses one of them
   */
  Community replayed(CommunityId id, Community community) throws IOException {
    List<KeyedErasures.Logged> logged = logged(id);
    if (logged.isEmpty()) {
      return community;
    }
    ErasureLog.Replay replay = replay(id, logged, community);
    if (!replay.refused().isEmpty()) {
      throw StoreException.erasureNotReplayed(
          layout.erasureLogFile(id).toString(), replay.refused().size());
    }
    return replay.community();
  }

  /**
   * The opaque id of the tombstone {@code person}'s logged erasure left, and the tombstone ids of
   * every logged erasure.
   */
  Logged lookUp(CommunityId community, PersonId person) throws IOException {
    List<KeyedErasures.Logged> logged = logged(community);
    return new Logged(
        find(community, logged, person).map(ErasureLog.Entry::tombstone),
        logged.stream().map(l -> l.entry().tombstone()).toList());
  }

  /** What {@link #lookUp} found. */
  record Logged(Optional<PersonId> tombstone, List<PersonId> tombstones) {}

  /** Adds erasures to the erasure log, all or nothing; the log's key is made with the first. */
  void log(CommunityId community, List<ErasureLog.Entry> erasures) throws IOException {
    if (erasures.isEmpty()) {
      return;
    }
    List<KeyedErasures.Logged> logged = new ArrayList<>(logged(community));
    KeyedErasures key = key(community, logged.isEmpty());
    for (ErasureLog.Entry erasure : erasures) {
      if (key.find(logged, erasure.request().person()).isEmpty()) {
        logged.add(key.log(erasure));
      }
    }
    Path folder = layout.folderOf(community);
    AtomicFiles.replace(
        folder,
        layout.erasureLogFile(community),
        KeyedErasures.write(logged).getBytes(StandardCharsets.UTF_8));
    DurableFiles.forceDirectory(folder);
  }

  private List<KeyedErasures.Logged> logged(CommunityId community) throws IOException {
    Path file = layout.erasureLogFile(community);
    if (!Files.exists(file)) {
      return List.of();
    }
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(file);
    } catch (BoundedFiles.RefusedFileException e) {
      throw new CorruptArchiveException(
          file.toString(),
          Optional.empty(),
          Refusals.said("reason.file", new Refusals.Expectation(e.reason())),
          Optional.empty());
    }
    String json =
        StoreJson.utf8(bytes, 0, bytes.length)
            .orElseThrow(
                () ->
                    new CorruptArchiveException(
                        file.toString(),
                        Optional.empty(),
                        Refusals.said("reason.fileNotUtf8"),
                        Optional.empty()));
    try {
      return KeyedErasures.read(json);
    } catch (KeyedErasures.Malformed e) {
      throw new CorruptArchiveException(
          file.toString(),
          Optional.of(e.path()),
          Refusals.expected(e.getMessage()),
          Optional.empty());
    }
  }

  /**
   * The community's erasure key; made when missing and {@code create}, else refused when missing.
   * With {@code create} (no erasure is logged yet, so no logged erasure uses the key), a key file
   * that is not whole is made again: a kill while the key was first written leaves one.
   */
  private KeyedErasures key(CommunityId community, boolean create) throws IOException {
    Path file = layout.erasureKeyFile(community);
    Path folder = file.getParent();
    if (Files.exists(file)) {
      Optional<byte[]> read = readKey(file);
      if (read.isPresent()) {
        return new KeyedErasures(read.get());
      }
      if (!create) {
        throw new CorruptArchiveException(
            file.toString(),
            Optional.empty(),
            Refusals.expected(
                "must hold the erasure log's key: "
                    + 2 * KeyedErasures.KEY_BYTES
                    + " lower-case hex digits"),
            Optional.empty());
      }
    } else if (!create) {
      throw new CorruptArchiveException(
          file.toString(),
          Optional.empty(),
          Refusals.expected(
              "is missing: the erasure log cannot be matched to anyone without it; restore it from"
                  + " where the store was copied"),
          Optional.empty());
    }
    byte[] key = new byte[KeyedErasures.KEY_BYTES];
    new SecureRandom().nextBytes(key);
    // all or nothing: a reader finds no key file or a whole one, never an empty or cut one
    AtomicFiles.replace(
        folder, file, (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
    DurableFiles.forceDirectory(folder);
    return new KeyedErasures(key);
  }

  /** The key in {@code file}, or empty when the file does not hold one (read only when small). */
  private static Optional<byte[]> readKey(Path file) throws IOException {
    if (Files.size(file) > KEY_FILE_MAX_BYTES) {
      return Optional.empty();
    }
    String hex = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
    if (!KEY.matcher(hex).matches()) {
      return Optional.empty();
    }
    return Optional.of(HexFormat.of().parseHex(hex));
  }
}
