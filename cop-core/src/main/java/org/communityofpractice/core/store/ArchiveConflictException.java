package org.communityofpractice.core.store;

import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * A save named a version that is no longer the stored one: another writer saved first. Nothing was
 * written; load the archive again, apply the change to it and save with the new version.
 *
 * <pre>{@code
 * import org.communityofpractice.core.community.Community;
 * import org.communityofpractice.core.community.LifeCycleStage;
 * StoredArchive loaded = store.load(community.id()).orElseThrow();
 * Community changed = community.enteringStage(LifeCycleStage.ADJOURNING, LocalDate.of(2019, 3, 1));
 * store.save(changed, loaded.version());           // another writer saves first
 * try {
 *   store.save(changed, loaded.version());
 * } catch (ArchiveConflictException e) {
 *   StoredArchive fresh = store.load(changed.id()).orElseThrow(); // e.actual() == fresh.version()
 * }
 * }</pre>
 */
public final class ArchiveConflictException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final transient CommunityId community;
  private final transient ArchiveVersion expected;
  private final transient ArchiveVersion actual;

  ArchiveConflictException(
      String location, CommunityId community, ArchiveVersion expected, ArchiveVersion actual) {
    super(
        Reason.VERSION_CONFLICT,
        location,
        Refusals.said("store.conflict", community, location, actual, expected));
    this.community = community;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * {@return the community whose archive the save was for; {@literal null} only in a deserialized
   * copy, which keeps the message}
   */
  public CommunityId community() {
    return community;
  }

  /**
   * {@return the version the save expected; {@literal null} only in a deserialized copy, which
   * keeps the message}
   */
  public ArchiveVersion expected() {
    return expected;
  }

  /**
   * {@return the version stored; {@literal null} only in a deserialized copy, which keeps the
   * message}
   */
  public ArchiveVersion actual() {
    return actual;
  }
}
