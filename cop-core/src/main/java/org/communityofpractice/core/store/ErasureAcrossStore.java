package org.communityofpractice.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.session.SessionId;

/**
 * What an erasure did across a store: the erasure itself (or why it was refused), the archive
 * version it saved, the backups and journals it reached — and what it could not reach.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.ErasureGround;
 * import org.communityofpractice.core.rights.ErasureRequest;
 * ErasureAcrossStore done = store.erase(community.id(),
 *     ErasureRequest.of(sam, now, actor, ErasureGround.REQUESTED_BY_PERSON));
 * done.outcome().isDone();          // false when refused, and then nothing was changed
 * done.reached().backupsDeleted();  // backups that could not be read, and so could not be shown clean
 * done.mentionedIn();               // sessions where other people's words mention their name
 * }</pre>
 *
 * <p>No store reaches what was written out of it earlier: reports, exports and analysis tables made
 * from the archive before the erasure, and copies kept elsewhere (replay the erasure log on those).
 * Nor does an erasure take other people's words that mention the person: {@link #mentionedIn()}
 * names the sessions holding any, to review by hand.
 *
 * @param outcome the erasure of the current archive, or its refusal; done with no version when the
 *     current archive had already lost the person and only backups or journals held them
 * @param version the archive version saved, when one was
 * @param reached the backups and journals the erasure reached
 * @param mentionedIn sessions in which other people's words mention the person's name or given name
 *     (or a namesake's): not changed by the erasure
 */
public record ErasureAcrossStore(
    RequestOutcome<Erasure> outcome,
    Optional<ArchiveVersion> version,
    FilesReached reached,
    List<SessionId> mentionedIn) {
  /**
   * Checks the record.
   *
   * @param outcome the erasure of the current archive, or its refusal; done with no version when
   *     the current archive had already lost the person and only backups or journals held them;
   *     must not be {@literal null}
   * @param version the archive version saved, when one was; must not be {@literal null}
   * @param reached the backups and journals the erasure reached; must not be {@literal null}
   * @param mentionedIn sessions in which other people's words mention the person's name or given
   *     name (or a namesake's): not changed by the erasure; must not be {@literal null}
   * @throws NullPointerException if a component is {@literal null}
   */
  public ErasureAcrossStore {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reached, "reached");
    mentionedIn = List.copyOf(mentionedIn);
  }

  /**
   * A refused erasure: nothing changed.
   *
   * @param outcome the refusal; must not be {@literal null}
   * @return the store erasure, with no version and nothing reached; never {@literal null}
   */
  public static ErasureAcrossStore refused(RequestOutcome<Erasure> outcome) {
    return new ErasureAcrossStore(outcome, Optional.empty(), FilesReached.NONE, List.of());
  }
}
