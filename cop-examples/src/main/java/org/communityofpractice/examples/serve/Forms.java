package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading what a form sent. A field that is missing or not of its kind is a {@link Problem} naming
 * the field in the form's words (a {@code field.*} key of the app's bundle); what was typed is
 * never repeated (it may be a name).
 */
final class Forms {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private Forms() {}

  /** A field's text, trimmed; empty when missing or blank. */
  static Optional<String> optional(Context ctx, String field) {
    String v = ctx.formParam(field);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** A field's text, trimmed; a {@link Problem} when missing or blank. */
  static String required(Context ctx, String field, String label) {
    return optional(ctx, field)
        .orElseThrow(() -> new Problem("problem.required", new Text.Word(label)));
  }

  static boolean ticked(Context ctx, String field) {
    return ctx.formParam(field) != null;
  }

  /**
   * A field read as an id (or another checked value); a {@link Problem} naming the field when it is
   * not one.
   */
  static <T> T parsed(Context ctx, String field, String label, Function<String, T> of) {
    String text = required(ctx, field, label);
    try {
      return of.apply(text);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new Problem("problem.form", new Text.Word(label));
    }
  }

  static <T> Optional<T> parsedOptional(
      Context ctx, String field, String label, Function<String, T> of) {
    return optional(ctx, field).isEmpty()
        ? Optional.empty()
        : Optional.of(parsed(ctx, field, label, of));
  }

  static <E extends Enum<E>> E choice(Context ctx, String field, String label, Class<E> type) {
    return parsed(ctx, field, label, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
  }

  static int number(Context ctx, String field, String label) {
    return parsed(ctx, field, label, Integer::parseInt);
  }

  /** A short random id with a prefix, such as {@code p-7hq2mx4k}: never derived from a name. */
  static String randomId(String prefix) {
    StringBuilder id = new StringBuilder(prefix);
    for (int i = 0; i < 8; i++) {
      id.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
    }
    return id.toString();
  }

  /** An id made from a title: lower case letters and digits joined by '-'. */
  static String slug(String title) {
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 48) {
      slug = slug.substring(0, 48).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? randomId("t-") : slug;
  }

  /**
   * What was sent cannot be used as it stands; the message says which field and why, in the
   * language of the page it goes back to. Its own message is the key, for a log.
   */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: it lives for one request
    private final Object[] arguments;

    /**
     * @param key a key of the app's bundle
     * @param arguments what its pattern puts in: text, numbers or {@link Text.Word}s
     */
    Problem(String key, Object... arguments) {
      super(key);
      this.arguments = arguments.clone();
    }

    /** The message in {@code text}'s language. */
    String in(Text text) {
      return text.say(getMessage(), arguments);
    }
  }
}
