package org.communityofpractice.core.store;

/**
 * What {@link FileArchiveStore#resumeSession} does with a damaged journal. A torn last line — the
 * write a power cut interrupted, whose call never returned — is always dropped and reported. Damage
 * before the last line means something else went wrong, so the caller must choose.
 */
public enum DamagedJournalPolicy {
  /**
   * Refuse to open a journal damaged before its last line: a {@link StoreException} ({@code
   * JOURNAL_DAMAGED}).
   */
  STRICT,
  /**
   * Open it anyway, leaving out the damaged lines; each one is listed, with its line number, in the
   * {@link RecoveryReport}. The file is not changed, so the damage stays there to be examined.
   */
  SKIP_DAMAGED_LINES
}
