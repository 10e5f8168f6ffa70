package org.communityofpractice.examples;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.synthetic.SyntheticNetwork;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SessionReport;

/**
 * The names a Javadoc example may use without declaring them: each example runs as a method of a
 * subclass ({@link JavadocSnippetsTest}), on fixtures made afresh for it from the guide's example
 * community. Kept small on purpose: an example that needs something else declares it, so a reader
 * sees where it comes from.
 */
public class JavadocFixtures {
  /** An empty folder of the example's own, for what it writes. */
  protected Path folder;

  /** The moment the example runs at: after the prison release series, in the summer of 2016. */
  protected Instant now;

  /** The guide's example community, @SoTCoP ({@link GuideExample#community()}). */
  protected Community community;

  /** Its member register. */
  protected MemberRegister register;

  /** A member of it: the housing manager, who agreed to be quoted by role. */
  protected PersonId sam;

  /** Its facilichair, who agreed to be named in reports. */
  protected PersonId chair;

  /** Its topic prison release. */
  protected Topic prisonRelease;

  /** Its series on prison release, of three sessions. */
  protected Series series;

  /** Who acts on a request: the community's data protection lead. */
  protected Actor actor;

  /** Publishing as of {@link #now}, with cop's default thresholds. */
  protected DisclosurePolicy policy;

  /** The first session of the prison release series. */
  protected Session session;

  /** The first scaling round of {@link #session}. */
  protected ScalingRound round;

  /** The plan of the community's next session, in the prison release series. */
  protected SessionPlan plan;

  /** A recorder started on {@link #plan}, at its first stage. */
  protected SessionRecorder recorder;

  /** A store under {@link #folder}{@code /fixture-store} that holds {@link #community}. */
  protected FileArchiveStore store;

  /** The published report of {@link #session}. */
  protected SessionReport report;

  /**
   * A schema of three columns: {@code session}, {@code headcount} and an optional {@code
   * share_new}.
   */
  protected Schema schema;

  /** A table of {@link #schema} with two rows. */
  protected Table table;

  /** A synthetic network of four communities, made lazily ({@code seed(42)}). */
  protected SyntheticNetwork network;

  /** Makes the fixtures, all afresh, with {@code folder} as the example's folder. */
  public void setUp(Path folder) throws Exception {
    this.folder = folder;
    now = Instant.parse("2016-07-01T12:00:00Z");
    community = GuideExample.community();
    register = community.register();
    sam = GuideMembers.HOUSING_MANAGER;
    chair = GuideMembers.FACILICHAIR;
    prisonRelease = PrisonReleaseSeries.topic();
    series = community.series(PrisonReleaseSeries.SERIES).orElseThrow();
    actor = Actor.role("data protection lead");
    policy = DisclosurePolicy.asOf(now);
    session = community.session(PrisonReleaseSeries.FIRST).orElseThrow();
    round = session.scaling().get(0);
    plan =
        SessionPlan.builder()
            .id(SessionId.of("prison-release-4"))
            .topic(PrisonReleaseSeries.TOPIC)
            .startsAt(ZonedDateTime.of(2016, 7, 7, 10, 0, 0, 0, ZoneId.of("Europe/London")))
            .venue(Venue.of("VOICES, Federation House"))
            .facilitator(GuideMembers.FACILICHAIR)
            .addRecorder(GuideMembers.RECORDER)
            .build();
    recorder = SessionRecorder.start(community, plan);
    store = FileArchiveStore.builder(folder.resolve("fixture-store")).build();
    store.save(community, ArchiveVersion.NONE);
    report = ReportComposer.of(policy).session(community, PrisonReleaseSeries.FIRST);
    schema =
        Schema.of(
            "attendance",
            "One row per session",
            Column.text("session", "The session's id"),
            Column.integer("headcount", "How many were in the room"),
            Column.decimal("share_new", "Share of the room at their first session").optional());
    table = Table.builder(schema).addRow("s-1", 12, 0.25).addRow("s-2", 9, null).build();
    network = SyntheticNetwork.builder().seed(42).communities(4).build();
  }
}
