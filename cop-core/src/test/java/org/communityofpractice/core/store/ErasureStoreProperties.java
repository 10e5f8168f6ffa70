package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;

/**
 * The erasure law of the store: for generated communities saved with backups and a paused session
 * whose journal holds the person, after {@link FileArchiveStore#erase} no file under the store
 * holds any text of the person's access report from before the erasure — their name and contact
 * details, everything they said, hoped, offered, noticed and presented, the text of actions they
 * alone owned — and saving the pre-erasure copy again (a restore, the demo run again), resuming the
 * journal and finishing its session do not bring any of it back. Each of the person's texts carries
 * a tag found nowhere else, so a text others also said cannot hide a leak and a leak of part of one
 * is caught. An action they own with others keeps its text by design, so it is not tagged.
 */
class ErasureStoreProperties {
  private static final String NAME = "Erasable Qzxv Canary";
  private static final String EMAIL = "erasable.qzxv@example.invalid";
  private static final String PHONE = "+44 7700 900987";
  private static final String TAG = "qzxv-tag-";
  private static final Instant AT = Instant.parse("2033-01-01T00:00:00Z");
  private static final Actor DPO = Actor.role("data protection lead");

  /**
   * A community, the person to erase, how many saves (backups) before the erasure, and whether a
   * paused session holds them.
   */
  record Scenario(Community community, PersonId person, int saves, boolean paused) {
    @Override
    public String toString() {
      return "Scenario{"
          + community
          + ", person="
          + person
          + ", saves="
          + saves
          + ", paused="
          + paused
          + "}";
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return DomainArbitraries.communitiesWithConsent()
        // a file store refuses the ids "." and "..", which are valid ids (FileArchiveStoreTest
        // shows the refusal); the flake hunt drew "." in 5 of 200 runs
        .filter(c -> !c.id().value().equals(".") && !c.id().value().equals(".."))
        .filter(c -> c.register().people().stream().anyMatch(ErasureStoreProperties::erasable))
        .flatMap(
            c ->
                Combinators.combine(
                        Arbitraries.of(
                            c.register().people().stream()
                                .filter(ErasureStoreProperties::erasable)
                                .map(Person::id)
                                .toList()),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.of(true, false))
                    .as((p, saves, paused) -> new Scenario(tagged(c, p), p, saves, paused)));
  }

  private static boolean erasable(Person p) {
    return p.restriction()
        .filter(r -> r.ground() == RestrictionGround.NEEDED_FOR_LEGAL_CLAIM)
        .isEmpty();
  }

  @Property(tries = 40)
  void afterAnErasureNoFileInTheStoreHoldsATextOfTheirsAndNothingBringsItBack(
      @ForAll("scenarios") Scenario sc) throws IOException {
    Path root = Files.createTempDirectory("cop-erasure-property");
    try {
      FileArchiveStore store = FileArchiveStore.builder(root).keepBackups(5).build();
      Community community = sc.community();
      ArchiveVersion v = ArchiveVersion.NONE;
      for (int i = 0; i < sc.saves(); i++) {
        v = store.save(community, v);
      }
      if (sc.paused()) {
        pauseASessionHoldingThem(store, community, sc.person());
      }
      Set<String> theirs = texts(store.access(community.id(), sc.person()).result(), community);
      assertThat(StoreScan.filesHolding(root, theirs))
          .as("the check can see them before")
          .isNotEmpty();

      ErasureAcrossStore done =
          store.erase(
              community.id(),
              ErasureRequest.of(sc.person(), AT, DPO, ErasureGround.REQUESTED_BY_PERSON));

      assertThat(done.outcome().isDone()).isTrue();
      assertThat(StoreScan.filesHolding(root, theirs)).as("after the erasure").isEmpty();

      // a copy from before the erasure saved back: a restore, or the demo run again
      store.save(community, store.load(community.id()).orElseThrow().version());
      assertThat(StoreScan.filesHolding(root, theirs))
          .as("after saving the pre-erasure copy")
          .isEmpty();
      assertThat(store.load(community.id()).orElseThrow().community().register().holds(sc.person()))
          .isFalse();
      assertThat(
              store
                  .replayErasures(community.id(), community)
                  .community()
                  .register()
                  .holds(sc.person()))
          .isFalse();

      // the oldest backup restored as the current version
      List<ArchiveBackup> backups = store.backups(community.id());
      if (!backups.isEmpty()) {
        Community oldest =
            store.loadBackup(community.id(), backups.get(backups.size() - 1).version());
        store.save(oldest, store.load(community.id()).orElseThrow().version());
        assertThat(StoreScan.filesHolding(root, theirs)).as("after restoring a backup").isEmpty();
      }

      // the paused session resumed and finished
      for (SessionId id : store.sessionsInProgress(community.id())) {
        try (LiveSession live =
            store.resumeSession(community.id(), id, DamagedJournalPolicy.STRICT).orElseThrow()) {
          live.recorder().stopPresentation();
          store.finishSession(live);
        }
      }
      assertThat(StoreScan.filesHolding(root, theirs))
          .as("after finishing the paused session")
          .isEmpty();
    } finally {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** A session started and left paused: they arrive, hope, speak, present and take on an action. */
  private static void pauseASessionHoldingThem(
      FileArchiveStore store, Community community, PersonId person) throws IOException {
    PersonId facilitator =
        community.register().people().stream()
            .map(Person::id)
            .filter(id -> !id.equals(person))
            .findFirst()
            .orElse(person);
    ZonedDateTime after =
        community.sessions().isEmpty()
            ? ZonedDateTime.of(2030, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC)
            : community.sessions().get(community.sessions().size() - 1).startsAt().plusDays(7);
    SessionPlan plan =
        SessionPlan.builder()
            .id(SessionId.of("s-paused-qzxv"))
            .topic(community.topics().get(0).id())
            .startsAt(after)
            .venue(Venue.of("The Example Hall"))
            .facilitator(facilitator)
            .build();
    try (LiveSession live = store.startSession(community.id(), plan)) {
      var r = live.recorder();
      if (!facilitator.equals(person)) { // a facilitator is in the room already
        r.arrived(person);
      }
      r.giveBestHope(BestHope.by(person, TAG + "journal-hope To hear what worked"));
      r.contribute(
          ContributionKind.COMMENT, TAG + "journal-words The day I left", Optional.of(person));
      r.startPresentation(
          PresentationKind.CASE_STUDY,
          TAG + "journal-title Released with nowhere to go",
          Optional.of(person),
          Optional.of(Perspective.EXPERT_BY_EXPERIENCE));
      r.agreeAction(
          Action.builder()
              .id(ActionId.of("a-paused-qzxv"))
              .text(TAG + "journal-action Ring the office")
              .addOwners(person)
              .build());
    }
  }

  /**
   * Every text of theirs the access report holds, and its tag: name, contact details, what they
   * said (presentation titles and summaries included), small steps, and actions they alone own.
   */
  private static Set<String> texts(AccessReport report, Community community) {
    Set<String> out = new LinkedHashSet<>();
    out.add(report.entry().name());
    report.entry().contact().email().ifPresent(out::add);
    report.entry().contact().phone().ifPresent(out::add);
    report.said().forEach(s -> out.add(s.text()));
    report.smallSteps().forEach(s -> out.add(s.text()));
    report.actions().stream()
        .filter(
            a ->
                Optional.ofNullable(community.actions().get(a.id()))
                    .map(x -> x.owners().size() == 1)
                    .orElse(true))
        .forEach(a -> out.add(a.text()));
    List<String> tags = new ArrayList<>();
    for (String t : out) {
      if (t.startsWith(TAG)) {
        tags.add(t.substring(0, t.indexOf(' ')));
      }
    }
    out.addAll(tags);
    return out;
  }

  /**
   * The community with the person's name and contacts unique, and a unique tag on each of their
   * texts.
   */
  static Community tagged(Community c, PersonId person) {
    AtomicInteger n = new AtomicInteger();
    UnaryOperator<String> tag = t -> TAG + n.incrementAndGet() + " " + t;
    Optional<PersonId> p = Optional.of(person);
    List<Person> people =
        c.register().people().stream()
            .map(
                x ->
                    x.id().equals(person)
                        ? Person.builder()
                            .from(x)
                            .name(NAME)
                            .contact(ContactDetails.of(EMAIL, PHONE))
                            .build()
                        : x)
            .toList();
    List<Session> sessions = new ArrayList<>();
    for (Session s : c.sessions()) {
      sessions.add(
          Session.builder()
              .from(s)
              .chairsIntroduction(
                  s.facilitator().equals(person)
                      ? s.chairsIntroduction().map(tag)
                      : s.chairsIntroduction())
              .bestHopes(
                  s.bestHopes().stream()
                      .map(h -> h.by().equals(p) ? BestHope.by(person, tag.apply(h.text())) : h)
                      .toList())
              .presentation(
                  s.presentation()
                      .map(
                          x ->
                              x.presenter().equals(p)
                                  ? Presentation.builder()
                                      .from(x)
                                      .title(tag.apply(x.title()))
                                      .summary(x.summary().map(tag))
                                      .build()
                                  : x))
              .contributions(
                  s.contributions().stream()
                      .map(
                          x ->
                              x.by().equals(p)
                                  ? new Contribution(
                                      x.kind(), tag.apply(x.text()), x.by(), x.stage())
                                  : x)
                      .toList())
              .scaling(
                  s.scaling().stream()
                      .map(
                          r ->
                              ScalingRound.builder()
                                  .from(r)
                                  .onePointUpIdeas(
                                      r.onePointUpIdeas().stream()
                                          .map(
                                              i ->
                                                  i.offeredBy().equals(p)
                                                      ? OnePointUpIdea.by(
                                                          person, tag.apply(i.text()))
                                                      : i)
                                          .toList())
                                  .build())
                      .toList())
              .actions(
                  s.actions().stream()
                      .map(
                          a ->
                              a.owners().equals(List.of(person))
                                  ? Action.builder().from(a).text(tag.apply(a.text())).build()
                                  : a)
                      .toList())
              .smallSteps(
                  s.smallSteps().stream()
                      .map(
                          k ->
                              k.noticedBy().equals(p)
                                  ? SmallStep.builder().from(k).text(tag.apply(k.text())).build()
                                  : k)
                      .toList())
              .build());
    }
    return Community.builder()
        .from(c)
        .register(MemberRegister.builder().from(c.register()).people(people).build())
        .sessions(sessions)
        .build();
  }
}
