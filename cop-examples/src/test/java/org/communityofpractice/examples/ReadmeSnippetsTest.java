package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the README is compiled and run as it stands: its {@code import}
 * lines become the imports of a class whose {@code main} holds the rest of the block, and each
 * {@code // prints: …} comment must match the next line the block prints.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PRINTS = Pattern.compile("^\\s*// prints: (.*)$", Pattern.MULTILINE);

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetInTheReadmeCompilesRunsAndPrintsWhatItSays() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
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
    List<String> imports = block.lines().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
    String body = block.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
    String source = String.join("\n", imports)
        + "\npublic class " + name + " {\n  public static void main(String[] args) throws Exception {\n"
        + body + "\n  }\n}\n";
    Path src = work.resolve(name + ".java");
    Files.writeString(src, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics,
        "-classpath", System.getProperty("java.class.path"), "-d", work.toString(), src.toString());
    assertThat(status).as("javac of the snippet:\n%s\n%s", source, diagnostics).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> expected = new ArrayList<>();
    Matcher prints = PRINTS.matcher(block);
    while (prints.find()) {
      expected.add(prints.group(1).strip());
    }
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().map(String::strip).collect(Collectors.toList());
    assertThat(printed).as("what the snippet prints").containsSubsequence(expected);
  }

  private static Path readme() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cop-core"))) {
        return dir.resolve("README.md");
      }
    }
    throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
  }
}
