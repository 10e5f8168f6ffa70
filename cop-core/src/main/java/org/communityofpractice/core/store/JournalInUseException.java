package org.communityofpractice.core.store;

import java.nio.file.Path;

/** Another recorder, in this program or another, has the journal open for writing. */
public final class JournalInUseException extends StoreException {
  private static final long serialVersionUID = 1L;

  JournalInUseException(Path file) {
    super(
        file.toString(),
        "journal " + file + " is open for writing elsewhere; one recorder writes a journal");
  }
}
