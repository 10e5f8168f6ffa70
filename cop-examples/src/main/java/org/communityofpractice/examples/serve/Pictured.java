package org.communityofpractice.examples.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Session;

/**
 * Who is pictured in each photo, by id only: the archive's artefact has no place for it, so the
 * app keeps it beside the store in {@code .cop-serve/pictured.tsv} — the community, the session, a
 * SHA-256 of the photo and the ids — so that erasing a person can find and remove the photos they
 * are in.
 */
final class Pictured {
  private final Path file;

  Pictured(Path storeRoot) {
    this.file = storeRoot.resolve(".cop-serve").resolve("pictured.tsv");
  }

  /** A photo one or more people are pictured in. */
  record Photo(CommunityId community, String session, String hash, Set<String> people) {}

  synchronized void record(CommunityId community, String session, String image, Set<PersonId> people) {
    if (people.isEmpty()) {
      return;
    }
    String line = community.value() + "\t" + session + "\t" + hash(image) + "\t"
        + people.stream().map(PersonId::value).sorted().collect(Collectors.joining(",")) + "\n";
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The photos of the community the person is pictured in. */
  synchronized List<Photo> of(CommunityId community, PersonId person) {
    List<Photo> found = new ArrayList<>();
    if (!Files.exists(file)) {
      return found;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length == 4 && f[0].equals(community.value())) {
          Set<String> people = Set.of(f[3].split(","));
          if (people.contains(person.value())) {
            found.add(new Photo(community, f[1], f[2], people));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The community without the finished sessions' photos listed; a photo of a capture still open stays. */
  static Community without(Community c, List<Photo> photos) {
    Set<String> hashes = photos.stream().map(Photo::hash).collect(Collectors.toSet());
    if (hashes.isEmpty()) {
      return c;
    }
    List<Session> sessions = new ArrayList<>();
    for (Session s : c.sessions()) {
      List<Artefact> kept = s.artefacts().stream().filter(a -> !hashes.contains(hash(a.image()))).toList();
      sessions.add(kept.size() == s.artefacts().size() ? s : Session.builder().from(s).artefacts(kept).build());
    }
    return Community.builder().from(c).sessions(sessions).build();
  }

  static String hash(String image) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
