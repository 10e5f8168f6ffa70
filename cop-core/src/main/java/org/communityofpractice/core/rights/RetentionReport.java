package org.communityofpractice.core.rights;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.PersonId;

/**
 * What a retention sweep did: the community after it, each anonymisation (person, category, fields
 * — never values), the people it left alone and why, and the erasures it carried out, for the
 * {@link ErasureLog}.
 *
 * @param community the community after the sweep
 * @param anonymised what was removed; after a whole-record erasure the person is named by the
 *     tombstone's opaque id
 * @param skipped people left alone
 * @param erasures the erasures carried out, each with the opaque id it left, to append to the
 *     erasure log
 */
public record RetentionReport(
    Community community,
    List<Anonymisation> anonymised,
    List<Skipped> skipped,
    List<ErasureLog.Entry> erasures) {
  /**
   * Checks the record.
   *
   * @param community the community after the sweep; must not be {@literal null}
   * @param anonymised what was removed; after a whole-record erasure the person is named by the
   *     tombstone's opaque id; must not be {@literal null}
   * @param skipped people left alone; must not be {@literal null}
   * @param erasures the erasures carried out, each with the opaque id it left, to append to the
   *     erasure log; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public RetentionReport {
    Objects.requireNonNull(community, "community");
    anonymised = List.copyOf(anonymised);
    skipped = List.copyOf(skipped);
    erasures = List.copyOf(erasures);
  }

  /**
   * One thing a sweep removed.
   *
   * @param person whose
   * @param category which kind of data
   * @param fields the fields removed
   */
  public record Anonymisation(PersonId person, RetentionCategory category, List<String> fields) {
    /**
     * Checks the record.
     *
     * @param person whose; must not be {@literal null}
     * @param category which kind of data; must not be {@literal null}
     * @param fields the fields removed; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Anonymisation {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(category, "category");
      fields = List.copyOf(fields);
    }
  }

  /**
   * A person a sweep left alone.
   *
   * @param person who
   * @param reason why
   */
  public record Skipped(PersonId person, Reason reason) {
    /** Why a person was left alone. */
    public enum Reason {
      /** Their processing is restricted. */
      RESTRICTED,
      /** They never attended, and neither a joining date nor a consent decision is recorded. */
      NO_REFERENCE_DATE
    }

    /**
     * Checks the record.
     *
     * @param person who; must not be {@literal null}
     * @param reason why; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Skipped {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(reason, "reason");
    }
  }

  @Override
  public String toString() {
    return "RetentionReport{anonymised="
        + anonymised.size()
        + ", skipped="
        + skipped.size()
        + ", erasures="
        + erasures.size()
        + "}";
  }
}
