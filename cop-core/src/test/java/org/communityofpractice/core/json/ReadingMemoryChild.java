package org.communityofpractice.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads documents at the reader's limits, made as they are read so that only the reader holds
 * memory, and prints what became of each: {@code <shape> refused <kind>} or {@code <shape> read}.
 * Run in a JVM with a small heap by {@link ReadingMemoryTest}.
 */
public final class ReadingMemoryChild {
  private ReadingMemoryChild() {}

  /**
   * {@code head}, then {@code element} over and over until the document is {@code bytes} long, then
   * {@code tail}.
   */
  static InputStream repeated(String head, String element, String tail, long bytes) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] e = element.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    long elements = (bytes - h.length - t.length) / e.length;
    return new InputStream() {
      long at;
      final long total = h.length + elements * e.length + t.length;

      @Override
      public int read() {
        if (at >= total) {
          return -1;
        }
        long i = at++;
        if (i < h.length) {
          return h[(int) i];
        }
        i -= h.length;
        if (i < elements * e.length) {
          return e[(int) (i % e.length)];
        }
        return t[(int) (i - elements * e.length)];
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
          int b = read();
          if (b < 0) {
            return n == 0 ? -1 : n;
          }
          buffer[offset + n++] = (byte) b;
        }
        return n;
      }
    };
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("archive")) {
      // one archive cop wrote, read from its file: what the reader holds is the model and little
      // else
      try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[1]))) {
        System.out.println(
            "archive read " + ArchiveJson.create().read(in).sessions().size() + " sessions");
      }
      return;
    }
    long size = ArchiveJson.MAX_DOCUMENT_LENGTH - 1024;
    ArchiveJson archive = ArchiveJson.create();
    String text = "x".repeat(999_990);
    Object[][] shapes = {
      {"tiny-objects", repeated("[", "{},", "{}]", size)},
      {"tiny-strings", repeated("[", "\"x\",", "\"x\"]", size)},
      {"tiny-arrays", repeated("[", "[],", "[]]", size)},
      {"zeros", repeated("[", "0,", "0]", size)},
      {"long-strings", repeated("[", "\"" + text + "\",", "\"\"]", size)},
      // just under MAX_VALUES strings of the archive's usual density: read whole, then refused
      // for what it lacks
      {
        "near-the-value-limit",
        repeated(
            "{\"schemaVersion\": 1, \"principles\": [",
            "\n    \"Topic does not mean Agenda\",",
            "\"x\"]}",
            size)
      },
    };
    for (Object[] shape : shapes) {
      try {
        archive.read((InputStream) shape[1]);
        System.out.println(shape[0] + " read");
      } catch (ArchiveFormatException e) {
        System.out.println(shape[0] + " refused " + e.kind());
      }
      System.out.flush();
    }
  }
}
