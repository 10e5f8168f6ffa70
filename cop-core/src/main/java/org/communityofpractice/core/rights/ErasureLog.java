package org.communityofpractice.core.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.community.Community;

/**
 * Every erasure carried out, in order, kept apart from the archive so that a backup restored from
 * before an erasure can be brought back into line: {@link #replay(Community)} erases again everyone
 * the backup still holds. It holds person ids and nothing else about anyone.
 *
 * <pre>{@code
 * Erasure done = DataSubjectRights.erase(community, request).result();
 * ErasureLog log = previousLog.append(done.request());
 * // later, after restoring an old backup:
 * ErasureLog.Replay replay = log.replay(restored);
 * Community safe = replay.community();
 * }</pre>
 *
 * @param requests the erasures in the order carried out
 */
public record ErasureLog(List<ErasureRequest> requests) {
  private static final ErasureLog EMPTY = new ErasureLog(List.of());

  public ErasureLog {
    requests = List.copyOf(requests);
  }

  public static ErasureLog empty() {
    return EMPTY;
  }

  /** This log with one more request. */
  public ErasureLog append(ErasureRequest request) {
    Objects.requireNonNull(request, "request");
    List<ErasureRequest> more = new ArrayList<>(requests);
    more.add(request);
    return new ErasureLog(more);
  }

  /**
   * Carries out every request again on {@code restored}, in order. A request for someone the backup
   * does not hold (never held, or already erased) is skipped; one the backup refuses (the person is
   * held for a legal claim there) is reported.
   */
  public Replay replay(Community restored) {
    Community community = Objects.requireNonNull(restored, "restored");
    List<ErasureRequest> applied = new ArrayList<>();
    List<ErasureRequest> skipped = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (ErasureRequest request : requests) {
      if (!community.register().holds(request.person())) {
        skipped.add(request);
        continue;
      }
      RequestOutcome<Erasure> outcome = DataSubjectRights.erase(community, request);
      if (outcome.isDone()) {
        community = outcome.result().community();
        applied.add(request);
      } else {
        refused.add(outcome.refusal().orElseThrow());
      }
    }
    return new Replay(community, applied, skipped, refused);
  }

  /**
   * What a replay did.
   *
   * @param community the restored community with the erasures carried out again
   * @param applied the requests carried out
   * @param skipped the requests for people the backup does not hold
   * @param refused refusals, such as a person held there for a legal claim
   */
  public record Replay(
      Community community, List<ErasureRequest> applied, List<ErasureRequest> skipped, List<Refusal> refused) {
    public Replay {
      Objects.requireNonNull(community, "community");
      applied = List.copyOf(applied);
      skipped = List.copyOf(skipped);
      refused = List.copyOf(refused);
    }
  }
}
