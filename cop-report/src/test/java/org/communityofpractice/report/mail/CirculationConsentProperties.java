package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.topic.DecisionMaker;
import org.communityofpractice.core.topic.Organisation;
import org.communityofpractice.core.topic.OrganisationId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.report.check.PublicationFinding;

/**
 * For generated communities and consent histories, the addresses a circulation writes are exactly
 * those the consent ledger gives for the purpose at the moment of sending (plus, for a series'
 * findings, its organisations' generic addresses): never someone who withdrew, is restricted, whose
 * consent expired, or who was erased (and so is no longer in the register).
 */
class CirculationConsentProperties {
  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communitiesWithConsent().filter(c -> !c.sessions().isEmpty());
  }

  @Provide
  Arbitrary<Instant> moments() {
    return DomainArbitraries.consentInstants();
  }

  @Provide
  Arbitrary<ConsentRules> rules() {
    return net.jqwik.api.Arbitraries.of(
        ConsentRules.none(), new ConsentRules(Optional.of(Period.ofYears(2)), Optional.empty()));
  }

  @Property(tries = 40)
  void addressesWrittenAreTheConsentDerivedListAtTheMomentOfSending(
      @ForAll("communities") Community community,
      @ForAll("moments") Instant at,
      @ForAll("rules") ConsentRules rules)
      throws IOException {
    // a circulation is sent now, after every entry of the ledger was recorded: a moment earlier
    // than
    // a recorded entry would be a ledger holding decisions from the future
    for (var e : community.consent().events()) {
      if (e.at().isAfter(at)) {
        at = e.at();
      }
    }
    List<String> expected =
        addresses(
            community,
            community.register().people().stream().map(Person::id).toList(),
            ConsentPurpose.COMMUNITY_COMMUNICATIONS,
            at,
            rules);
    Circulation circulation = circulation(at, rules);
    assertThat(written(circulation, circulation.plan(community, community.sessions().get(0).id())))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The same law for a series' findings, with people and organisations among its decision makers:
   * the addresses written are exactly those of the decision makers who, at the moment of sending,
   * are in the register with an address, not restricted and with DECISION_MAKER_COMMUNICATIONS in
   * force, plus the generic address of every organisation — whoever else is on the community list,
   * and never a person erased before sending (erasure takes them off the series, and leaves the
   * organisations).
   */
  @Property(tries = 30)
  void findingsGoExactlyToConsentingPeopleAndToOrganisations(
      @ForAll("communities") Community generated,
      @ForAll("moments") Instant at,
      @ForAll("rules") ConsentRules rules,
      @ForAll int chosen,
      @ForAll @IntRange(max = 3) int organisations,
      @ForAll boolean eraseOne)
      throws IOException {
    for (var e : generated.consent().events()) {
      if (e.at().isAfter(at)) {
        at = e.at();
      }
    }
    List<Person> people = generated.register().people();
    List<DecisionMaker> decisionMakers = new ArrayList<>();
    List<String> organisationAddresses = new ArrayList<>();
    for (int i = 0; i < Math.max(people.size(), organisations); i++) {
      if (i < organisations) {
        Organisation o =
            Organisation.of(
                OrganisationId.of("organisation-" + i),
                "Board " + i,
                "board-" + i + "@organisation.example.org",
                DecisionMaker.Kind.values()[(i + 1) % 3]);
        decisionMakers.add(o);
        organisationAddresses.add(o.address());
      }
      if (i < people.size() && ((chosen >>> (i % 32)) & 1) == 1) {
        decisionMakers.add(
            DecisionMaker.of(people.get(i).id(), DecisionMaker.Kind.values()[i % 3]));
      }
    }
    Series series =
        Series.builder()
            .id(SeriesId.of("zz-decision-makers-series"))
            .topic(generated.topics().get(0).id())
            .title("Generated series")
            .decisionMakers(decisionMakers)
            .build();
    Community community = Community.builder().from(generated).addSeries(series).build();
    Optional<Person> erased = Optional.empty();
    List<PersonId> chosenPeople =
        decisionMakers.stream()
            .filter(DecisionMaker.InRegister.class::isInstance)
            .map(d -> ((DecisionMaker.InRegister) d).person())
            .toList();
    if (eraseOne && !chosenPeople.isEmpty()) {
      PersonId gone = chosenPeople.get(Math.floorMod(chosen, chosenPeople.size()));
      var outcome =
          DataSubjectRights.erase(
              community,
              ErasureRequest.of(
                  gone, at, Actor.role("data protection lead"), ErasureGround.REQUESTED_BY_PERSON));
      if (outcome.isDone()) {
        erased = community.register().find(gone);
        community = outcome.result().community();
      }
    }
    Series sent = community.series(series.id()).orElseThrow();
    assertThat(sent.decisionMakers())
        .filteredOn(Organisation.class::isInstance)
        .hasSize(organisations);
    List<String> expected =
        addresses(
            community,
            sent.decisionMakers().stream()
                .filter(DecisionMaker.InRegister.class::isInstance)
                .map(d -> ((DecisionMaker.InRegister) d).person())
                .toList(),
            ConsentPurpose.DECISION_MAKER_COMMUNICATIONS,
            at,
            rules);
    expected.addAll(organisationAddresses);
    Circulation circulation = circulation(at, rules);
    List<String> written = written(circulation, circulation.planFindings(community, series.id()));
    assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    erased
        .flatMap(p -> p.contact().email())
        .ifPresent(
            address -> {
              boolean someoneElseHasIt = expected.contains(address);
              if (!someoneElseHasIt) {
                assertThat(written).doesNotContain(address);
              }
            });
  }

  /**
   * The addresses of {@code people} held with one, not restricted, and with {@code purpose} in
   * force {@code at}.
   */
  private static List<String> addresses(
      Community community,
      List<PersonId> people,
      ConsentPurpose purpose,
      Instant at,
      ConsentRules rules) {
    List<String> expected = new ArrayList<>();
    for (PersonId id : people) {
      Person p = community.register().find(id).orElseThrow();
      if (p.contact().email().isPresent()
          && !p.isRestricted()
          && community.consent().inForce(p.id(), purpose, at, rules)) {
        expected.add(p.contact().email().get());
      }
    }
    return expected;
  }

  private static Circulation circulation(Instant at, ConsentRules rules) {
    return Circulation.builder()
        .settings(CirculationFixtures.settings())
        .clock(Clock.fixed(at, ZoneOffset.UTC))
        .consentRules(rules)
        .build();
  }

  /** Sends the plan (every finding published anyway) into an outbox; the addresses written. */
  private static List<String> written(Circulation circulation, Circulation.Plan planned)
      throws IOException {
    Circulation.Plan plan = planned;
    for (PublicationFinding f : plan.findings()) {
      plan = plan.publishAnyway(f.key(), Actor.role("property test"));
    }
    Path dir = Files.createTempDirectory("circulation-property");
    try {
      try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
        CirculationResult result =
            circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log);
        assertThat(result.refused()).isEmpty();
      }
      List<String> written = new ArrayList<>();
      if (Files.isDirectory(dir.resolve("outbox"))) {
        for (Path eml : CirculationFixtures.emls(dir.resolve("outbox"))) {
          written.add(((Mailbox) CirculationFixtures.parse(eml).getTo().get(0)).getAddress());
        }
      }
      return written;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .sorted(Comparator.reverseOrder())
            .forEach(
                p -> {
                  try {
                    Files.delete(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
  }
}
