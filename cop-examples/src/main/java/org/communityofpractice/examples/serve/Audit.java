package org.communityofpractice.examples.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Who changed what, one line per form sent: when, the account's opaque id ({@code local} when the
 * app runs without login), the form's route with the ids in its address, and whether it was done.
 * Ids only: never a user name, a name, an email or anything typed into a form. Kept in {@code
 * .cop-serve/audit.log} under the store's root, appended to and never rewritten.
 *
 * <pre class="text">
 * 2026-12-05T18:30:00Z	a-7hq2mx4k	POST /c/{c}/rights/{p}/erase	c=sotcop p=p-3kd9xw2m	done
 * </pre>
 */
final class Audit {
  /** What an id in an address may look like; anything else is written as {@code ?}. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Path file;
  private final Clock clock;

  Audit(Path storeRoot, Clock clock) {
    this.file = storeRoot.resolve(".cop-serve").resolve("audit.log");
    this.clock = clock;
  }

  Path file() {
    return file;
  }

  /**
   * Appends one line.
   *
   * @param actor the account's id, or {@code local}
   * @param what the route, such as {@code POST /c/{c}/people}, or an event such as {@code sign-in}
   * @param ids the ids in the address, by the route's names for them
   * @param outcome such as {@code done}, {@code refused}, {@code forbidden}
   */
  synchronized void record(String actor, String what, Map<String, String> ids, String outcome) {
    StringBuilder line =
        new StringBuilder()
            .append(clock.instant())
            .append('\t')
            .append(safe(actor))
            .append('\t')
            .append(what.replaceAll("[\\t\\r\\n]", " "))
            .append('\t');
    List<String> pairs =
        new TreeMap<>(ids)
            .entrySet().stream().map(e -> e.getKey() + "=" + safe(e.getValue())).toList();
    line.append(String.join(" ", pairs)).append('\t').append(outcome).append('\n');
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String safe(String id) {
    return id != null && ID.matcher(id).matches() ? id : "?";
  }
}
