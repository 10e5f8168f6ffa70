package org.communityofpractice.core.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.AuditEntry.AuditAction;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data-subject rights of UK GDPR carried out on a {@link Community}: access, rectification with
 * an audit entry, restriction and lifting it, and erasure with a tombstone. Each request returns a
 * {@link RequestOutcome}: the new community (the old one is unchanged — values are immutable) or
 * the reason it was refused.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.ErasureGround;
 * AccessReport everything = DataSubjectRights.access(community, sam).result();
 * Person corrected = Person.builder().from(community.register().find(sam).orElseThrow()).role("Director").build();
 * community = DataSubjectRights.rectify(community, corrected, actor, now).result();
 * community = DataSubjectRights.restrict(community, sam, RestrictionGround.ACCURACY_CONTESTED, actor, now).result();
 * Erasure erasure = DataSubjectRights.erase(community,
 *     ErasureRequest.of(sam, now, actor, ErasureGround.REQUESTED_BY_PERSON)).result();
 * }</pre>
 */
public final class DataSubjectRights {
  // ids, field names and grounds only: never a value of the person's data
  private static final Logger LOG = LoggerFactory.getLogger(DataSubjectRights.class);

  private DataSubjectRights() {}

  /**
   * Everything held about {@code person}; refused when the register does not hold them.
   *
   * @param community the community; must not be {@literal null}
   * @param person whose data; must not be {@literal null}
   * @return the access report, or a refusal ({@code NOT_HELD}); never {@literal null}
   */
  public static RequestOutcome<AccessReport> access(Community community, PersonId person) {
    return access(community, person, List.of());
  }

  /**
   * Everything held about {@code person} in the community and in sessions still being recorded,
   * such as those a store's journals hold ({@code FileArchiveStore.access}); refused when the
   * register does not hold them.
   *
   * @param inProgress sessions recorded so far but not yet in the archive, must not be {@literal
   *     null}
   * @param community the community; must not be {@literal null}
   * @param person whose data; must not be {@literal null}
   * @return the access report, or a refusal ({@code NOT_HELD}); never {@literal null}
   */
  public static RequestOutcome<AccessReport> access(
      Community community, PersonId person, List<Session> inProgress) {
    Objects.requireNonNull(inProgress, "inProgress");
    if (!community.register().holds(person)) {
      return notHeld(person);
    }
    return RequestOutcome.done(AccessReport.of(community, inProgress, person));
  }

  /**
   * Replaces a person's register entry with {@code corrected} (same id) and records which fields
   * changed — their names, not their values — in the register's audit. A restriction in force
   * stays. Recording lived experience needs explicit {@code LIVED_EXPERIENCE_RECORDED} consent in
   * force.
   *
   * @param community the community; must not be {@literal null}
   * @param corrected the corrected entry, with the id of the one it replaces; must not be {@literal
   *     null}
   * @param actor who made the change, for the audit; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @return the community with the entry replaced, or a refusal ({@code NOT_HELD}, {@code
   *     NOTHING_TO_RECTIFY}, {@code LIVED_EXPERIENCE_WITHOUT_EXPLICIT_CONSENT}); never {@literal
   *     null}
   */
  public static RequestOutcome<Community> rectify(
      Community community, Person corrected, Actor actor, Instant at) {
    Objects.requireNonNull(corrected, "corrected");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Optional<Person> held = community.register().find(corrected.id());
    if (held.isEmpty()) {
      return notHeld(corrected.id());
    }
    Person before = held.get();
    Person after = Person.builder().from(corrected).restriction(before.restriction()).build();
    List<String> fields = changedFields(before, after);
    if (fields.isEmpty()) {
      return RequestOutcome.refused(
          Refusal.of(
              Refusal.Reason.NOTHING_TO_RECTIFY,
              "the correction for " + before.id() + " changes no field"));
    }
    if (fields.contains("livedExperience")
        && !after.livedExperience().isEmpty()
        && !community.consent().inForce(after.id(), ConsentPurpose.LIVED_EXPERIENCE_RECORDED, at)) {
      return RequestOutcome.refused(
          Refusal.of(
              Refusal.Reason.LIVED_EXPERIENCE_WITHOUT_EXPLICIT_CONSENT,
              "lived experience of "
                  + before.id()
                  + " may be recorded only with explicit consent in force"));
    }
    LOG.info("rectified {} of {}", fields, after.id());
    return RequestOutcome.done(
        replace(
            community,
            after,
            new AuditEntry(at, after.id(), AuditAction.RECTIFIED, fields, actor)));
  }

  /**
   * Restricts processing of a person's data; refused when already restricted.
   *
   * @param community the community; must not be {@literal null}
   * @param person whose data; must not be {@literal null}
   * @param ground why; must not be {@literal null}
   * @param actor who made the change, for the audit; must not be {@literal null}
   * @param at when the restriction begins; must not be {@literal null}
   * @return the community with the person restricted, or a refusal ({@code NOT_HELD}, {@code
   *     ALREADY_RESTRICTED}); never {@literal null}
   */
  public static RequestOutcome<Community> restrict(
      Community community, PersonId person, RestrictionGround ground, Actor actor, Instant at) {
    Objects.requireNonNull(ground, "ground");
    Optional<Person> held = community.register().find(person);
    if (held.isEmpty()) {
      return notHeld(person);
    }
    if (held.get().isRestricted()) {
      return RequestOutcome.refused(
          Refusal.of(Refusal.Reason.ALREADY_RESTRICTED, person + " is already restricted"));
    }
    Person restricted = held.get().withRestriction(Restriction.of(at, ground));
    LOG.info("restricted processing of {} ({})", person, ground);
    return RequestOutcome.done(
        replace(
            community,
            restricted,
            new AuditEntry(at, person, AuditAction.RESTRICTED, List.of("restriction"), actor)));
  }

  /**
   * Lifts a restriction; refused when there is none.
   *
   * @param community the community; must not be {@literal null}
   * @param person whose data; must not be {@literal null}
   * @param actor who made the change, for the audit; must not be {@literal null}
   * @param at when; must not be {@literal null}
   * @return the community with the restriction lifted, or a refusal ({@code NOT_HELD}, {@code
   *     NOT_RESTRICTED}); never {@literal null}
   */
  public static RequestOutcome<Community> liftRestriction(
      Community community, PersonId person, Actor actor, Instant at) {
    Optional<Person> held = community.register().find(person);
    if (held.isEmpty()) {
      return notHeld(person);
    }
    if (!held.get().isRestricted()) {
      return RequestOutcome.refused(
          Refusal.of(Refusal.Reason.NOT_RESTRICTED, person + " is not restricted"));
    }
    LOG.info("lifted the restriction of {}", person);
    return RequestOutcome.done(
        replace(
            community,
            held.get().withoutRestriction(),
            new AuditEntry(
                at, person, AuditAction.RESTRICTION_LIFTED, List.of("restriction"), actor)));
  }

  /**
   * Erases a person everywhere the community holds them: the register entry goes (a {@link
   * Tombstone} with an opaque id stays), their consent history goes, sessions keep a place in the
   * room under the opaque id so headcounts stay (at the end of each list, not where they were),
   * their ratings become anonymous so the statistics stay, their words are removed (or kept
   * unattributed when the request says so), a presentation they gave keeps its kind and length but
   * its title becomes {@link Erasure#ERASED_TEXT} and its summary and perspective go, an action
   * they alone owned keeps its place but its text becomes {@link Erasure#ERASED_TEXT} (an action
   * owned with others keeps its text and loses only them), they leave the core group and the
   * decision makers of every series (with the follow-ups owed to them), and anything they recorded
   * for others names the opaque id instead.
   *
   * <p>This changes a value only: the copies a store keeps (backups, journals) still hold the
   * person. Erase through the store ({@code ArchiveStore.erase}) to reach them. Refused when the
   * person is not held, or is restricted because the data is needed for a legal claim.
   *
   * @param community the community; must not be {@literal null}
   * @param request whom to erase, when, by whom, why, and what happens to their words; must not be
   *     {@literal null}
   * @return the erasure, with the community after it and the tombstone, or a refusal ({@code
   *     NOT_HELD}, {@code HELD_FOR_LEGAL_CLAIM}); never {@literal null}
   */
  public static RequestOutcome<Erasure> erase(Community community, ErasureRequest request) {
    return erase(community, request, null, true);
  }

  /**
   * Erases as {@link #erase(Community, ErasureRequest)} does, leaving {@code opaqueId} as the
   * opaque id when given and not yet used in the community, so that replaying an erasure on a copy
   * leaves the id it left the first time.
   *
   * @param opaqueId the opaque id to leave, or {@literal null} for the next free one
   * @param log whether to log the erasure: a replay logs once for all its erasures
   */
  static RequestOutcome<Erasure> erase(
      Community community, ErasureRequest request, PersonId opaqueId, boolean log) {
    Objects.requireNonNull(request, "request");
    PersonId person = request.person();
    Optional<Person> held = community.register().find(person);
    if (held.isEmpty()) {
      return notHeld(person);
    }
    if (held.get()
        .restriction()
        .filter(r -> r.ground() == RestrictionGround.NEEDED_FOR_LEGAL_CLAIM)
        .isPresent()) {
      return RequestOutcome.refused(
          Refusal.of(
              Refusal.Reason.HELD_FOR_LEGAL_CLAIM,
              person + " is restricted because the data is needed for a legal claim"));
    }
    PersonId opaque =
        opaqueId != null && !community.register().knows(opaqueId)
            ? opaqueId
            : nextTombstoneId(community.register());
    Tombstone tombstone = new Tombstone(opaque, request.at(), request.actor(), request.ground());
    MemberRegister register = community.register();
    List<Person> people = register.people().stream().filter(p -> !p.id().equals(person)).toList();
    List<AuditEntry> audit = new ArrayList<>();
    register.audit().forEach(e -> audit.add(e.replacing(person, opaque)));
    audit.add(
        new AuditEntry(
            request.at(),
            opaque,
            AuditAction.ERASED,
            List.of(),
            request.actor().replacing(person, opaque)));
    List<Tombstone> tombstones = new ArrayList<>();
    register
        .tombstones()
        .forEach(
            t ->
                tombstones.add(
                    new Tombstone(
                        t.id(), t.erasedAt(), t.actor().replacing(person, opaque), t.ground())));
    tombstones.add(tombstone);
    MemberRegister erased =
        MemberRegister.builder().people(people).tombstones(tombstones).audit(audit).build();
    SessionRedaction redaction = new SessionRedaction(person, opaque, request.contributions());
    Community after =
        Community.builder()
            .from(community)
            .register(erased)
            .consent(community.consent().erasing(person, opaque))
            .coreGroup(community.coreGroup().stream().filter(p -> !p.equals(person)).toList())
            .series(community.series().stream().map(s -> withoutDecisionMaker(s, person)).toList())
            .sessions(community.sessions().stream().map(redaction::apply).toList())
            .build();
    // the erased id is not logged beside the tombstone; the store's erasure log, which replay
    // needs,
    // does pair the id with the instant of erasure, and so with the tombstone
    if (log) {
      LOG.info(
          "erased a person, leaving tombstone {} ({}, words {})",
          opaque,
          request.ground(),
          request.contributions());
    }
    return RequestOutcome.done(new Erasure(after, tombstone, request));
  }

  /**
   * The series without {@code person} among its decision makers, nor the follow-ups owed to them.
   * Organisations are not people: they stay.
   */
  private static Series withoutDecisionMaker(Series series, PersonId person) {
    RecipientId them = RecipientId.of(person);
    if (series.decisionMakers().stream().noneMatch(d -> d.recipient().equals(them))) {
      return series;
    }
    return Series.builder()
        .from(series)
        .decisionMakers(
            series.decisionMakers().stream().filter(d -> !d.recipient().equals(them)).toList())
        .followUps(
            series.followUps().stream().filter(f -> !f.decisionMaker().equals(them)).toList())
        .build();
  }

  static Community replace(Community community, Person person, AuditEntry entry) {
    MemberRegister register = community.register();
    return Community.builder()
        .from(community)
        .register(
            MemberRegister.builder()
                .from(register)
                .people(
                    register.people().stream()
                        .map(p -> p.id().equals(person.id()) ? person : p)
                        .toList())
                .addAudit(entry)
                .build())
        .build();
  }

  private static PersonId nextTombstoneId(MemberRegister register) {
    Set<PersonId> known = register.knownIds();
    for (int n = register.tombstones().size() + 1; ; n++) {
      PersonId candidate = PersonId.of("erased-" + n);
      if (!known.contains(candidate)) {
        return candidate;
      }
    }
  }

  static List<String> changedFields(Person before, Person after) {
    List<String> fields = new ArrayList<>();
    compare(fields, "name", before, after, Person::name);
    compare(fields, "contact.email", before, after, p -> p.contact().email());
    compare(fields, "contact.phone", before, after, p -> p.contact().phone());
    compare(fields, "role", before, after, Person::role);
    compare(fields, "place", before, after, Person::place);
    compare(fields, "organisation", before, after, Person::organisation);
    compare(fields, "perspectives", before, after, Person::perspectives);
    compare(fields, "sector", before, after, Person::sector);
    compare(fields, "livedExperience", before, after, Person::livedExperience);
    compare(fields, "joined", before, after, Person::joined);
    return fields;
  }

  private static void compare(
      List<String> fields, String name, Person a, Person b, Function<Person, Object> field) {
    if (!Objects.equals(field.apply(a), field.apply(b))) {
      fields.add(name);
    }
  }

  private static <T> RequestOutcome<T> notHeld(PersonId person) {
    return RequestOutcome.refused(
        Refusal.of(Refusal.Reason.NOT_HELD, "the register holds no person " + person));
  }
}
