package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the README is compiled and run as it stands: its {@code import} lines
 * become the imports of a class whose {@code main} holds the rest of the block, and each {@code //
 * prints: …} comment must match the next line the block prints.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetInTheReadmeCompilesRunsAndPrintsWhatItSays()
      throws IOException {
    String readme =
        Files.readString(Snippets.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("java blocks in the README").isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      String name = "Snippet" + i;
      tests.add(DynamicTest.dynamicTest("README snippet " + (i + 1), () -> run(name, block)));
    }
    return tests.stream();
  }

  private void run(String name, String block) throws Exception {
    Snippets.Split split = Snippets.Split.of(block);
    String source =
        Snippets.javaClass(
            "",
            split.imports(),
            "public class " + name,
            "public static void main(String[] args) throws Exception",
            split.body());
    Path src = work.resolve(name + ".java");
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = work.resolve("classes");
    assertThat(Snippets.compile(List.of(src), classes).get(src.toAbsolutePath()))
        .as("javac of the snippet:\n%s", source)
        .isEmpty();

    List<String> printed;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      printed = Snippets.printedBy(() -> main.invoke(null, (Object) new String[0]));
    }
    assertThat(printed)
        .as("what the snippet prints")
        .containsSubsequence(Snippets.promisedPrints(block));
  }
}
