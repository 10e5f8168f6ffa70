package org.communityofpractice.core.people;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.internal.Checks;

/**
 * One change to the register made under a data-subject right or a retention sweep: which person,
 * which fields (by name, never their values), when and by whom.
 *
 * @param at when
 * @param person whom it concerns (after an erasure, the tombstone's opaque id)
 * @param action what was done
 * @param fields the names of the fields it touched, such as {@code contact.email}
 * @param actor who did it
 */
public record AuditEntry(
    Instant at, PersonId person, AuditAction action, List<String> fields, Actor actor) {
  /**
   * Checks the record and copies the field names.
   *
   * @param at when; must not be {@literal null}
   * @param person whom it concerns; must not be {@literal null}
   * @param action what was done; must not be {@literal null}
   * @param fields the names of the fields it touched; must not be {@literal null}, may be empty
   * @param actor who did it; must not be {@literal null}
   * @throws NullPointerException if a component or a field name is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if a field name is not an
   *     identifier
   */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(action, "action");
    fields = List.copyOf(fields);
    for (int i = 0; i < fields.size(); i++) {
      Checks.identifier(fields.get(i), "fields[" + i + "]");
    }
    Objects.requireNonNull(actor, "actor");
  }

  /**
   * The same entry about {@code to} when it was about {@code from}, with the actor replaced too.
   *
   * @param from the id being replaced, such as an erased person's; must not be {@literal null}
   * @param to the id that replaces it, such as a tombstone's; must not be {@literal null}
   * @return the entry, this one's copy with {@code to} wherever {@code from} was; never {@literal
   *     null}
   */
  public AuditEntry replacing(PersonId from, PersonId to) {
    return new AuditEntry(
        at, person.equals(from) ? to : person, action, fields, actor.replacing(from, to));
  }

  /** What an {@link AuditEntry} records. */
  public enum AuditAction {
    /** Fields were corrected at the person's request. */
    RECTIFIED,
    /** Processing was restricted. */
    RESTRICTED,
    /** A restriction was lifted. */
    RESTRICTION_LIFTED,
    /** The person was erased. */
    ERASED,
    /** Fields past their retention period were removed. */
    ANONYMISED_BY_RETENTION
  }
}
