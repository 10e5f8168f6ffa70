package org.communityofpractice.core.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A person in the member register. Only the register holds a {@code Person}; every other part of
 * the model refers to people by {@link PersonId}. {@link #toString()} shows the id alone.
 *
 * <pre>{@code
 * Person sam = Person.builder()
 *     .id(PersonId.of("p-7kx2qd9m4tbz"))
 *     .name("Sam Example")
 *     .contact(ContactDetails.email("sam@example.org"))
 *     .role("Housing Manager")
 *     .place("Stoke-on-Trent")
 *     .organisation("A housing charity")
 *     .addPerspective(Perspective.MANAGER)
 *     .sector(Sector.VOLUNTARY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** {@return a builder for a person, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; every setter rejects {@literal null}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  /**
   * {@return the person's id, how everything outside the register refers to them; never {@literal
   * null}}
   */
  public abstract PersonId id();

  /** {@return the person's name, as they wish to be called; never {@literal null} or blank} */
  public abstract String name();

  /**
   * {@return how to reach them, {@link ContactDetails#none()} when nothing is held; never {@literal
   * null}}
   */
  @Value.Default
  public ContactDetails contact() {
    return ContactDetails.none();
  }

  /**
   * {@return their role, such as "Housing Manager", used for attribution by role; empty when not
   * held}
   */
  public abstract Optional<String> role();

  /**
   * {@return their place, such as "Stoke-on-Trent", used with the role for attribution; empty when
   * not held}
   */
  public abstract Optional<String> place();

  /** {@return the organisation they work for or come from, or empty when not held} */
  public abstract Optional<String> organisation();

  /**
   * {@return the perspectives they bring, at least one expected but none allowed; never {@literal
   * null}}
   */
  public abstract Set<Perspective> perspectives();

  /** {@return the sector they work in or come from, or empty when not held} */
  public abstract Optional<Sector> sector();

  /**
   * {@return the categories of their lived experience, special-category data never published per
   * person; never {@literal null}, empty when none is held}
   */
  public abstract Set<LivedExperience> livedExperience();

  /** {@return when they joined the community, or empty when not known} */
  public abstract Optional<LocalDate> joined();

  /**
   * A restriction of processing, while one is in force: the person stays in the register but is
   * left out of publication, mailing and analysis.
   *
   * @return the restriction, or empty when none is in force
   */
  public abstract Optional<Restriction> restriction();

  /** {@return whether processing of their data is restricted} */
  public boolean isRestricted() {
    return restriction().isPresent();
  }

  /**
   * The same person with processing restricted.
   *
   * @param restriction the restriction; must not be {@literal null}
   * @return a new person, never {@literal null}
   */
  public Person withRestriction(Restriction restriction) {
    return builder().from(this).restriction(restriction).build();
  }

  /** {@return the same person with no restriction in force, never {@literal null}} */
  public Person withoutRestriction() {
    return builder().from(this).restriction(Optional.empty()).build();
  }

  /** {@return whether they bring the perspective of an expert by experience} */
  public boolean isExpertByExperience() {
    return perspectives().contains(Perspective.EXPERT_BY_EXPERIENCE);
  }

  @Value.Check
  void check() {
    Checks.text(name(), "name");
    joined().ifPresent(d -> Checks.date(d, "joined"));
    role().ifPresent(r -> Checks.text(r, "role"));
    place().ifPresent(p -> Checks.text(p, "place"));
    organisation().ifPresent(o -> Checks.text(o, "organisation"));
  }

  @Override
  public String toString() {
    return "Person{id=" + id() + "}";
  }
}
