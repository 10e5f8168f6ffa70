package org.communityofpractice.core.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Table;

/**
 * The analysis suite: streaming folds over sessions, from one community or a whole national
 * network, producing tidy {@link Table}s a researcher can load as they are (see {@link
 * AnalysisTables}). Sessions are taken one at a time and let go, so memory grows with the result
 * tables only — a million sessions fit in a modest heap.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.builder()
 *     .asOf(Instant.now())                         // when consent is judged
 *     .consentRules(ConsentRules.none().withExpiry(Period.ofYears(2)))
 *     .build();
 * AnalysisTables tables = analysis.run(List.of(sotcop, another));     // every session of each
 * AnalysisTables big = analysis.run(network.sessions(1_000_000));     // or a stream
 * Analysis.Run run = analysis.start();                                // or push them in
 * run.accept(community, session);
 * AnalysisTables pushed = run.finish();
 * tables.exportCsv(Path.of("out"));
 * }</pre>
 *
 * <p><b>Who appears where.</b> Counts and statistics take in everyone in the room, and every
 * rating, anonymous ones included. Perspectives, sectors and organisations come from the register,
 * except for people whose processing is restricted (and erased people), who count as "not known".
 * Person-level rows — {@code paired_movement} — hold only people who are not restricted and whose
 * {@code RESEARCH_USE} consent is in force at {@link Builder#asOf(Instant)}; everyone else is never
 * held by the fold at all.
 *
 * <p><b>Lived experience and restriction.</b> The tables are research data, not a publication: they
 * hold exact small counts, so keep them apart from reports (the {@code cop demo} folder writes them
 * only on request, under {@code restricted-research/}). Even so, by default they follow the report's
 * rules for the two things a single row must never give away: the ratings of restricted people are
 * not counted, and the expert-by-experience perspective is not analysed — the {@code
 * expert_by_experience} and {@code lived_experience_present} columns are empty and it adds nothing
 * to the other counts. {@link Builder#withLivedExperience()} analyses it, for a trusted research
 * environment that may hold special-category data; what it writes is restricted research data.
 *
 * <p><b>Order.</b> Each community's sessions must arrive in date order (as {@link
 * Community#sessions()} keeps them); communities may interleave. New and returning members,
 * retention and pairs are judged in that order. A community is known by its id: the first {@code
 * Community} seen with an id supplies the register and consent for all its sessions.
 */
public final class Analysis {
  private final Instant asOf;
  private final ConsentRules consentRules;
  private final boolean livedExperience;

  private Analysis(Builder b) {
    this.asOf = Objects.requireNonNull(b.asOf, "asOf must be set");
    this.consentRules = b.consentRules;
    this.livedExperience = b.livedExperience;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The analysis as of an instant, with consent that never expires and any notice accepted. */
  public static Analysis asOf(Instant asOf) {
    return builder().asOf(asOf).build();
  }

  /** Starts a fold to push sessions into. A run is not thread-safe; the analysis is. */
  public Run start() {
    return new Run();
  }

  /** Folds over a stream of sessions, consuming it. */
  public AnalysisTables run(Stream<CommunitySession> sessions) {
    Run run = start();
    sessions.forEachOrdered(run::accept);
    return run.finish();
  }

  /** Folds over every session of each community, community by community. */
  public AnalysisTables run(Collection<Community> communities) {
    Run run = start();
    for (Community c : communities) {
      for (Session s : c.sessions()) {
        run.accept(c, s);
      }
    }
    return run.finish();
  }

  /** The instant consent is judged at. */
  public Instant asOf() {
    return asOf;
  }

  /** One pass of the suite over sessions pushed in one at a time. */
  public final class Run {
    private final List<TableFold> folds =
        List.of(new ScalingFold(), new AttendanceFold(), new RepresentationFold(), new ActionsFold(), new ContributionsFold());
    private final Map<CommunityId, CommunityIndex> communities = new HashMap<>();
    private CommunityIndex last;
    private long sessions;
    private boolean finished;

    private Run() {}

    public void accept(CommunitySession session) {
      accept(session.community(), session.session());
    }

    /**
     * Takes in one session of a community.
     *
     * @throws IllegalArgumentException when the session starts before the community's previous one
     * @throws IllegalStateException after {@link #finish()}
     */
    public void accept(Community community, Session session) {
      if (finished) {
        throw new IllegalStateException("the run is finished");
      }
      CommunityIndex c = last != null && last.community == community ? last : index(community);
      last = c;
      Instant start = session.startsAt().toInstant();
      if (start.isBefore(c.latestStart)) {
        throw new IllegalArgumentException(
            "sessions of community " + c.id + " must arrive in date order, but session " + session.id()
                + " starts before the one before it");
      }
      c.latestStart = start;
      List<PersonId> people = session.attendees();
      int[] attendees = new int[people.size()];
      for (int i = 0; i < attendees.length; i++) {
        attendees[i] = c.index(people.get(i));
      }
      for (TableFold fold : folds) {
        fold.accept(c, session, attendees);
      }
      sessions++;
    }

    private CommunityIndex index(Community community) {
      return communities.computeIfAbsent(
          community.id(), id -> new CommunityIndex(communities.size(), community, asOf, consentRules, livedExperience));
    }

    /** The tables; the run takes no more sessions. */
    public AnalysisTables finish() {
      finished = true;
      List<Table> tables = new ArrayList<>();
      for (TableFold fold : folds) {
        tables.addAll(fold.finish());
      }
      // scaling, movement, pairs, attendance, retention, representation, actions, contributions
      return new AnalysisTables(tables, sessions, communities.size());
    }
  }

  /** Configures an {@link Analysis}. */
  public static final class Builder {
    private Instant asOf;
    private ConsentRules consentRules = ConsentRules.none();
    private boolean livedExperience;

    private Builder() {}

    /**
     * Analyses the expert-by-experience perspective too. Lived experience is special-category or
     * criminal-offence data, and the tables then tell, for small rooms, who brings it: use this only
     * in a trusted research environment, and treat what it writes as restricted research data that
     * is never published.
     */
    public Builder withLivedExperience() {
      this.livedExperience = true;
      return this;
    }

    /** When research consent is judged; required. Use the time of the analysis. */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** When consent lapses; by default it never expires and any notice will do. */
    public Builder consentRules(ConsentRules rules) {
      this.consentRules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    public Analysis build() {
      return new Analysis(this);
    }
  }
}
