package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.ContributionHandling;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.Refusal;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Session;

/**
 * Erasure over generated communities with consent: the serialized archive afterwards holds none of
 * the person's personal strings, while headcounts and anonymous rating statistics stay as they
 * were.
 */
class ErasureArchiveProperties {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final String NAME = "Erasable Qzxv Canary";
  private static final String EMAIL = "erasable.qzxv@example.invalid";
  private static final String PHONE = "+44 7700 900987";
  private static final Instant AT = Instant.parse("2033-01-01T00:00:00Z");

  @Property(tries = 120)
  void afterErasureTheArchiveHoldsNoneOfTheirPersonalDataAndTheCountsStay(
      @ForAll("picked") Tuple2<Community, PersonId> picked, @ForAll ContributionHandling handling)
      throws ArchiveFormatException {
    Community before = picked.get1();
    PersonId person = picked.get2();
    ErasureRequest request =
        new ErasureRequest(
            person,
            AT,
            Actor.role("data protection lead"),
            ErasureGround.REQUESTED_BY_PERSON,
            handling);
    RequestOutcome<Erasure> outcome = DataSubjectRights.erase(before, request);
    if (!outcome.isDone()) {
      assertThat(outcome.refusal())
          .map(Refusal::reason)
          .contains(Refusal.Reason.HELD_FOR_LEGAL_CLAIM);
      return;
    }
    Community after = outcome.result().community();
    String json = ARCHIVE.write(after);
    assertThat(json).doesNotContain(NAME).doesNotContain(EMAIL).doesNotContain(PHONE);
    assertThat(ARCHIVE.read(json)).isEqualTo(after);

    Map<String, Integer> textsBefore = texts(ARCHIVE.tree(before));
    Map<String, Integer> textsAfter = texts(ARCHIVE.tree(after));
    assertThat(personRefs(ARCHIVE.tree(after), false)).doesNotContain(person.value());
    assertThat(personRefs(ARCHIVE.tree(before), false))
        .contains(person.value()); // the check can see it
    List<String> theirs = wordsOf(before, person);
    for (String words : theirs) {
      // a photograph that shows them goes either way, with its caption and alt text
      int inTheirPhotographs =
          (int)
              before.sessions().stream()
                  .flatMap(s -> s.artefacts().stream())
                  .filter(a -> a.pictures(person))
                  .flatMap(a -> java.util.stream.Stream.of(a.caption(), a.altText()))
                  .filter(words::equals)
                  .count();
      int expected =
          handling == ContributionHandling.REMOVE_TEXT
              ? textsBefore.get(words) - (int) theirs.stream().filter(words::equals).count()
              : textsBefore.get(words) - inTheirPhotographs;
      if (handling == ContributionHandling.REMOVE_TEXT) {
        assertThat(textsAfter.getOrDefault(words, 0))
            .as("copies of words they said")
            .isLessThanOrEqualTo(expected);
      } else {
        assertThat(textsAfter.getOrDefault(words, 0))
            .as("words kept, unattributed")
            .isEqualTo(expected);
      }
    }

    assertThat(after.sessions()).hasSameSizeAs(before.sessions());
    for (int i = 0; i < before.sessions().size(); i++) {
      Session b = before.sessions().get(i);
      Session a = after.sessions().get(i);
      assertThat(a.headcount()).isEqualTo(b.headcount());
      assertThat(a.scaling().stream().map(ScalingRound::statistics).toList())
          .isEqualTo(b.scaling().stream().map(ScalingRound::statistics).toList());
      assertThat(
              a.scaling().stream()
                  .flatMap(r -> r.ratings().stream())
                  .filter(r -> r.ratedBy().isEmpty())
                  .count())
          .isEqualTo(
              b.scaling().stream()
                  .flatMap(r -> r.ratings().stream())
                  .filter(r -> r.ratedBy().isEmpty() || r.ratedBy().get().equals(person))
                  .count());
    }
    assertThat(after.register().tombstones()).hasSize(before.register().tombstones().size() + 1);
    assertThat(DataSubjectRights.access(after, person).refusal())
        .map(Refusal::reason)
        .contains(Refusal.Reason.NOT_HELD);

    ErasureLog log = ErasureLog.empty().append(outcome.result());
    ErasureLog.Replay replay = log.replay(before);
    assertThat(replay.community()).isEqualTo(after);
    assertThat(replay.applied()).containsExactly(request);
    assertThat(log.replay(after).skipped()).containsExactly(request);
  }

  /** Every text they said: what erasure removes by default. */
  private static List<String> wordsOf(Community c, PersonId person) {
    List<String> words = new ArrayList<>();
    Optional<PersonId> p = Optional.of(person);
    for (Session s : c.sessions()) {
      s.bestHopes().stream().filter(h -> h.by().equals(p)).forEach(h -> words.add(h.text()));
      s.contributions().stream().filter(x -> x.by().equals(p)).forEach(x -> words.add(x.text()));
      s.smallSteps().stream()
          .filter(k -> k.noticedBy().equals(p))
          .forEach(k -> words.add(k.text()));
      s.scaling()
          .forEach(
              r ->
                  r.onePointUpIdeas().stream()
                      .filter(i -> i.offeredBy().equals(p))
                      .forEach(i -> words.add(i.text())));
      s.presentation()
          .filter(x -> x.presenter().equals(p))
          .flatMap(x -> x.summary())
          .ifPresent(words::add);
      if (s.facilitator().equals(person)) {
        s.chairsIntroduction().ifPresent(words::add);
      }
    }
    return words;
  }

  private static final java.util.Set<String> PERSON_FIELDS =
      java.util.Set.of(
          "person",
          "ratedBy",
          "by",
          "offeredBy",
          "noticedBy",
          "presenter",
          "facilitator",
          "attendees",
          "coFacilitators",
          "recorders",
          "owners",
          "coreGroup",
          "pictured");

  /**
   * Every person id a JSON tree names: in the register, and in every field that refers to a person.
   */
  private static List<String> personRefs(JsonNode node, boolean isRef) {
    List<String> ids = new ArrayList<>();
    if (isRef && node.isTextual()) {
      ids.add(node.textValue());
    }
    if (node.isArray()) {
      node.forEach(e -> ids.addAll(personRefs(e, isRef)));
    }
    if (node.isObject()) {
      node.properties()
          .forEach(f -> ids.addAll(personRefs(f.getValue(), PERSON_FIELDS.contains(f.getKey()))));
      if (node.has("people")) {
        node.get("people").forEach(p -> ids.add(p.get("id").textValue()));
      }
    }
    return ids;
  }

  /**
   * How many times each string value occurs in a JSON tree, ids and references to people left out:
   * erasure changes those (checked above), and words someone said may equal an id (the flake hunt
   * found words "x" said by the person with id "x").
   */
  private static Map<String, Integer> texts(JsonNode node) {
    Map<String, Integer> counts = new HashMap<>();
    collect(node, counts);
    return counts;
  }

  private static void collect(JsonNode node, Map<String, Integer> counts) {
    if (node.isTextual()) {
      counts.merge(node.textValue(), 1, Integer::sum);
    } else if (node.isObject()) {
      node.properties().stream()
          .filter(f -> !f.getKey().equals("id") && !PERSON_FIELDS.contains(f.getKey()))
          .forEach(f -> collect(f.getValue(), counts));
    } else {
      node.forEach(child -> collect(child, counts));
    }
  }

  /**
   * A generated community and one person in it, given a name, email and phone found nowhere else.
   */
  @Provide
  Arbitrary<Tuple2<Community, PersonId>> picked() {
    return DomainArbitraries.communitiesWithConsent()
        .flatMap(
            c ->
                Combinators.combine(
                        Arbitraries.just(c), Arbitraries.of(List.copyOf(c.register().ids())))
                    .as((community, id) -> Tuple.of(marked(community, id), id)));
  }

  private static Community marked(Community c, PersonId id) {
    List<Person> people =
        c.register().people().stream()
            .map(
                p ->
                    p.id().equals(id)
                        ? Person.builder()
                            .from(p)
                            .name(NAME)
                            .contact(ContactDetails.of(EMAIL, PHONE))
                            .build()
                        : p)
            .toList();
    return Community.builder()
        .from(c)
        .register(MemberRegister.builder().from(c.register()).people(people).build())
        .build();
  }
}
