package org.communityofpractice.core.store;

import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.RequestOutcome;

/**
 * What an erasure did across a store: the erasure itself (or why it was refused), the archive
 * version it saved, and the backups and journals it reached.
 *
 * <pre>{@code
 * StoreErasure done = store.erase(community.id(), ErasureRequest.of(sam, now, actor, ground));
 * done.outcome().isDone();          // false when refused, and then nothing was changed
 * done.reached().backupsDeleted();  // backups that could not be read, and so could not be shown clean
 * }</pre>
 *
 * @param outcome the erasure of the current archive, or its refusal
 * @param version the archive version saved, when done
 * @param reached the backups and journals the erasure reached
 */
public record StoreErasure(RequestOutcome<Erasure> outcome, Optional<ArchiveVersion> version, FilesReached reached) {
  public StoreErasure {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reached, "reached");
  }

  static StoreErasure refused(RequestOutcome<Erasure> outcome) {
    return new StoreErasure(outcome, Optional.empty(), FilesReached.NONE);
  }
}
