package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Plain words for file-system failures. */
final class FileProblems {
  private FileProblems() {}

  /**
   * What went wrong, to say in the command's language; the reason the operating system gives, and a
   * message of the JDK's, as they come.
   */
  static ToolText.Says describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException n) {
      return ToolText.says("file.noSuchFileOrFolder", String.valueOf(n.getFile()));
    }
    if (cause instanceof AccessDeniedException a) {
      return ToolText.says("file.permissionDenied", String.valueOf(a.getFile()));
    }
    if (cause instanceof FileSystemException f) {
      return f.getReason() == null
          ? ToolText.says("file.failed", String.valueOf(f.getFile()))
          : ToolText.says("file.failedBecause", String.valueOf(f.getFile()), f.getReason());
    }
    return ToolText.says(
        "file.other",
        cause instanceof IOException && cause.getMessage() != null
            ? cause.getMessage()
            : cause.getClass().getSimpleName());
  }
}
