package org.communityofpractice.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;

/**
 * Brings an archive written under an older schema version up to the current one, one version at a
 * time, on the JSON tree before it is read. When the schema changes: raise {@link #CURRENT}, and
 * append to {@link #standard()} the step that turns a document of the old version into the new one
 * (rename a field, add a required field with its former default…). Steps never change what a
 * document means, only how it says it; a version newer than {@code CURRENT}, or older than the
 * oldest step, is rejected.
 */
final class Migrations {
  /** The schema version this release writes. */
  static final int CURRENT = 1;

  /** One step: rewrites, in place, a document of version {@code n} into version {@code n + 1}. */
  @FunctionalInterface
  interface Step {
    void apply(ObjectNode document) throws ArchiveFormatException;
  }

  private final int current;
  private final List<Step> steps;

  /** {@code steps.get(i)} migrates version {@code current - steps.size() + i} to the next one. */
  Migrations(int current, List<Step> steps) {
    if (current - steps.size() < 1) {
      throw new IllegalArgumentException("schema versions start at 1");
    }
    this.current = current;
    this.steps = List.copyOf(steps);
  }

  /** The migrations of this release: version 1 is the first, so there is nothing to migrate yet. */
  static Migrations standard() {
    return new Migrations(CURRENT, List.of());
  }

  int current() {
    return current;
  }

  int oldest() {
    return current - steps.size();
  }

  /**
   * Checks the version at {@code path} and migrates {@code document} from it to the current one.
   */
  void migrate(ObjectNode document, int version, String path) throws ArchiveFormatException {
    if (version > current) {
      throw ArchiveFormatException.at(
          Kind.UNSUPPORTED_VERSION,
          path,
          "must be at most "
              + current
              + ", the newest schema version this reader knows"
              + " (the archive was written by a newer release)",
          String.valueOf(version),
          false);
    }
    if (version < oldest()) {
      throw ArchiveFormatException.at(
          Kind.UNSUPPORTED_VERSION,
          path,
          "must be a schema version from " + oldest() + " to " + current,
          String.valueOf(version),
          false);
    }
    for (int v = version; v < current; v++) {
      steps.get(v - oldest()).apply(document);
      document.put(CommunityJson.SCHEMA_VERSION, v + 1);
    }
  }
}
