package org.communityofpractice.core.store;

import java.nio.file.Path;

/** Another circulation, in this program or another, holds the send log. */
public final class SendLogInUseException extends StoreException {
  private static final long serialVersionUID = 1L;

  SendLogInUseException(Path file) {
    super(
        file.toString(),
        "send log " + file + " is in use by another circulation; one circulation at a time");
  }
}
