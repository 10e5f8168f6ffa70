package org.communityofpractice.core.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityofpractice.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The member register: the one place personal data lives. Everything else in a community refers to
 * people by {@link PersonId}, so an access or erasure request touches only the register (and the
 * consent held beside it).
 *
 * <pre>{@code
 * MemberRegister register = MemberRegister.builder()
 *     .addPerson(sam)
 *     .addPerson(alex)
 *     .build();
 * Optional<Person> found = register.find(PersonId.of("p-sam"));
 * }</pre>
 */
@Value.Immutable
public abstract class MemberRegister {
  MemberRegister() {}

  public static Builder builder() {
    return new Builder();
  }

  /** An empty register. */
  public static MemberRegister empty() {
    return builder().build();
  }

  /** Builds a {@link MemberRegister}. */
  public static final class Builder extends ImmutableMemberRegister.Builder {
    Builder() {}
  }

  /** Everyone held, in the order they were added. */
  public abstract List<Person> people();

  @Value.Derived
  @Value.Auxiliary
  Map<PersonId, Person> byId() {
    return people().stream()
        .collect(Collectors.toUnmodifiableMap(Person::id, Function.identity(), (a, b) -> a));
  }

  /** The ids of everyone held. */
  public Set<PersonId> ids() {
    return byId().keySet();
  }

  /** Whether the register holds this person. */
  public boolean holds(PersonId id) {
    return byId().containsKey(id);
  }

  /** The person with this id, if held. */
  public Optional<Person> find(PersonId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The number of people held. */
  public int size() {
    return people().size();
  }

  @Value.Check
  void check() {
    Checks.unique(people(), Person::id, "people", "id");
  }

  @Override
  public String toString() {
    return "MemberRegister{people=" + people().size() + "}";
  }
}
