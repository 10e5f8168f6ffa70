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

  /** A builder for a person. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; every setter rejects {@literal null}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  public abstract PersonId id();

  /** The person's name, as they wish to be called. */
  public abstract String name();

  /** How to reach them; {@link ContactDetails#none()} when nothing is held. */
  @Value.Default
  public ContactDetails contact() {
    return ContactDetails.none();
  }

  /** Their role, such as "Housing Manager", used for attribution by role. */
  public abstract Optional<String> role();

  /** Their place, such as "Stoke-on-Trent", used with the role for attribution. */
  public abstract Optional<String> place();

  public abstract Optional<String> organisation();

  /** The perspectives they bring; at least one is expected but none is allowed. */
  public abstract Set<Perspective> perspectives();

  public abstract Optional<Sector> sector();

  /** Categories of lived experience; special-category data, never published per person. */
  public abstract Set<LivedExperience> livedExperience();

  /** When they joined the community, if known. */
  public abstract Optional<LocalDate> joined();

  /**
   * A restriction of processing, while one is in force: the person stays in the register but is
   * left out of publication, mailing and analysis.
   */
  public abstract Optional<Restriction> restriction();

  /** Whether processing of their data is restricted. */
  public boolean isRestricted() {
    return restriction().isPresent();
  }

  /** The same person with processing restricted; must not be {@literal null}. */
  public Person withRestriction(Restriction restriction) {
    return builder().from(this).restriction(restriction).build();
  }

  /** The same person with no restriction in force. */
  public Person withoutRestriction() {
    return builder().from(this).restriction(Optional.empty()).build();
  }

  /** Whether they bring the perspective of an expert by experience. */
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
