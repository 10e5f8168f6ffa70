package org.communityofpractice.core.store;

import java.util.Objects;

/**
 * The base of the store's typed errors. Each names where the fault is — a file, or whatever an
 * {@link ArchiveStore} keeps archives in — and messages name versions, line numbers and JSON paths,
 * never personal data.
 */
public abstract class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the fault is, such as a file's path. */
  private final String location;

  StoreException(String location, String message) {
    super(message);
    this.location = Objects.requireNonNull(location, "location");
  }

  /** {@return where the fault is, such as a file's path; never {@literal null}} */
  public String location() {
    return location;
  }
}
