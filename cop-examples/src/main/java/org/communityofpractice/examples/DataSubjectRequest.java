package org.communityofpractice.examples;

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
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * A data-subject request, start to finish. The Expert Citizen asks for everything the community
 * holds about her, then asks to be erased. The access report lists her register entry, consent
 * history, attendance and words; erasure removes them and leaves a tombstone; and the prison
 * release series report is still whole afterwards — the same sessions, the same headcounts, the
 * same scaling — because sessions keep her place in the room under an opaque id and her ratings
 * become anonymous.
 *
 * <pre>{@code
 * DataSubjectRequest.Outcome o = DataSubjectRequest.run();
 * o.export().attendance().size();           // 5
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
   * @param before the series report before the erasure
   * @param after the series report after it
   */
  public record Outcome(AccessReport export, Erasure erasure, SeriesReport before, SeriesReport after) {}

  /** Prints the export's size, the tombstone and the series report after the erasure. */
  public static void main(String[] args) {
    Outcome o = run();
    System.out.printf("export: %d fields, %d sessions attended, %d things said%n",
        o.export().rows().size(), o.export().attendance().size(), o.export().said().size());
    System.out.println("erased; tombstone " + o.erasure().tombstone().id());
    System.out.printf("series report before: %d sessions, after: %d sessions%n",
        o.before().sessions().size(), o.after().sessions().size());
    System.out.println(ReportRenderers.load().get("text").render(o.after()));
  }

  /** Runs the request on the guide's example community. */
  public static Outcome run() {
    Community community = GuideExample.community();
    PersonId her = GuideMembers.EXPERT_CITIZEN;
    ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(AT));

    AccessReport export = DataSubjectRights.access(community, her).result();
    SeriesReport before = composer.series(community, PrisonReleaseSeries.SERIES);
    Erasure erasure = DataSubjectRights.erase(community,
        ErasureRequest.of(her, AT, Actor.role("data protection lead"), ErasureGround.REQUESTED_BY_PERSON)).result();
    SeriesReport after = composer.series(erasure.community(), PrisonReleaseSeries.SERIES);
    return new Outcome(export, erasure, before, after);
  }
}
