package org.communityofpractice.core.people;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * The member register: the one place personal data lives. Everything else in a community refers to
 * people by {@link PersonId}, so an access or erasure request touches only the register (and the
 * consent held beside it).
 *
 * <pre>{@code
 * Person sam = Person.builder().id(PersonId.of("p-7kx2qd9m4tbz")).name("Sam Example").build();
 * Person alex = Person.builder().id(PersonId.of("p-2m9qk4xw7hbd")).name("Alex Example").build();
 * MemberRegister register = MemberRegister.builder()
 *     .addPerson(sam)
 *     .addPerson(alex)
 *     .build();
 * Optional<Person> found = register.find(PersonId.of("p-7kx2qd9m4tbz"));
 * }</pre>
 */
@Value.Immutable
public abstract class MemberRegister {
  MemberRegister() {}

  /** {@return a builder for a register, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return an empty register, never {@literal null}} */
  public static MemberRegister empty() {
    return builder().build();
  }

  /** Builds a {@link MemberRegister}. */
  public static final class Builder extends ImmutableMemberRegister.Builder {
    Builder() {}
  }

  /** {@return everyone held, in the order they were added; never {@literal null}} */
  public abstract List<Person> people();

  /**
   * What is left of people who were erased: opaque ids that the community's sessions may still use,
   * with no personal data.
   *
   * @return the tombstones, in the order of the erasures; never {@literal null}, may be empty
   */
  public abstract List<Tombstone> tombstones();

  /**
   * {@return rectifications, restrictions, erasures and retention sweeps, in the order they
   * happened; never {@literal null}, may be empty}
   */
  public abstract List<AuditEntry> audit();

  @Value.Derived
  @Value.Auxiliary
  Map<PersonId, Person> byId() {
    // a hash map rather than Map.copyOf's: reports look every attendee up, and its probing cost
    // more
    Map<PersonId, Person> byId = new LinkedHashMap<>();
    for (Person p : people()) {
      byId.putIfAbsent(p.id(), p);
    }
    return Collections.unmodifiableMap(byId);
  }

  /** {@return the ids of everyone held, in the order they were added; never {@literal null}} */
  public Set<PersonId> ids() {
    return byId().keySet();
  }

  /**
   * Whether the register holds this person.
   *
   * @param id the person's id; must not be {@literal null}
   * @return {@code true} if someone with that id is held
   */
  public boolean holds(PersonId id) {
    return byId().containsKey(id);
  }

  /**
   * Whether the id may be used elsewhere in the community: someone held, or the opaque id of an
   * erased person.
   *
   * @param id the id; must not be {@literal null}
   * @return {@code true} if someone held or a tombstone has that id
   */
  public boolean knows(PersonId id) {
    return byId().containsKey(id) || tombstoneIds().contains(id);
  }

  /**
   * {@return the ids of everyone held and of every tombstone, unmodifiable; never {@literal null}}
   */
  public Set<PersonId> knownIds() {
    Set<PersonId> known = new HashSet<>(ids());
    known.addAll(tombstoneIds());
    return Collections.unmodifiableSet(known);
  }

  @Value.Derived
  @Value.Auxiliary
  Set<PersonId> tombstoneIds() {
    return Collections.unmodifiableSet(
        tombstones().stream().map(Tombstone::id).collect(Collectors.toSet()));
  }

  /**
   * The ids of everyone whose processing is restricted. Worked out once per register: reports ask
   * {@link #isRestricted} for every rating and remark they publish, and with no one restricted, as
   * is usual, an empty set answers at once.
   *
   * @return the ids, unmodifiable; never {@literal null}, empty when no one is restricted
   */
  @Value.Derived
  @Value.Auxiliary
  public Set<PersonId> restricted() {
    return Collections.unmodifiableSet(
        people().stream().filter(Person::isRestricted).map(Person::id).collect(Collectors.toSet()));
  }

  /**
   * Whether the register holds this person and their processing is restricted.
   *
   * @param id the person's id; must not be {@literal null}
   * @return {@code true} if they are held and restricted
   */
  public boolean isRestricted(PersonId id) {
    return restricted().contains(id);
  }

  /**
   * The person with this id, if held.
   *
   * @param id the person's id; must not be {@literal null}
   * @return the person, or empty when nobody with that id is held (an erased person is not)
   */
  public Optional<Person> find(PersonId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** {@return the number of people held} */
  public int size() {
    return people().size();
  }

  @Value.Check
  void check() {
    Checks.unique(people(), Person::id, "people", "id");
    Checks.unique(tombstones(), Tombstone::id, "tombstones", "id");
    for (int i = 0; i < tombstones().size(); i++) {
      if (byId().containsKey(tombstones().get(i).id())) {
        throw InvalidValueException.of(
            "tombstones[" + i + "].id",
            "must not be the id of someone held",
            tombstones().get(i).id());
      }
    }
    Set<PersonId> known = knownIds();
    for (int i = 0; i < audit().size(); i++) {
      AuditEntry entry = audit().get(i);
      if (!known.contains(entry.person())) {
        throw InvalidValueException.of(
            "audit[" + i + "].person", "must be held or tombstoned", entry.person());
      }
    }
  }

  @Override
  public String toString() {
    return "MemberRegister{people="
        + people().size()
        + ", tombstones="
        + tombstones().size()
        + ", audit="
        + audit().size()
        + "}";
  }
}
