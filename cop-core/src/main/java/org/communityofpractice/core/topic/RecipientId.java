package org.communityofpractice.core.topic;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;

/**
 * Whom a message went to, by id: a person in the register or an {@link Organisation} among a
 * series' decision makers. The send log, a circulation's result and the follow-ups refer to
 * recipients this way, so an organisation is recorded by its own id and never mistaken for a person
 * (an erasure or an access request concerns people only).
 *
 * <pre>{@code
 * RecipientId sam = RecipientId.of(PersonId.of("p-7kx2qd9m4tbz"));
 * RecipientId board = RecipientId.of(OrganisationId.of("safeguarding-board"));
 * sam.person();          // Optional[p-7kx2qd9m4tbz]
 * board.organisation();  // Optional[safeguarding-board]
 * }</pre>
 *
 * @param kind a person or an organisation
 * @param value the person's or the organisation's id
 */
public record RecipientId(Kind kind, String value) implements Comparable<RecipientId> {
  /** Whose id it is. */
  public enum Kind {
    /** A person in the member register. */
    PERSON,
    /** An organisation at its generic address. */
    ORGANISATION
  }

  /**
   * Checks the record.
   *
   * @param kind a person or an organisation; must not be {@literal null}
   * @param value the person's or the organisation's id; must not be {@literal null} and must be a
   *     valid id of that kind
   * @throws NullPointerException if {@code kind} or {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not a
   *     valid id of that kind
   */
  public RecipientId {
    Objects.requireNonNull(kind, "kind");
    // checked by the id it stands for
    value = kind == Kind.PERSON ? PersonId.of(value).value() : OrganisationId.of(value).value();
  }

  /**
   * The recipient that is a person in the register.
   *
   * @param person the person's id; must not be {@literal null}
   * @return the recipient, never {@literal null}
   */
  public static RecipientId of(PersonId person) {
    return new RecipientId(Kind.PERSON, Objects.requireNonNull(person, "person").value());
  }

  /**
   * The recipient that is an organisation among a series' decision makers.
   *
   * @param organisation the organisation's id; must not be {@literal null}
   * @return the recipient, never {@literal null}
   */
  public static RecipientId of(OrganisationId organisation) {
    return new RecipientId(
        Kind.ORGANISATION, Objects.requireNonNull(organisation, "organisation").value());
  }

  /** {@return the person, or empty when this recipient is an organisation} */
  public Optional<PersonId> person() {
    return kind == Kind.PERSON ? Optional.of(PersonId.of(value)) : Optional.empty();
  }

  /** {@return the organisation, or empty when this recipient is a person} */
  public Optional<OrganisationId> organisation() {
    return kind == Kind.ORGANISATION ? Optional.of(OrganisationId.of(value)) : Optional.empty();
  }

  /**
   * Whether this is {@code person}.
   *
   * @param person the person to compare with; must not be {@literal null}
   * @return {@code true} if this recipient is that person
   */
  public boolean is(PersonId person) {
    return kind == Kind.PERSON && value.equals(person.value());
  }

  @Override
  public int compareTo(RecipientId other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  /** A person's id as it is; an organisation's as {@code organisation:<id>}. */
  @Override
  public String toString() {
    return kind == Kind.PERSON ? value : "organisation:" + value;
  }
}
