package org.communityofpractice.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Where each file of a {@link FileArchiveStore} lives under its root: a folder per community with
 * its archive versions, erasure log and key, and a folder of journals. Community and session ids
 * become file names, so {@code .} and {@code ..} are refused.
 *
 * @param root the store's root folder, absolute and normalized
 */
record StoreLayout(Path root) {
  private static final Pattern ARCHIVE_FILE = Pattern.compile("archive-(\\d{12})\\.json");
  private static final String JOURNALS = "journals";
  private static final String JOURNAL_SUFFIX = ".jsonl";

  Path folderOf(CommunityId community) {
    return root.resolve(fileName(community.value(), "community"));
  }

  Path archiveFile(CommunityId community, ArchiveVersion version) {
    return archiveFile(folderOf(community), version.value());
  }

  private static Path archiveFile(Path folder, long version) {
    // padded by hand rather than by String.format, whose digits are the default locale's (an
    // Arabic or Thai one writes a name versions() never reads back) and which reads that locale's
    // number data first, milliseconds of every command's start
    String digits = Long.toString(version);
    return folder.resolve(
        "archive-" + "0".repeat(Math.max(0, 12 - digits.length())) + digits + ".json");
  }

  Path journalsOf(CommunityId community) {
    return folderOf(community).resolve(JOURNALS);
  }

  Path journalFile(CommunityId community, SessionId session) {
    return journalsOf(community).resolve(fileName(session.value(), "session") + JOURNAL_SUFFIX);
  }

  Path erasureLogFile(CommunityId community) {
    return folderOf(community).resolve("erasures.json");
  }

  Path erasureKeyFile(CommunityId community) {
    return folderOf(community).resolve("erasure-key");
  }

  /** Whether a file in a journals folder is a journal. */
  static boolean isJournal(Path file) {
    return file.getFileName().toString().endsWith(JOURNAL_SUFFIX);
  }

  /** The glob that matches the journals in a journals folder. */
  static String journalGlob() {
    return "*" + JOURNAL_SUFFIX;
  }

  /** The session a journal file is of. */
  static SessionId sessionOf(Path journal) {
    String name = journal.getFileName().toString();
    return SessionId.of(name.substring(0, name.length() - JOURNAL_SUFFIX.length()));
  }

  /** The versions of the archive files in a folder, newest first. */
  static List<Long> versions(Path folder) {
    List<Long> versions = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return versions;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        Matcher m = ARCHIVE_FILE.matcher(f.getFileName().toString());
        if (m.matches()) {
          versions.add(Long.parseLong(m.group(1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    versions.sort(Comparator.reverseOrder());
    return versions;
  }

  /** Deletes the archive file of a version in a folder; whether there was one. */
  static boolean deleteArchive(Path folder, long version) throws IOException {
    return Files.deleteIfExists(archiveFile(folder, version));
  }

  private static String fileName(String id, String field) {
    if (id.equals(".") || id.equals("..")) {
      throw InvalidValueException.of(field, "must not be '.' or '..' in a file store", id);
    }
    return id;
  }
}
