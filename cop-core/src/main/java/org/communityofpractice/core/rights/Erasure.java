package org.communityofpractice.core.rights;

import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Tombstone;

/**
 * A carried-out erasure: the community without the person, the tombstone left in the register, and
 * the request; {@link ErasureLog#append(Erasure)} keeps the request with the tombstone's id.
 *
 * @param community the community after erasure
 * @param tombstone what the register keeps: an opaque id, when, by whom, why
 * @param request the request, for the erasure log
 */
public record Erasure(Community community, Tombstone tombstone, ErasureRequest request) {
  /**
   * What an erasure leaves where a text of the person's must go but its place must stay: the title
   * of a presentation they gave, the text of an action they alone owned (later small steps may
   * follow it).
   */
  public static final String ERASED_TEXT = "(erased)";

  /**
   * Checks the record.
   *
   * @param community the community after erasure; must not be {@literal null}
   * @param tombstone what the register keeps: an opaque id, when, by whom, why; must not be
   *     {@literal null}
   * @param request the request, for the erasure log; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public Erasure {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(tombstone, "tombstone");
    Objects.requireNonNull(request, "request");
  }

  @Override
  public String toString() {
    return "Erasure{tombstone=" + tombstone.id() + "}";
  }
}
