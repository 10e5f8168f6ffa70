package org.communityofpractice.core.store;

import java.util.Objects;
import org.communityofpractice.core.community.Community;

/**
 * A community as loaded from a store, with the version to name when saving a change of it.
 *
 * @param community the community
 * @param version its version in the store
 */
public record StoredArchive(Community community, ArchiveVersion version) {
  /**
   * Checks the record.
   *
   * @param community the community; must not be {@literal null}
   * @param version its version in the store; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public StoredArchive {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(version, "version");
  }

  @Override
  public String toString() {
    return "StoredArchive[community=" + community.id() + ", version=" + version + "]";
  }
}
