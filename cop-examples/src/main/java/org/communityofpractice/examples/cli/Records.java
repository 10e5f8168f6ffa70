package org.communityofpractice.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.store.ArchiveConflictException;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * What the record-keeping commands share: every change is saved through the store (a new version,
 * the earlier one kept as a backup), who made it is named with {@code --by}, and a person who is
 * not in the register is told apart from one who was erased.
 */
final class Records {
  private Records() {}

  /**
   * Saves {@code changed} as the next version of the community in its store; says where, in the
   * language of {@code words}.
   */
  static ArchiveVersion save(
      Archives.InStore in, Community changed, java.io.PrintWriter out, ToolText words) {
    ArchiveVersion version;
    try {
      version = in.store().save(changed, in.archive().version());
    } catch (ArchiveConflictException e) {
      throw UserError.invalid(ToolText.says("records.conflict", String.valueOf(in.folder())));
    }
    out.println(
        "  "
            + words.format(
                "records.saved", String.valueOf(in.store().archiveFile(in.id(), version))));
    return version;
  }

  /** A community built from {@code builder}, or invalid data naming the field that is wrong. */
  static Community build(Community.Builder builder) {
    return build(builder::build);
  }

  /** A value built by {@code build}, or invalid data naming the field that is wrong. */
  static <T> T build(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw UserError.invalid(ToolText.says("records.invalid", ToolText.fieldAndExpectation(e)));
    }
  }

  /** The outcome's result, or its refusal as invalid data (exit 1). */
  static <T> T done(RequestOutcome<T> outcome) {
    if (!outcome.isDone()) {
      throw UserError.invalid(
          ToolText.says("records.refused", outcome.refusal().orElseThrow().explanation()));
    }
    return outcome.result();
  }

  /**
   * Who made a change: a member's id when the register holds it, otherwise a role such as "data
   * protection lead" (letters and spaces; never a name, email or phone number).
   */
  static Actor actor(Community community, String by) {
    try {
      PersonId id = PersonId.of(by);
      if (community.register().holds(id)) {
        return Actor.person(id);
      }
    } catch (InvalidValueException e) {
      // not an id: a role
    }
    try {
      return Actor.role(by);
    } catch (InvalidValueException e) {
      throw UserError.usage(ToolText.says("records.by"));
    }
  }

  /**
   * The id of someone the register holds. One who is not held is a usage error; one who was erased
   * is told when ("erased on …"), from the store's erasure log, which holds ids only.
   */
  static PersonId held(Community community, Path archive, String person) {
    PersonId id = Ids.person(person);
    if (community.register().holds(id)) {
      return id;
    }
    Optional<ErasureLog.Entry> erased = erasure(archive, id);
    if (erased.isPresent()) {
      throw UserError.usage(
          ToolText.says(
              "records.erased",
              Ids.says(id),
              LocalDate.ofInstant(erased.get().request().at(), ZoneOffset.UTC).toString(),
              String.valueOf(erased.get().tombstone())));
    }
    throw UserError.usage(ToolText.says("records.noPerson", String.valueOf(archive), Ids.says(id)));
  }

  /**
   * The erasure of {@code id} in the store holding {@code archive}, if it is in one and was erased.
   */
  static Optional<ErasureLog.Entry> erasure(Path archive, PersonId id) {
    if (!Files.isDirectory(archive) && !Files.isDirectory(archive.toAbsolutePath().getParent())) {
      return Optional.empty();
    }
    Archives.InStore in;
    try {
      in =
          Archives.inStore(
              Files.isDirectory(archive) ? archive : archive.toAbsolutePath().getParent());
    } catch (UserError e) {
      return Optional.empty(); // a plain JSON file keeps no erasure log
    }
    return in.store().erasureOf(in.id(), id);
  }
}
