package org.communityofpractice.core.store;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A byte scan of every file under a store, for what an erasure must have left behind. */
final class StoreScan {
  private StoreScan() {}

  /**
   * The files under {@code root} holding one of the strings, as text or JSON-escaped; each named
   * once per string.
   */
  static List<String> filesHolding(Path root, Set<String> strings) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        for (String s : strings) {
          String escaped = new TextNode(s).toString();
          if (text.contains(s) || text.contains(escaped.substring(1, escaped.length() - 1))) {
            found.add(root.relativize(f) + " holds a text of theirs");
          }
        }
      }
    }
    return found;
  }
}
