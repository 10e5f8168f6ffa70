package org.communityofpractice.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Session;

/**
 * The disclosure policy's promises, over generated communities with random consent histories and
 * restrictions, judged at an instant that is often exactly a consent decision.
 */
class PublishableViewProperties {

  @Property(tries = 100)
  void theViewNamesNobodyWithoutNamedConsentAndHoldsNoContactDetailsOrLivedExperience(
      @ForAll("judged") Tuple2<Community, Instant> judged) {
    Community community = judged.get1();
    DisclosurePolicy policy = DisclosurePolicy.asOf(judged.get2());
    PublishableCommunity view = policy.community(community);
    List<Object> reachable = Reachable.from(view);
    String everything = String.join("\n", Reachable.strings(view));

    assertThat(reachable)
        .noneMatch(
            o ->
                o instanceof PersonId
                    || o instanceof Person
                    || o instanceof ContactDetails
                    || o instanceof LivedExperience);
    Set<String> publishableNames = new HashSet<>();
    for (Person p : community.register().people()) {
      if (!p.isRestricted()
          && community.consent().inForce(p.id(), ConsentPurpose.NAMED_IN_REPORTS, policy.asOf())) {
        publishableNames.add(p.name());
      }
    }
    for (Person p : community.register().people()) {
      // a name that is part of a publishable one ("Robin Example" in "Robin Example-Sample") cannot
      // be told apart
      if (publishableNames.stream().noneMatch(n -> n.contains(p.name()))) {
        assertThat(everything).as("name of %s", p.id()).doesNotContain(p.name());
      }
      p.contact().email().ifPresent(e -> assertThat(everything).doesNotContain(e));
      p.contact().phone().ifPresent(ph -> assertThat(everything).doesNotContain(ph));
    }
    for (LivedExperience category : LivedExperience.values()) {
      assertThat(everything).doesNotContain(category.name());
    }
  }

  @Property(tries = 100)
  void noRoleAndPlaceAttributionSinglesOutOneAttendee(
      @ForAll("judged") Tuple2<Community, Instant> judged) {
    Community community = judged.get1();
    DisclosurePolicy policy = DisclosurePolicy.asOf(judged.get2());
    for (Session session : community.sessions()) {
      PublishableSession view = policy.session(community, session.id());
      for (Object o : Reachable.from(view)) {
        if (o instanceof Attribution a && a.kind() == Attribution.Kind.ROLE_AND_PLACE) {
          long sharing =
              session.attendees().stream()
                  .map(id -> community.register().find(id))
                  .flatMap(Optional::stream)
                  .filter(p -> same(p.role(), a.role()) && same(p.place(), a.place()))
                  .count();
          assertThat(sharing)
              .as("attendees of %s with that role and place", session.id())
              .isGreaterThanOrEqualTo(2);
        }
      }
    }
  }

  @Property(tries = 100)
  void restrictedPeopleAppearOnlyInCountsAndSectorsAddUpToTheHeadcount(
      @ForAll("judged") Tuple2<Community, Instant> judged) {
    Community community = judged.get1();
    DisclosurePolicy policy = DisclosurePolicy.asOf(judged.get2());
    for (Session session : community.sessions()) {
      PublishableSession view = policy.session(community, session.id());
      assertThat(view.representation().headcount()).isEqualTo(session.headcount());
      assertThat(view.representation().sectors().total()).hasValue(session.headcount());
      assertThat(view.contributions())
          .extracting(PublishableContribution::text)
          .containsExactlyElementsOf(
              session.contributions().stream()
                  .filter(c -> !restricted(community, c.by()))
                  .map(c -> c.text())
                  .toList());
      assertThat(view.bestHopes())
          .extracting(PublishableText::text)
          .containsExactlyElementsOf(
              session.bestHopes().stream()
                  .filter(h -> !restricted(community, h.by()))
                  .map(h -> h.text())
                  .toList());
      assertThat(view.smallSteps())
          .extracting(PublishableSmallStep::text)
          .containsExactlyElementsOf(
              session.smallSteps().stream()
                  .filter(k -> !restricted(community, k.noticedBy()))
                  .map(k -> k.text())
                  .toList());
      for (int r = 0; r < session.scaling().size(); r++) {
        long counted =
            session.scaling().get(r).ratings().stream()
                .filter(x -> !restricted(community, x.ratedBy()))
                .count();
        assertThat(view.scaling().get(r).statistics().map(st -> (long) st.n()).orElse(0L))
            .isEqualTo(counted);
        assertThat(view.scaling().get(r).onePointUpIdeas())
            .extracting(PublishableText::text)
            .containsExactlyElementsOf(
                session.scaling().get(r).onePointUpIdeas().stream()
                    .filter(i -> !restricted(community, i.offeredBy()))
                    .map(i -> i.text())
                    .toList());
      }
      if (restricted(community, Optional.of(session.facilitator()))) {
        assertThat(view.chairsIntroduction()).isEmpty();
      }
    }
  }

  private static boolean restricted(Community community, Optional<PersonId> by) {
    return by.flatMap(community.register()::find).filter(Person::isRestricted).isPresent();
  }

  private static boolean same(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && norm(a.get()).equals(norm(b.get()));
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A community and an instant to judge it at: often exactly when a decision was made. */
  @Property(tries = 100)
  void aPhotographIsPublishedOnlyWhenEveryoneItShowsMayBePhotographed(
      @ForAll("judged") Tuple2<Community, Instant> judged) {
    Community community = judged.get1();
    DisclosurePolicy policy = DisclosurePolicy.asOf(judged.get2());
    for (Session session : community.sessions()) {
      List<Artefact> published = policy.session(community, session.id()).artefacts();
      List<Artefact> allowed =
          session.artefacts().stream()
              .filter(
                  a ->
                      a.pictured().stream()
                          .allMatch(
                              p ->
                                  !community.register().isRestricted(p)
                                      && community
                                          .consent()
                                          .inForce(p, ConsentPurpose.PHOTOGRAPHED, policy.asOf())))
              .map(a -> Artefact.of(a.image(), a.caption(), a.altText()))
              .toList();
      // every photograph published is one whose people all agreed (a later withdrawal may take more
      // out)
      assertThat(allowed).as("artefacts of %s", session.id()).containsAll(published);
      session.artefacts().stream()
          .filter(a -> a.pictured().isEmpty())
          .forEach(a -> assertThat(published).contains(a));
    }
  }

  @Property(tries = 100)
  void membersSeeContactDetailsOnlyOfPeopleWhoAgreedToShareThem(
      @ForAll("judged") Tuple2<Community, Instant> judged) {
    Community community = judged.get1();
    DisclosurePolicy policy = DisclosurePolicy.asOf(judged.get2());
    for (MemberContacts.Contact c : policy.memberContacts(community).contacts()) {
      assertThat(community.register().isRestricted(c.person())).isFalse();
      assertThat(
              community
                  .consent()
                  .inForce(c.person(), ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS, policy.asOf()))
          .as("consent of %s", c.person())
          .isTrue();
    }
  }

  @Provide
  Arbitrary<Tuple2<Community, Instant>> judged() {
    return DomainArbitraries.communitiesWithConsent()
        .flatMap(
            c -> {
              List<Instant> decisions =
                  c.consent().events().stream().map(ConsentEvent::at).toList();
              Arbitrary<Instant> at =
                  decisions.isEmpty()
                      ? DomainArbitraries.consentInstants()
                      : Arbitraries.oneOf(
                          Arbitraries.of(decisions),
                          DomainArbitraries.consentInstants(),
                          Arbitraries.just(Instant.parse("2040-01-01T00:00:00Z")));
              return Combinators.combine(Arbitraries.just(c), at).as(Tuple::of);
            });
  }
}
