package org.communityofpractice.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.ErasureAcrossStore;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.FilesReached;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * A data-subject request, start to finish, on a community kept in a {@link FileArchiveStore}. The
 * Expert Citizen asks for everything the community holds about her, then asks to be erased. The
 * access report lists her register entry, consent history, attendance and words. The erasure goes
 * through the store, so it reaches the backups of earlier versions as well as the current one: it
 * removes her and leaves a tombstone. The prison release series report is still whole afterwards —
 * the same sessions, the same headcounts, the same scaling — because sessions keep her place in the
 * room under an opaque id and her ratings become anonymous.
 *
 * <pre>{@code
 * DataSubjectRequest.Outcome o = DataSubjectRequest.run(folder.resolve("requests"));
 * o.export().attendance().size();           // 5
 * o.reached().backupsRewritten().size();    // 1: the earlier version, rewritten without her
 * o.after().sessions().size();              // 3, as before
 * }</pre>
 */
public final class DataSubjectRequest {
  /** When the request is carried out. */
  public static final Instant AT = Instant.parse("2018-01-15T09:00:00Z");

  private DataSubjectRequest() {}

  /**
   * What the request produced.
   *
   * @param export everything held about her before the erasure
   * @param erasure the erasure: the community without her, and the tombstone
   * @param reached the files of the store the erasure rewrote besides the new version
   * @param before the series report before the erasure
   * @param after the series report after it, from the community as the store now loads it
   */
  public record Outcome(
      AccessReport export,
      Erasure erasure,
      FilesReached reached,
      SeriesReport before,
      SeriesReport after) {}

  /**
   * Prints the export's size, the tombstone, the files reached and the series report after the
   * erasure; the store is kept in the folder given as the first argument, or a new temporary one.
   */
  public static void main(String[] args) throws IOException {
    Path root =
        args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cop-data-subject-request");
    Outcome o = run(root);
    System.out.printf(
        "export: %d fields, %d sessions attended, %d things said%n",
        o.export().rows().size(), o.export().attendance().size(), o.export().said().size());
    System.out.println("erased; tombstone " + o.erasure().tombstone().id());
    System.out.printf(
        "store %s: backups rewritten %d, removed %d%n",
        root, o.reached().backupsRewritten().size(), o.reached().backupsDeleted().size());
    System.out.printf(
        "series report before: %d sessions, after: %d sessions%n",
        o.before().sessions().size(), o.after().sessions().size());
    System.out.println(ReportRenderers.load().get("text").render(o.after()));
  }

  /**
   * Runs the request on the guide's example community, kept in a file store under {@code root}:
   * saved twice, so an earlier version is kept as a backup, then erased through the store.
   *
   * @throws UncheckedIOException when the store cannot be written
   */
  public static Outcome run(Path root) {
    FileArchiveStore store = FileArchiveStore.builder(root).build();
    Community community = GuideExample.community();
    ArchiveVersion first = store.save(community, ArchiveVersion.NONE);
    store.save(community, first); // the first version is kept as a backup

    PersonId her = GuideMembers.EXPERT_CITIZEN;
    ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(AT));
    AccessReport export = DataSubjectRights.access(community, her).result();
    SeriesReport before = composer.series(community, PrisonReleaseSeries.SERIES);

    ErasureAcrossStore erased =
        store.erase(
            community.id(),
            ErasureRequest.of(
                her, AT, Actor.role("data protection lead"), ErasureGround.REQUESTED_BY_PERSON));
    Community now = store.load(community.id()).orElseThrow().community();
    SeriesReport after = composer.series(now, PrisonReleaseSeries.SERIES);
    return new Outcome(export, erased.outcome().result(), erased.reached(), before, after);
  }
}
