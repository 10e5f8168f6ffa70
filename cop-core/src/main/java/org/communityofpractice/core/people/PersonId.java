package org.communityofpractice.core.people;

import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.validation.internal.MaybePersonal;

/**
 * How everything outside the register refers to a person. An id must carry no personal data — no
 * name, email or role — so that it is safe in sessions, logs, messages, review evidence and the
 * erasure log. {@link #mint()} makes one that cannot spell anything; {@link #looksPersonal()} spots
 * ids that seem to (the review warns about them). An invalid id is refused without repeating it,
 * since what was typed where an id belongs is often a name.
 *
 * <pre>{@code
 * PersonId id = PersonId.mint();         // "p-7kx2qd9m4tbz"
 * PersonId.of("dee.turner").looksPersonal(); // true: use a minted id instead
 * }</pre>
 *
 * @param value 1..64 letters, digits, '.', '_' or '-'
 */
public record PersonId(String value) implements Comparable<PersonId>, MaybePersonal {
  /** Digits and consonants only: a minted id never spells a word, let alone a name. */
  private static final char[] MINT_ALPHABET = "0123456789bcdfghjkmnpqrstvwxz".toCharArray();

  /** Three or more letters together with a vowel among them: a word, a name or a role. */
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("(?i)[a-z]*[aeiouy][a-z]*");

  /**
   * Checks the id, without repeating it when it does not fit.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier; the message does not show it
   */
  public PersonId {
    Checks.personalIdentifier(value, "personId");
  }

  /**
   * The id with the given value.
   *
   * @param value 1..64 letters, digits, '.', '_' or '-'; must not be {@literal null}
   * @return the id, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code value} is not
   *     such an identifier; the message does not show it
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /**
   * A new opaque id, "p-" and twelve random digits and consonants (about 58 bits): it carries
   * nothing about the person and is, in practice, never minted twice.
   *
   * @return a fresh id, never {@literal null}
   */
  public static PersonId mint() {
    char[] id = new char[14];
    id[0] = 'p';
    id[1] = '-';
    for (int i = 2; i < id.length; i++) {
      id[i] = MINT_ALPHABET[Minting.RANDOM.nextInt(MINT_ALPHABET.length)];
    }
    return new PersonId(new String(id));
  }

  /**
   * Whether the id seems to carry something about the person: an '@', or a run of three or more
   * letters with a vowel in it — a name ("sam", "dee.turner"), or a role ("p-expert-citizen"). A
   * heuristic: it flags for a person to look at, and never refuses; an exception about such an id
   * never shows it.
   */
  @Override
  public boolean looksPersonal() {
    if (value.indexOf('@') >= 0) {
      return true;
    }
    for (String part : value.split("[^A-Za-z]+")) {
      if (part.length() >= 3 && WORD.matcher(part).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  // Written out although the record's would be the same: the record's go through a method handle,
  // which showed as a twentieth of composing a report, where ids are looked up all the time.
  @Override
  public boolean equals(Object o) {
    return o instanceof PersonId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * The source of minted ids, made when the first id is minted: seeding it takes milliseconds that
   * reading an archive, which mints none, need not spend.
   */
  private static final class Minting {
    static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  }
}
