package org.communityofpractice.core.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communityofpractice.core.analysis.CommunitySession;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.LifeCycleStage;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A deterministic synthetic national network of communities of practice. The same seed and settings
 * give the same communities and sessions, in any JVM, whatever else is generated first. Everything
 * is fictional: names are "Member 12", organisations "Organisation 3".
 *
 * <pre>{@code
 * import org.communityofpractice.core.analysis.Analysis;
 * SyntheticNetwork network = SyntheticNetwork.builder()
 *     .seed(42)
 *     .communities(40)        // the national network
 *     .membersPerCommunity(40)
 *     .sessionsPerSeries(6)
 *     .build();
 * // lazily: each session is made when the stream reaches it, and can be collected after
 * Analysis.Run fold = Analysis.asOf(Instant.now()).start();
 * network.sessions(2_000).forEach(cs -> fold.accept(cs.community(), cs.session()));
 * // or small and whole, for tests: a valid Community with its first 12 sessions and their series
 * Community c = network.community(0, 12);
 * }</pre>
 *
 * <p>The stream visits the communities in turn (session {@code i} belongs to community {@code i %
 * communities}), each community's sessions in date order, monthly. A streamed session's community
 * is a <em>shell</em> — register, consent ledger and topics, no sessions or series — shared by all
 * its sessions; {@link #community(int, int)} gives the same sessions inside a whole, valid
 * community.
 *
 * <p>What is realistic about it: each member has their own likelihood of coming and joins at some
 * point, so there are new and returning members; the facilitator always comes; about one in five
 * members is an expert by experience; ratings rise through a series; about a third of ratings are
 * anonymous; actions are agreed most months and about half are noticed as small steps next time;
 * most members give research consent, a few withdraw it, and a few have processing restricted.
 */
public final class SyntheticNetwork {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ScalingQuestion HOW_NEAR = ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7);
  static final ScalingQuestion SECOND =
      ScalingQuestion.of("How near is the pathway for this topic to good enough?", 6);
  private static final ZonedDateTime FIRST = ZonedDateTime.of(2016, 1, 5, 10, 0, 0, 0, LONDON);
  private static final Venue VENUE = Venue.of("Community room");
  private static final NoticeVersion NOTICE = NoticeVersion.of("2016-1");
  private static final Perspective[] PERSPECTIVES = Perspective.values();

  /** Weights per perspective, in declaration order; an expert by experience one time in five. */
  private static final int[] PERSPECTIVE_WEIGHTS = {20, 28, 10, 5, 15, 5, 5, 5, 7};

  private static final ContributionKind[] KINDS = ContributionKind.values();
  private static final Sector[] SECTORS = Sector.values();

  private final long seed;
  private final int communityCount;
  private final int members;
  private final int topics;
  private final int sessionsPerSeries;
  private final double researchConsent;
  private final double restricted;
  private final List<Shell> shells;

  private SyntheticNetwork(Builder b) {
    this.seed = b.seed;
    this.communityCount = b.communities;
    this.members = b.members;
    this.topics = b.topics;
    this.sessionsPerSeries = b.sessionsPerSeries;
    this.researchConsent = b.researchConsent;
    this.restricted = b.restricted;
    List<Shell> made = new ArrayList<>(communityCount);
    for (int c = 0; c < communityCount; c++) {
      made.add(new Shell(c));
    }
    this.shells = Collections.unmodifiableList(made);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The communities as shells: register, consent ledger and topics; no sessions or series. */
  public List<Community> communities() {
    List<Community> list = new ArrayList<>(shells.size());
    shells.forEach(s -> list.add(s.community));
    return Collections.unmodifiableList(list);
  }

  /** How many communities the network has. */
  public int communityCount() {
    return communityCount;
  }

  /**
   * The first {@code count} sessions of the network, made lazily as the stream is consumed; each
   * paired with its community's shell. Sequential and ordered.
   *
   * @param count how many sessions, at least 0
   * @return the stream, never {@literal null}
   */
  public Stream<CommunitySession> sessions(long count) {
    if (count < 0) {
      throw InvalidValueException.of("count", "must not be negative", count);
    }
    Spliterator<CommunitySession> s =
        new Spliterators.AbstractSpliterator<>(
            count, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED) {
          private final SessionMaker[] makers = new SessionMaker[communityCount];
          private long next;

          @Override
          public boolean tryAdvance(Consumer<? super CommunitySession> action) {
            if (next >= count) {
              return false;
            }
            int c = (int) (next % communityCount);
            if (makers[c] == null) {
              makers[c] = new SessionMaker(shells.get(c));
            }
            next++;
            action.accept(new CommunitySession(shells.get(c).community, makers[c].next()));
            return true;
          }
        };
    return StreamSupport.stream(s, false);
  }

  /**
   * One community, whole and valid: its shell with its first {@code sessions} sessions — the same
   * as the stream's — and the series they belong to (every series but the last concluded).
   */
  public Community community(int index, int sessions) {
    Objects.checkIndex(index, communityCount);
    if (sessions < 0) {
      throw InvalidValueException.of("sessions", "must not be negative", sessions);
    }
    Shell shell = shells.get(index);
    SessionMaker maker = new SessionMaker(shell);
    List<Session> made = new ArrayList<>(sessions);
    for (int j = 0; j < sessions; j++) {
      made.add(maker.next());
    }
    List<Series> series = new ArrayList<>();
    int seriesCount = sessions == 0 ? 0 : (sessions - 1) / sessionsPerSeries + 1;
    for (int k = 0; k < seriesCount; k++) {
      boolean complete = (k + 1) * sessionsPerSeries <= sessions;
      series.add(
          Series.builder()
              .id(shell.seriesId(k))
              .topic(shell.topicIds.get(k % topics))
              .title("Series " + (k + 1))
              .concluded(complete)
              .build());
    }
    return Community.builder().from(shell.community).series(series).sessions(made).build();
  }

  /** An instant after every one of the first {@code count} sessions: a fair "now" for analysis. */
  public Instant after(long count) {
    long perCommunity = count / communityCount + 1;
    return FIRST.plusMonths(perCommunity).plusDays(40).toInstant();
  }

  private SplittableRandom random(long a, long b) {
    return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L, a), b));
  }

  private static long mix(long x, long y) {
    long z = x * 0xBF58476D1CE4E5B9L + y + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A community's fixed part: register, consent, topics, and each member's habits. */
  private final class Shell {
    final int index;
    final Community community;
    final List<TopicId> topicIds = new ArrayList<>();
    final PersonId[] people;
    final double[] likelihood;
    final int[] joinsAt;
    final double[] ratingOffset;
    final Perspective[] firstPerspective;
    final String prefix;

    Shell(int index) {
      this.index = index;
      this.prefix = String.format(java.util.Locale.ROOT, "c%04d", index);
      SplittableRandom r = random(index, -1);
      people = new PersonId[members];
      likelihood = new double[members];
      joinsAt = new int[members];
      ratingOffset = new double[members];
      firstPerspective = new Perspective[members];
      MemberRegister.Builder register = MemberRegister.builder();
      List<ConsentEvent> consent = new ArrayList<>();
      Instant joinedAt = FIRST.minusMonths(1).toInstant();
      for (int k = 0; k < members; k++) {
        PersonId id = PersonId.of(prefix + "-p" + k);
        people[k] = id;
        likelihood[k] = k == 0 ? 1.0 : 0.15 + 0.65 * r.nextDouble();
        joinsAt[k] = k < members / 2 ? 0 : r.nextInt(24);
        ratingOffset[k] = r.nextDouble() * 2 - 1;
        Set<Perspective> perspectives = EnumSet.of(k == 0 ? Perspective.PROVIDER : perspective(r));
        if (r.nextInt(100) < 15) {
          perspectives.add(perspective(r));
        }
        firstPerspective[k] = perspectives.iterator().next();
        Person.Builder p =
            Person.builder()
                .id(id)
                .name("Member " + k)
                .role("Role " + (k % 7))
                .organisation("Organisation " + r.nextInt(12))
                .perspectives(perspectives)
                .sector(SECTORS[r.nextInt(SECTORS.length)])
                .joined(FIRST.toLocalDate().plusMonths(joinsAt[k]));
        Person person = p.build();
        if (k > 0 && r.nextDouble() < restricted) {
          person =
              person.withRestriction(
                  Restriction.of(joinedAt, RestrictionGround.ACCURACY_CONTESTED));
        }
        register.addPerson(person);
        consent.add(
            ConsentEvent.granted(terms(id, ConsentPurpose.COMMUNITY_COMMUNICATIONS, joinedAt)));
        if (r.nextDouble() < researchConsent) {
          consent.add(ConsentEvent.granted(terms(id, ConsentPurpose.RESEARCH_USE, joinedAt)));
          if (r.nextInt(100) < 5) {
            consent.add(
                ConsentEvent.withdrawn(
                    terms(id, ConsentPurpose.RESEARCH_USE, joinedAt.plus(Duration.ofDays(200)))));
          }
        }
      }
      List<Topic> topicList = new ArrayList<>();
      for (int t = 0; t < topics; t++) {
        TopicId id = TopicId.of("t" + t);
        topicIds.add(id);
        topicList.add(
            Topic.builder()
                .id(id)
                .title("Topic " + (t + 1))
                .addNeededPerspective(Perspective.EXPERT_BY_EXPERIENCE)
                .addNeededPerspective(Perspective.FRONTLINE_PRACTITIONER)
                .build());
      }
      community =
          Community.builder()
              .id(CommunityId.of(prefix))
              .name("Synthetic community " + index)
              .place("Place " + index)
              .addCoreGroup(people[0])
              .lifeCycleStage(LifeCycleStage.PERFORMING)
              .register(register.build())
              .consent(ConsentLedger.of(consent))
              .topics(topicList)
              .build();
    }

    SeriesId seriesId(int k) {
      return SeriesId.of(prefix + "-series" + k);
    }

    private ConsentTerms terms(PersonId id, ConsentPurpose purpose, Instant at) {
      return ConsentTerms.builder()
          .person(id)
          .purpose(purpose)
          .at(at)
          .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
          .notice(NOTICE)
          .recordedBy(Actor.role("facilitator"))
          .build();
    }
  }

  private static Perspective perspective(SplittableRandom r) {
    int pick = r.nextInt(100);
    for (int i = 0; i < PERSPECTIVE_WEIGHTS.length; i++) {
      pick -= PERSPECTIVE_WEIGHTS[i];
      if (pick < 0) {
        return PERSPECTIVES[i];
      }
    }
    return PERSPECTIVES[PERSPECTIVES.length - 1];
  }

  /**
   * Makes one community's sessions in order; remembers the last session's actions for small steps.
   */
  private final class SessionMaker {
    private final Shell shell;
    private int ordinal;
    private SessionId previous;
    private List<ActionId> previousActions = List.of();
    private SeriesId series;
    private int seriesIndex = -1;

    SessionMaker(Shell shell) {
      this.shell = shell;
    }

    Session next() {
      int j = ordinal++;
      SplittableRandom r = random(shell.index, j);
      int k = j / sessionsPerSeries;
      int position = j % sessionsPerSeries;
      if (k != seriesIndex) {
        seriesIndex = k;
        series = shell.seriesId(k);
      }
      ZonedDateTime start = FIRST.plusMonths(j).plusDays(shell.index % 20);
      RunningOrder order = j == 0 ? RunningOrder.firstSession() : RunningOrder.subsequentSession();
      SessionId id = SessionId.of(shell.prefix + "-s" + j);

      List<PersonId> attendees = new ArrayList<>();
      List<Integer> who = new ArrayList<>();
      for (int m = 0; m < members; m++) {
        double boost = position == 0 ? 0.05 : 0;
        if (j >= shell.joinsAt[m] && r.nextDouble() < shell.likelihood[m] + boost) {
          attendees.add(shell.people[m]);
          who.add(m);
        }
      }
      Session.Builder b =
          Session.builder()
              .id(id)
              .topic(shell.topicIds.get(k % topics))
              .series(series)
              .startsAt(start)
              .venue(VENUE)
              .facilitator(shell.people[0])
              .attendees(attendees)
              .runningOrder(order)
              .addConclusion("A conclusion");
      List<StageKey> stages = new ArrayList<>();
      for (Stage stage : order.stages()) {
        boolean skip =
            (stage.key().equals(StageKey.USEFULNESS) && r.nextInt(10) == 0)
                || (stage.key().equals(StageKey.BEST_HOPES) && r.nextInt(20) == 0);
        if (stage.core() && !skip) {
          stages.add(stage.key());
        }
      }
      b.stagesRun(stages);
      if (stages.contains(StageKey.BEST_HOPES)) {
        for (int h = 0, n = 1 + r.nextInt(3); h < n; h++) {
          b.addBestHope(BestHope.by(attendees.get(r.nextInt(attendees.size())), "A best hope"));
        }
      }
      if (r.nextInt(10) < 9) {
        int presenter = who.get(r.nextInt(who.size()));
        int minutes = r.nextInt(100) < 75 ? 3 + r.nextInt(3) : 6 + r.nextInt(7);
        b.presentation(
            Presentation.builder()
                .kind(PresentationKind.CASE_STUDY)
                .title("A case study")
                .presenter(shell.people[presenter])
                .duration(Duration.ofMinutes(minutes))
                .perspective(shell.firstPerspective[presenter])
                .build());
      }
      for (int n = 0, many = 3 + r.nextInt(6); n < many; n++) {
        Contribution c = Contribution.of(KINDS[r.nextInt(KINDS.length)], "Something said");
        if (r.nextInt(10) < 7) {
          c = c.by(attendees.get(r.nextInt(attendees.size())));
        }
        if (!stages.isEmpty()) {
          c = c.at(stages.get(r.nextInt(stages.size())));
        }
        b.addContribution(c);
      }
      b.addScaling(round(HOW_NEAR, who, position, r, 0));
      if (r.nextInt(10) < 3) {
        b.addScaling(round(SECOND, who, position, r, -1));
      }
      List<ActionId> agreed = new ArrayList<>();
      for (int a = 0, n = r.nextInt(4); a < n; a++) {
        ActionId action = ActionId.of(shell.prefix + "-a" + j + "-" + a);
        agreed.add(action);
        Action.Builder ab =
            Action.builder()
                .id(action)
                .text("An action")
                .addOwner(attendees.get(r.nextInt(attendees.size())));
        if (r.nextBoolean()) {
          ab.due(start.toLocalDate().plusDays(28));
        }
        if (r.nextInt(100) < 55) {
          ab.completedOn(start.toLocalDate().plusDays(7 + r.nextInt(84)));
        }
        b.addAction(ab.build());
      }
      for (ActionId earlier : previousActions) {
        if (r.nextInt(100) < 45) {
          b.addSmallStep(
              SmallStep.builder()
                  .text("A small step")
                  .noticedBy(attendees.get(r.nextInt(attendees.size())))
                  .followsAction(earlier)
                  .followsSession(previous)
                  .build());
        }
      }
      if (r.nextInt(10) < 3) {
        b.addRecommendation("A recommendation");
      }
      if (position < sessionsPerSeries - 1) {
        b.nextSession(NextSession.of(FIRST.plusMonths(j + 1).plusDays(shell.index % 20), VENUE));
      }
      if (r.nextInt(100) < 85) {
        b.reportCirculatedOn(start.toLocalDate().plusDays(3 + r.nextInt(18)));
      }
      previous = id;
      previousActions = agreed;
      return b.build();
    }

    private ScalingRound round(
        ScalingQuestion q, List<Integer> who, int position, SplittableRandom r, int shift) {
      ScalingRound.Builder round = ScalingRound.builder().question(q);
      for (int m : who) {
        if (r.nextInt(100) < 85) {
          double v = 4 + shift + 0.6 * position + shell.ratingOffset[m] + r.nextGaussian() * 1.2;
          int value = (int) Math.max(1, Math.min(10, Math.round(v)));
          round.addRating(
              r.nextInt(100) < 32 ? Rating.anonymous(value) : Rating.by(shell.people[m], value));
        }
      }
      return round.build();
    }
  }

  /** Configures a {@link SyntheticNetwork}. */
  public static final class Builder {
    private long seed = 1;
    private int communities = 40;
    private int members = 40;
    private int topics = 6;
    private int sessionsPerSeries = 6;
    private double researchConsent = 0.8;
    private double restricted = 0.03;

    private Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How many communities, 1..100000; 40 by default. */
    public Builder communities(int n) {
      this.communities = Checks.within(n, 1, 100_000, "communities");
      return this;
    }

    /** Members per community, 2..1000, the facilitator included; 40 by default. */
    public Builder membersPerCommunity(int n) {
      this.members = Checks.within(n, 2, 1000, "membersPerCommunity");
      return this;
    }

    /** Topics per community, 1..100; 6 by default. */
    public Builder topicsPerCommunity(int n) {
      this.topics = Checks.within(n, 1, 100, "topicsPerCommunity");
      return this;
    }

    /** Sessions in each series, 1..100; 6 by default. */
    public Builder sessionsPerSeries(int n) {
      this.sessionsPerSeries = Checks.within(n, 1, 100, "sessionsPerSeries");
      return this;
    }

    /** The share of members who give research consent, in 0..1; 0.8 by default. */
    public Builder researchConsentShare(double share) {
      this.researchConsent = share(share, "researchConsentShare");
      return this;
    }

    /** The share of members whose processing is restricted, in 0..1; 0.03 by default. */
    public Builder restrictedShare(double share) {
      this.restricted = share(share, "restrictedShare");
      return this;
    }

    public SyntheticNetwork build() {
      return new SyntheticNetwork(this);
    }

    private static double share(double s, String field) {
      if (!(s >= 0 && s <= 1)) {
        throw InvalidValueException.of(field, "must be within 0..1", s);
      }
      return s;
    }
  }
}
