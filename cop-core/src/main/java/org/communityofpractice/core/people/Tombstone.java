package org.communityofpractice.core.people;

import java.time.Instant;
import java.util.Objects;

/**
 * What the register keeps of a person who was erased: an opaque id that sessions still use (so
 * headcounts and anonymous statistics stay as they were), when, by whom and why — and no personal
 * data at all.
 *
 * @param id the opaque id that replaced the person's id everywhere in the community
 * @param erasedAt when the erasure happened
 * @param actor who carried it out
 * @param ground why
 */
public record Tombstone(PersonId id, Instant erasedAt, Actor actor, ErasureGround ground) {
  /**
   * Checks the record.
   *
   * @param id the opaque id that replaced the person's id; must not be {@literal null}
   * @param erasedAt when the erasure happened; must not be {@literal null}
   * @param actor who carried it out; must not be {@literal null}
   * @param ground why; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public Tombstone {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(erasedAt, "erasedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(ground, "ground");
  }
}
