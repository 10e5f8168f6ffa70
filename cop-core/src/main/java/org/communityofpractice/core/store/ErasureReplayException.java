package org.communityofpractice.core.store;

/**
 * A save refused because the archive given holds people the store's erasure log erased, and their
 * erasure is refused there (they are restricted for a legal claim in that copy): saving it would
 * bring them back. Nothing was saved. The message counts them and names no one.
 */
public final class ErasureReplayException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** How many logged erasures the archive refused. */
  private final int refused;

  ErasureReplayException(String log, int refused) {
    super(
        log,
        "not saved: the archive holds "
            + refused
            + " people the erasure log "
            + log
            + " erased, and refuses their erasure (restricted for a legal claim there)");
    this.refused = refused;
  }

  /** {@return how many logged erasures the archive refused, at least 1} */
  public int refused() {
    return refused;
  }
}
