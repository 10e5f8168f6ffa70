package org.communityofpractice.core.validation.internal;

import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A value that may tell who someone is although it is no name, such as a person's id that spells
 * one ({@code dee.turner}): an {@link InvalidValueException} about it withholds it from its message
 * when {@link #looksPersonal()} says so.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.PersonId;
 * InvalidValueException.of("attendees[3]", "must be unique", PersonId.of("dee.turner")).getMessage();
 * // "attendees[3] must be unique (value withheld (personal data))"
 * }</pre>
 *
 * <p>Internal: cop's own values that may spell a person (the person id) implement it.
 */
public interface MaybePersonal {
  /**
   * {@return whether the value seems to carry something about a person: then no message shows it}
   */
  boolean looksPersonal();
}
