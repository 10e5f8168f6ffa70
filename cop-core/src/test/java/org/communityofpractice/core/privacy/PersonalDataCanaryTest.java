package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.StandardError;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.RetentionCategory;
import org.communityofpractice.core.rights.RetentionPolicy;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.junit.jupiter.api.Test;

/**
 * Seeds a community with canary personal data — names, emails, phones, lived-experience categories
 * and words people said — drives the public API of consent, privacy and rights over it, and finds
 * none of it in SLF4J output, exception messages, or the {@code toString()} of any value reachable
 * from what the API returned.
 */
class PersonalDataCanaryTest {
  private static final Instant NOW = Instant.parse("2017-01-10T12:00:00Z");
  private static final Actor LEAD = Actor.role("data protection lead");
  private static final List<String> CANARIES = new ArrayList<>();
  private static final Community SEEDED = seeded();

  @Test
  void noPersonalDataReachesLogsMessagesOrToString() {
    List<Object> results = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    String logged = StandardError.of(() -> exercise(results, failures));

    assertThat(logged).as("SLF4J output").contains("erased a person"); // the capture works
    for (String canary : CANARIES) {
      assertThat(logged).as("SLF4J output").doesNotContain(canary);
    }
    assertThat(failures).hasSizeGreaterThanOrEqualTo(6);
    for (Throwable t : failures) {
      for (String canary : CANARIES) {
        assertThat(t.getMessage())
            .as("message of %s", t.getClass().getSimpleName())
            .doesNotContain(canary);
        assertThat(t.toString()).doesNotContain(canary);
      }
    }
    int checked = 0;
    for (Object root : results) {
      for (Object value : Reachable.from(root)) {
        if (Reachable.isProjectType(value.getClass()) && !(value instanceof Enum<?>)) {
          String shown = value.toString();
          for (String canary : CANARIES) {
            assertThat(shown)
                .as("toString of %s", value.getClass().getName())
                .doesNotContain(canary);
          }
          checked++;
        }
      }
    }
    assertThat(checked).as("values whose toString was checked").isGreaterThan(500);
  }

  private static void exercise(List<Object> results, List<Throwable> failures) {
    Community c = SEEDED;
    results.add(c);
    DisclosurePolicy policy = DisclosurePolicy.asOf(NOW);
    results.add(policy);
    results.add(policy.community(c));
    results.add(policy.series(c, CommunityFixtures.PRISON_RELEASE_SERIES));
    c.sessions().forEach(s -> results.add(policy.session(c, s.id())));
    results.add(policy.mailingList(c));
    results.add(
        c.consent()
            .needsAskingAgain(
                c.register().ids(), NOW, policy.consentRules().withExpiry(Period.ofMonths(6))));
    c.register().people().forEach(p -> results.add(DataSubjectRights.access(c, p.id()).result()));
    results.add(DataSubjectRights.access(c, CommunityFixtures.EXPERT_CITIZEN).result().rows());
    results.add(DataSubjectRights.access(c, PersonId.of("p-nobody")));
    Person sam = c.register().find(CommunityFixtures.EXPERT_CITIZEN).orElseThrow();
    Community rectified =
        DataSubjectRights.rectify(
                c, Person.builder().from(sam).name(sam.name() + " Junior").build(), LEAD, NOW)
            .result();
    results.add(rectified);
    Community restricted =
        DataSubjectRights.restrict(
                rectified,
                CommunityFixtures.SOCIAL_WORKER,
                RestrictionGround.ACCURACY_CONTESTED,
                LEAD,
                NOW)
            .result();
    results.add(restricted);
    results.add(
        DataSubjectRights.restrict(
            restricted,
            CommunityFixtures.SOCIAL_WORKER,
            RestrictionGround.ACCURACY_CONTESTED,
            LEAD,
            NOW));
    ErasureRequest request =
        ErasureRequest.of(
            CommunityFixtures.EXPERT_CITIZEN, NOW, LEAD, ErasureGround.REQUESTED_BY_PERSON);
    var erasure = DataSubjectRights.erase(restricted, request).result();
    results.add(erasure);
    results.add(ErasureLog.empty().append(erasure));
    results.add(ErasureLog.empty().append(erasure).replay(restricted));
    results.add(
        RetentionPolicy.none()
            .keep(RetentionCategory.CONTACT_DETAILS, Period.ofMonths(6))
            .sweep(c, NOW, LEAD));

    ArchiveJson archive = ArchiveJson.create();
    String json = archive.write(c);
    failures.add(
        catchThrowable(
            () -> archive.read(json.replace(CANARIES.get(1), "not an email " + CANARIES.get(0)))));
    failures.add(
        catchThrowable(
            () -> archive.read(json.replace("\"name\": \"" + CANARIES.get(0), "\"name\": 7"))));
    failures.add(catchThrowable(() -> ContactDetails.email(CANARIES.get(0))));
    failures.add(catchThrowable(() -> ContactDetails.of(null, "phone of " + CANARIES.get(0))));
    failures.add(catchThrowable(() -> Actor.role(CANARIES.get(2))));
    failures.add(
        catchThrowable(
            () -> policy.session(c, org.communityofpractice.core.session.SessionId.of("s-none"))));
    failures.add(
        catchThrowable(() -> DataSubjectRights.access(c, PersonId.of("p-nobody")).result()));
    failures.add(
        catchThrowable(() -> policy.attribution(c, c.sessions().get(0), PersonId.of("p-nobody"))));
    failures.add(
        catchThrowable(
            () ->
                c.consent()
                    .grant(
                        org.communityofpractice.core.consent.ConsentTerms.builder()
                            .person(CommunityFixtures.EXPERT_CITIZEN)
                            .purpose(ConsentPurpose.LIVED_EXPERIENCE_RECORDED)
                            .at(NOW)
                            .method(org.communityofpractice.core.consent.ConsentMethod.VERBAL)
                            .notice(CommunityFixtures.NOTICE_2016)
                            .recordedBy(LEAD)
                            .build())));
    failures.removeIf(java.util.Objects::isNull);
  }

  /** The consented fixture with every name, email, phone and spoken word replaced by a canary. */
  private static Community seeded() {
    Community c = CommunityFixtures.sotcopWithConsent();
    AtomicInteger n = new AtomicInteger();
    List<Person> people = new ArrayList<>();
    for (Person p : c.register().people()) {
      int i = n.incrementAndGet();
      String name = "Canary" + i + " Qzxv";
      String email = "canary" + i + ".qzxv@example.invalid";
      String phone = "+44 7700 9003" + (10 + i);
      CANARIES.add(name);
      CANARIES.add(email);
      CANARIES.add(phone);
      people.add(
          Person.builder().from(p).name(name).contact(ContactDetails.of(email, phone)).build());
    }
    for (LivedExperience category : LivedExperience.values()) {
      CANARIES.add(category.name());
    }
    UnaryOperator<String> said =
        text -> {
          String marked = text + " [said-canary-" + n.incrementAndGet() + "]";
          CANARIES.add(marked.substring(marked.indexOf("[said-canary-")));
          return marked;
        };
    List<Session> sessions = new ArrayList<>();
    for (Session s : c.sessions()) {
      sessions.add(
          Session.builder()
              .from(s)
              .bestHopes(
                  s.bestHopes().stream()
                      .map(h -> new BestHope(said.apply(h.text()), h.by()))
                      .toList())
              .contributions(
                  s.contributions().stream()
                      .map(x -> new Contribution(x.kind(), said.apply(x.text()), x.by(), x.stage()))
                      .toList())
              .smallSteps(
                  s.smallSteps().stream()
                      .map(k -> SmallStep.builder().from(k).text(said.apply(k.text())).build())
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
                                                  new OnePointUpIdea(
                                                      said.apply(i.text()), i.offeredBy()))
                                          .toList())
                                  .build())
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
