package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Plain words for file-system failures. */
final class FileProblems {
  private FileProblems() {}

  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or folder";
    }
    if (cause instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (cause instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? "failed" : f.getReason());
    }
    return cause instanceof IOException && cause.getMessage() != null
        ? cause.getMessage()
        : cause.getClass().getSimpleName();
  }
}
