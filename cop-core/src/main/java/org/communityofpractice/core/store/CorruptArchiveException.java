package org.communityofpractice.core.store;

import java.util.Optional;
import org.communityofpractice.core.validation.internal.Refusals;

/**
 * A stored archive cannot be read: it is damaged, truncated, not valid against the archive schema,
 * or the file cannot be opened. The message names the file and, when the JSON was at fault, the
 * JSON path; it points to the newest backup that does read. Nothing is overwritten or restored
 * automatically: restore by loading the backup and saving it as the next version.
 *
 * <pre>{@code
 * try {
 *   store.load(community.id());
 * } catch (CorruptArchiveException e) {
 *   e.jsonPath();          // Optional[$.sessions[2].scaling[0].ratings[4].value]
 *   e.newestGoodBackup();  // Optional[ArchiveBackup[version=6, …]]
 * }
 * }</pre>
 */
public final class CorruptArchiveException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * The JSON path of the fault, or {@literal null} when the file could not be read as JSON at all.
   */
  private final String jsonPath;

  private final transient ArchiveBackup newestGoodBackup;

  CorruptArchiveException(
      String location,
      Optional<String> jsonPath,
      Refusals.Said reason,
      Optional<ArchiveBackup> newestGoodBackup) {
    super(Reason.ARCHIVE_UNREADABLE, location, said(location, jsonPath, reason, newestGoodBackup));
    this.jsonPath = jsonPath.orElse(null);
    this.newestGoodBackup = newestGoodBackup.orElse(null);
  }

  private static Refusals.Said said(
      String location,
      Optional<String> jsonPath,
      Refusals.Said why,
      Optional<ArchiveBackup> newestGoodBackup) {
    Refusals.Said backup =
        newestGoodBackup
            .map(b -> Refusals.said("store.newestBackup", b.version(), b.location()))
            .orElse(Refusals.said("store.noBackup"));
    return jsonPath
        .map(p -> Refusals.said("store.corruptAt", location, p, why, backup))
        .orElse(Refusals.said("store.corrupt", location, why, backup));
  }

  /**
   * {@return the JSON path of the fault when the file was read but its JSON is at fault; otherwise
   * empty}
   */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /**
   * {@return the newest backup that reads, or empty when there is none (or in a deserialized copy)}
   */
  public Optional<ArchiveBackup> newestGoodBackup() {
    return Optional.ofNullable(newestGoodBackup);
  }
}
