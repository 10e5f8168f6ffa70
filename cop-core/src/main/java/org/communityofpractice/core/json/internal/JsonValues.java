package org.communityofpractice.core.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.ArchiveJson;

/**
 * Single model values in the archive's JSON forms, as Jackson trees, for cop's own documents that
 * hold them: the store's journal, its erasure and send logs, the {@link CopModule}. Not exported,
 * so no Jackson type is part of cop's public API.
 *
 * <pre>{@code
 * import org.communityofpractice.core.scaling.Rating;
 * Rating rating = Rating.by(sam, 7);
 * JsonNode tree = JsonValues.encode(rating);                       // {"value":7,"ratedBy":"p-7kx2qd9m4tbz"}
 * String line = JsonValues.writeLine(tree);                        // one line, for JSON Lines
 * Rating back = JsonValues.decode(JsonValues.readTree(line), Rating.class, "$.events[12].rating");
 * }</pre>
 *
 * <p>References inside a single value (person ids and the like) are not checked, since there is no
 * community to check them against; a {@code Session} read on its own may only name one of the
 * guide's running orders.
 */
public final class JsonValues {
  /**
   * What the codec's own package provides: its package-private readers and writers stay where they
   * are, and {@code ArchiveJson} installs this once, as it is loaded.
   */
  public interface Codec {
    Set<Class<?>> valueTypes();

    JsonNode encode(Object value);

    <T> T decode(JsonNode node, Class<T> type, String path) throws ArchiveFormatException;

    JsonNode readTree(String json) throws ArchiveFormatException;

    String writeLine(JsonNode tree);

    String pathOf(JsonStreamContext context);
  }

  private static volatile Codec codec;

  private JsonValues() {}

  /**
   * Called once, by {@code ArchiveJson} as it is loaded.
   *
   * @throws IllegalStateException when a codec is already installed
   */
  public static synchronized void install(Codec installed) {
    Objects.requireNonNull(installed, "installed");
    if (codec != null) {
      throw new IllegalStateException("the value codec is installed once");
    }
    codec = installed;
  }

  private static Codec codec() {
    Codec c = codec;
    if (c == null) {
      try {
        // loading ArchiveJson installs the codec
        Class.forName(ArchiveJson.class.getName(), true, ArchiveJson.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      c = Objects.requireNonNull(codec, "ArchiveJson installs the value codec");
    }
    return c;
  }

  /** The model types {@link #encode} and {@link #decode} handle; never {@literal null}. */
  public static Set<Class<?>> valueTypes() {
    return codec().valueTypes();
  }

  /**
   * One model value as the archive writes it, such as {@code {"value": 7, "ratedBy":
   * "p-7kx2qd9m4tbz"}} for a {@code Rating}; ids are JSON strings. A {@code Community} gives the
   * whole document.
   *
   * @param value an instance of one of the {@link #valueTypes()}, must not be {@literal null}
   * @return a fresh tree the caller may change, never {@literal null}
   * @throws IllegalArgumentException when the value's type is not one of them
   */
  public static JsonNode encode(Object value) {
    Objects.requireNonNull(value, "value");
    return codec().encode(value);
  }

  /**
   * Reads one model value from the root of {@code node}; see {@link #decode(JsonNode, Class,
   * String)}.
   */
  public static <T> T decode(JsonNode node, Class<T> type) throws ArchiveFormatException {
    return decode(node, type, "$");
  }

  /**
   * Reads one model value from {@code node}, as strictly as the archive reads it.
   *
   * @param node the JSON, must not be {@literal null}
   * @param type one of the {@link #valueTypes()}, must not be {@literal null}
   * @param path where {@code node} is in the caller's document, such as {@code
   *     $.events[12].contribution}; errors name paths under it; must not be {@literal null}
   * @return the value, never {@literal null}
   * @throws ArchiveFormatException when the JSON is not a valid value of the type
   * @throws IllegalArgumentException when the type is not one of the value types
   */
  public static <T> T decode(JsonNode node, Class<T> type, String path)
      throws ArchiveFormatException {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    return codec().decode(node, type, path);
  }

  /**
   * Parses JSON text into a tree under the archive's limits and strictness (no repeated field, no
   * trailing content), for documents of cop's own, such as one line of a journal.
   *
   * @param json the text, must not be {@literal null}
   * @throws ArchiveFormatException naming the JSON path of the first fault
   */
  public static JsonNode readTree(String json) throws ArchiveFormatException {
    Objects.requireNonNull(json, "json");
    return codec().readTree(json);
  }

  /** A tree as one line of JSON with no line break in it, for JSON Lines; never {@literal null}. */
  public static String writeLine(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    return codec().writeLine(tree);
  }

  /** The JSON path of a parser's position, such as {@code $.sessions[2].title}. */
  static String pathOf(JsonStreamContext context) {
    return codec().pathOf(context);
  }
}
