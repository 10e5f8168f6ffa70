package org.communityofpractice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityofpractice.core.fixtures.MessageBundles;
import org.communityofpractice.core.validation.internal.Refusals;
import org.junit.jupiter.api.Test;

/**
 * The words cop-core refuses a value with, in every language cop has: the same keys and arguments
 * in each, and a template for every expectation cop-core's source writes, so no refusal is said in
 * English inside a Welsh sentence.
 */
class RefusalsBundlesTest {
  private static final String BASE = "refusals_en_GB.properties";

  /** A string literal of Java source, and whether a {@code +} joins more text to it. */
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");

  /** A line that goes on with a literal, {@code + "…"}, and whether more is joined after it. */
  private static final Pattern CONTINUED =
      Pattern.compile("\\s*\\+\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(\\+)?.*");

  @Test
  void everyLanguageHasEveryTextWithItsArgumentsAndApostrophesWrittenAsRead() {
    MessageBundles.assertEveryLanguageKeepsTheRules(Refusals.class, BASE);
  }

  /**
   * Every expectation in cop-core's source ("must …", "is …") is written by a template: a whole
   * literal is matched whole, and a literal that text is joined to begins a template.
   */
  @Test
  void everyExpectationInTheSourceHasATemplate() throws IOException {
    List<String> english =
        Refusals.expectationKeys().stream()
            .map(k -> Refusals.british().say(k, "\u0000", "\u0000").replace("\u0000", "{}"))
            .toList();
    List<String> without = new ArrayList<>();
    for (Path file : sources()) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
          continue;
        }
        Matcher m = LITERAL.matcher(line);
        while (m.find()) {
          String text = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
          if (!text.startsWith("must ") && !text.startsWith("is ")) {
            continue;
          }
          boolean joined =
              m.group(2) != null
                  || (line.substring(m.end()).isBlank()
                      && i + 1 < lines.size()
                      && lines.get(i + 1).strip().startsWith("+"));
          // a literal continued on the next lines ("… where the" + "store was copied") is read
          // whole, so that only text joined to something that is not a literal counts as joined
          StringBuilder whole = new StringBuilder(text);
          for (int next = i + 1; joined && m.group(2) == null && next < lines.size(); next++) {
            Matcher more = CONTINUED.matcher(lines.get(next));
            if (!more.matches()) {
              break;
            }
            whole.append(more.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            joined =
                more.group(2) != null
                    || (next + 1 < lines.size() && lines.get(next + 1).strip().startsWith("+"));
          }
          String expectation = whole.toString();
          boolean written =
              joined
                  ? english.stream().anyMatch(t -> beginsAlike(t, expectation))
                  : Refusals.templateOf(expectation).isPresent();
          if (!written) {
            without.add(file.getFileName() + ": " + expectation + (joined ? " + …" : ""));
          }
        }
      }
    }
    assertThat(without).as("expectations without a template").isEmpty();
  }

  /**
   * A JSON path followed by an expectation is said in Welsh with the path as it is, whatever spaces
   * the path holds: alone, and inside the store's reason for a journal line that is not well-formed
   * JSON; and in British English exactly as the store's message writes it.
   */
  @Test
  void aPathWithASpaceIsKeptWholeAndItsExpectationSaid() {
    Refusals welsh = Refusals.in(Locale.forLanguageTag("cy"));
    String expectation = "must be within 1..10";
    String saidExpectation = welsh.expectation(expectation);
    assertThat(saidExpectation).isNotEqualTo(expectation);
    for (String path : List.of("$.ratings[0].value", "$['odd name'].value", "$['a b c'][2]")) {
      Refusals.Said plain = Refusals.expected(path, expectation);
      assertThat(Refusals.british().say(plain)).isEqualTo(path + " " + expectation);
      assertThat(welsh.say(plain)).contains(path, saidExpectation).doesNotContain(" must ");

      Refusals.Said journal =
          Refusals.said("reason.notWellFormed", path, new Refusals.Expectation(expectation));
      assertThat(Refusals.british().say(journal))
          .isEqualTo("not well-formed JSON: " + path + " " + expectation);
      assertThat(welsh.say(journal))
          .contains(path, saidExpectation)
          .doesNotContain(" must ", "well-formed");
    }
  }

  @Test
  void aLanguageWithoutWordsGetsBritishEnglish() {
    assertThat(Refusals.in(Locale.FRENCH)).isSameAs(Refusals.british());
    assertThat(Refusals.in(Locale.forLanguageTag("cy-GB")).language().getLanguage())
        .isEqualTo("cy");
  }

  /** Whether the start of a text begins with a template's words up to its first argument. */
  private static boolean beginsAlike(String template, String start) {
    int argument = template.indexOf("{}");
    String literal = argument < 0 ? template : template.substring(0, argument);
    return start.startsWith(literal);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
