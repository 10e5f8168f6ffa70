package org.communityofpractice.examples.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.StoredArchive;

/**
 * The side file in which earlier builds of the app kept who is pictured in each photo ({@code
 * .cop-serve/pictured.tsv}: the community, the session, a SHA-256 of the image and the ids), before
 * the archive's artefact recorded it itself ({@link Artefact#pictured()}). Only moves what it holds
 * into the archive, so that one record is left: on start, its lines go into the artefacts of
 * finished sessions; a line for a capture still in progress waits until that capture is finished
 * (its journal cannot be amended), and until then erasing someone it names is refused, since the
 * journal's photo would stay. The file goes once nothing waits in it.
 */
final class PicturedSideFile {
  private final Path file;

  PicturedSideFile(Path storeRoot) {
    this.file = storeRoot.resolve(".cop-serve").resolve("pictured.tsv");
  }

  /** One photo as the side file recorded it. */
  private record Line(String community, String session, String hash, Set<PersonId> people) {
    static java.util.Optional<Line> parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 4 || f[3].isEmpty()) {
        return java.util.Optional.empty();
      }
      Set<PersonId> people = new LinkedHashSet<>();
      try {
        for (String id : f[3].split(",")) {
          people.add(PersonId.of(id));
        }
      } catch (RuntimeException e) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new Line(f[0], f[1], f[2], people));
    }

    String text() {
      return community
          + "\t"
          + session
          + "\t"
          + hash
          + "\t"
          + String.join(",", people.stream().map(PersonId::value).toList())
          + "\n";
    }
  }

  /**
   * Moves every line of a finished session into its artefact; keeps the lines of captures still in
   * progress; removes the file when none is kept.
   */
  synchronized void migrate(FileArchiveStore files) {
    List<Line> waiting = new ArrayList<>();
    for (Line line : lines()) {
      CommunityId id;
      SessionId session;
      try {
        id = CommunityId.of(line.community());
        session = SessionId.of(line.session());
      } catch (RuntimeException e) {
        continue;
      }
      if (files.sessionsInProgress(id).contains(session)) {
        waiting.add(line);
        continue;
      }
      files.load(id).ifPresent(stored -> save(files, stored, applied(stored.community(), line)));
    }
    write(waiting);
  }

  /** After the capture of {@code session} is finished: its waiting lines go into its artefacts. */
  synchronized void finished(FileArchiveStore files, CommunityId id, SessionId session) {
    List<Line> waiting = new ArrayList<>();
    for (Line line : lines()) {
      if (line.community().equals(id.value()) && line.session().equals(session.value())) {
        files.load(id).ifPresent(stored -> save(files, stored, applied(stored.community(), line)));
      } else {
        waiting.add(line);
      }
    }
    write(waiting);
  }

  /** The sessions still in progress with a photo of {@code person} that waits to be moved. */
  synchronized List<String> waitingFor(CommunityId id, PersonId person) {
    return lines().stream()
        .filter(l -> l.community().equals(id.value()) && l.people().contains(person))
        .map(Line::session)
        .distinct()
        .toList();
  }

  private static void save(FileArchiveStore files, StoredArchive stored, Community changed) {
    if (changed != stored.community()) {
      files.save(changed, stored.version());
    }
  }

  /**
   * The community with the line's people recorded on the photo it names, as far as they were there.
   */
  private static Community applied(Community c, Line line) {
    boolean changed = false;
    List<Session> sessions = new ArrayList<>();
    for (Session s : c.sessions()) {
      if (!s.id().value().equals(line.session())) {
        sessions.add(s);
        continue;
      }
      List<Artefact> artefacts = new ArrayList<>();
      for (Artefact a : s.artefacts()) {
        if (hash(a.image()).equals(line.hash())) {
          Set<PersonId> people = new LinkedHashSet<>(a.pictured());
          line.people().stream().filter(s.attendees()::contains).forEach(people::add);
          changed |= people.size() != a.pictured().size();
          a = a.picturing(List.copyOf(people));
        }
        artefacts.add(a);
      }
      sessions.add(Session.builder().from(s).artefacts(artefacts).build());
    }
    return changed ? Community.builder().from(c).sessions(sessions).build() : c;
  }

  private List<Line> lines() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .flatMap(l -> Line.parse(l).stream())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(List<Line> waiting) {
    try {
      if (waiting.isEmpty()) {
        Files.deleteIfExists(file);
      } else if (Files.exists(file)) {
        Path temp = file.resolveSibling("pictured.tsv.new");
        Files.writeString(
            temp,
            String.join("", waiting.stream().map(Line::text).toList()),
            StandardCharsets.UTF_8);
        Files.move(
            temp,
            file,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String hash(String image) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(image.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
