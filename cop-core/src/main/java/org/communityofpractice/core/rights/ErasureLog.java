package org.communityofpractice.core.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every erasure carried out, in order, with the opaque id each left behind, kept apart from the
 * archive so that a backup restored from before an erasure can be brought back into line: {@link
 * #replay(Community)} erases again everyone the backup still holds, leaving the same opaque ids, so
 * an id names the same erased person in every copy. It holds person ids and nothing else about
 * anyone — which is why a store does not write it as it is: {@code FileArchiveStore} keeps a keyed
 * hash in place of each id ({@code erasures.json}), and replays it on every save. Keep this value
 * in memory, or apply the same care where you keep it yourself.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.ErasureGround;
 * ErasureRequest request = ErasureRequest.of(sam, now, actor, ErasureGround.REQUESTED_BY_PERSON);
 * Erasure done = DataSubjectRights.erase(community, request).result();
 * ErasureLog log = ErasureLog.empty().append(done);
 * // later, after restoring an old backup:
 * Community restored = community;
 * ErasureLog.Replay replay = log.replay(restored);
 * Community safe = replay.community();
 * }</pre>
 *
 * @param entries the erasures in the order carried out
 */
public record ErasureLog(List<Entry> entries) {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureLog.class);
  private static final ErasureLog EMPTY = new ErasureLog(List.of());

  /**
   * Checks the record.
   *
   * @param entries the erasures in the order carried out; must not be {@literal null}
   * @throws NullPointerException if {@code entries} is {@literal null}
   */
  public ErasureLog {
    entries = List.copyOf(entries);
  }

  /**
   * One erasure: what was asked, and the opaque id the person's place went to.
   *
   * @param request the request carried out
   * @param tombstone the opaque id of the tombstone it left
   */
  public record Entry(ErasureRequest request, PersonId tombstone) {
    /**
     * Checks the record.
     *
     * @param request the request carried out; must not be {@literal null}
     * @param tombstone the opaque id of the tombstone it left; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Entry {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(tombstone, "tombstone");
    }

    /**
     * The entry of an erasure carried out.
     *
     * @param erasure the erasure; must not be {@literal null}
     * @return the entry, with the request and the tombstone's opaque id; never {@literal null}
     */
    public static Entry of(Erasure erasure) {
      return new Entry(erasure.request(), erasure.tombstone().id());
    }
  }

  /** {@return a log with no erasures, never {@literal null}} */
  public static ErasureLog empty() {
    return EMPTY;
  }

  /**
   * This log with one more erasure.
   *
   * @param erasure the erasure carried out; must not be {@literal null}
   * @return a new log, never {@literal null}
   */
  public ErasureLog append(Erasure erasure) {
    return append(Entry.of(Objects.requireNonNull(erasure, "erasure")));
  }

  /**
   * This log with one more entry, such as one of a retention sweep's {@link
   * RetentionReport#erasures()}.
   *
   * @param entry the entry; must not be {@literal null}
   * @return a new log, never {@literal null}
   */
  public ErasureLog append(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    List<Entry> more = new ArrayList<>(entries);
    more.add(entry);
    return new ErasureLog(more);
  }

  /** {@return the requests, in the order carried out; never {@literal null}} */
  public List<ErasureRequest> requests() {
    return entries.stream().map(Entry::request).toList();
  }

  /**
   * Carries out every request again on {@code restored}, in order, each leaving the opaque id it
   * left the first time (a fresh one should the copy already use that id). A request for someone
   * the backup does not hold (never held, or already erased) is skipped; one the backup refuses
   * (the person is held for a legal claim there) is reported. Logs one line for the whole replay.
   *
   * @param restored the community restored from a backup; must not be {@literal null}
   * @return what the replay did, never {@literal null}
   */
  public Replay replay(Community restored) {
    Community community = Objects.requireNonNull(restored, "restored");
    List<ErasureRequest> applied = new ArrayList<>();
    List<ErasureRequest> skipped = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (Entry entry : entries) {
      ErasureRequest request = entry.request();
      if (!community.register().holds(request.person())) {
        skipped.add(request);
        continue;
      }
      RequestOutcome<Erasure> outcome =
          DataSubjectRights.erase(community, request, entry.tombstone(), false);
      if (outcome.isDone()) {
        community = outcome.result().community();
        applied.add(request);
      } else {
        refused.add(outcome.refusal().orElseThrow());
      }
    }
    LOG.info(
        "replayed the erasure log on a copy: {} erased again, {} not held there, {} refused",
        applied.size(),
        skipped.size(),
        refused.size());
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
      Community community,
      List<ErasureRequest> applied,
      List<ErasureRequest> skipped,
      List<Refusal> refused) {
    /**
     * Checks the record.
     *
     * @param community the restored community with the erasures carried out again; must not be
     *     {@literal null}
     * @param applied the requests carried out; must not be {@literal null}
     * @param skipped the requests for people the backup does not hold; must not be {@literal null}
     * @param refused refusals, such as a person held there for a legal claim; must not be {@literal
     *     null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Replay {
      Objects.requireNonNull(community, "community");
      applied = List.copyOf(applied);
      skipped = List.copyOf(skipped);
      refused = List.copyOf(refused);
    }
  }
}
