package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a command's output: to a file only once the whole output is ready (a temporary file
 * beside it, then moved into place), so a failure half way leaves nothing behind; or to standard
 * out when no file is given.
 */
final class Outputs {
  private Outputs() {}

  /** Something that writes text. */
  @FunctionalInterface
  interface TextBody {
    void writeTo(Writer out) throws IOException;
  }

  /** Something that writes bytes. */
  @FunctionalInterface
  interface ByteBody {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Refuses an output that would replace an input: the same file by any path (relative, through a
   * symbolic or hard link), or, for an input folder such as a store's, any file inside it.
   *
   * @throws UserError naming both paths
   */
  static void requireNotAnInput(Path out, Path input) throws IOException {
    if (out == null || input == null || !Files.exists(input)) {
      return;
    }
    Path realInput = input.toRealPath();
    boolean same = Files.exists(out) && Files.isSameFile(out, input);
    if (!same) {
      Path absolute = out.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      Path resolved =
          parent != null && Files.isDirectory(parent)
              ? parent.toRealPath().resolve(absolute.getFileName())
              : absolute;
      same =
          Files.isDirectory(realInput)
              ? resolved.startsWith(realInput)
              : resolved.equals(realInput);
    }
    if (same) {
      throw UserError.usage(
          ToolText.says(
              Files.isDirectory(realInput) ? "out.overwritesInputFolder" : "out.overwritesInput",
              out,
              input));
    }
  }

  /** Writes text to {@code file} whole, or not at all. */
  static void writeText(Path file, TextBody body) throws IOException {
    writeBytes(
        file,
        out -> {
          Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          body.writeTo(w);
          w.flush();
        });
  }

  /** Writes bytes to {@code file} whole, or not at all. */
  static void writeBytes(Path file, ByteBody body) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw UserError.usage(ToolText.says("out.noSuchFolder", dir));
    }
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.writeTo(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
