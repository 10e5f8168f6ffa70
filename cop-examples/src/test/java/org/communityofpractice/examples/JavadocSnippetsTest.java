package org.communityofpractice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code <pre>} example in the Javadoc of cop-core's, cop-report's and cop-examples' main
 * sources is compiled and run, as the README's are ({@link ReadmeSnippetsTest}): they are what
 * users copy. One test here rather than one per module, because this module's class path holds all
 * three and the guide's example community ({@link GuideExample}) that the snippets' fixtures are
 * made of.
 *
 * <p>The convention, which a reader of the Javadoc can see:
 *
 * <ul>
 *   <li><code>&lt;pre&gt;{&#64;code …}&lt;/pre&gt;</code> is Java: the statements of a method of a
 *       class in the documented file's package, with that file's imports, the snippet's own leading
 *       {@code import} lines, and jshell's default imports plus {@code java.time.*}. The names it
 *       uses without declaring them are {@link JavadocFixtures}' fields ({@code community}, {@code
 *       sam}, {@code store}, {@code folder} …). It runs, and each {@code // prints: …} comment must
 *       match a line it prints.
 *   <li><code>&lt;pre class="compile-only"&gt;{&#64;code …}&lt;/pre&gt;</code> is Java that is
 *       compiled but not run, for the few that cannot sensibly run in a test (they serve until
 *       stopped or send mail); the test's name says so.
 *   <li>{@code <pre class="shell">} and {@code <pre class="text">} are commands and file formats,
 *       not Java; anything else fails.
 * </ul>
 *
 * <p>Each module's snippets are compiled in one javax.tools call, and the compile errors are
 * reported against the documented file and line.
 */
class JavadocSnippetsTest {
  private static final List<String> MODULES = List.of("cop-core", "cop-report", "cop-examples");
  private static final Pattern PRE =
      Pattern.compile(
          "^[ \t]*\\*[ \t]*<pre(?: class=\"([^\"]*)\")?>(.*?)</pre>",
          Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?[\\w.]+(\\.\\*)?;$", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);$", Pattern.MULTILINE);
  private static final Pattern GENERATED_LINE = Pattern.compile("line (\\d+):");
  private static final Pattern JAVADOC_MARGIN = Pattern.compile("^\\s*\\* ?", Pattern.MULTILINE);

  /** jshell's default imports, and java.time, which the examples use throughout. */
  private static final List<String> DEFAULT_IMPORTS =
      Stream.of(
              "java.io",
              "java.math",
              "java.net",
              "java.nio.file",
              "java.time",
              "java.util",
              "java.util.concurrent",
              "java.util.function",
              "java.util.regex",
              "java.util.stream")
          .map(p -> "import " + p + ".*;")
          .collect(Collectors.toList());

  @TempDir static Path work;

  /** One {@code <pre>} block: where it is, what kind, and its text without the Javadoc margin. */
  record Example(
      String module,
      Path file,
      int line,
      String pkg,
      List<String> fileImports,
      String kind,
      String text) {
    String where() {
      return file.getFileName() + ":" + line;
    }

    String className() {
      String file = this.file.getFileName().toString().replace(".java", "").replace("-", "_");
      return file + "Example" + line;
    }
  }

  @TestFactory
  Stream<DynamicNode> everyJavadocExampleCompilesAndRuns() throws IOException {
    Path root = Snippets.repositoryRoot();
    List<DynamicNode> modules = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (String module : MODULES) {
      List<Example> examples = examples(root, module);
      List<Example> java =
          examples.stream().filter(e -> !isText(e.kind())).collect(Collectors.toList());
      Map<Path, List<String>> errors = compile(module, java);
      List<DynamicNode> tests = new ArrayList<>();
      for (Example e : examples) {
        tests.add(test(e, errors.get(source(module, e))));
      }
      modules.add(DynamicContainer.dynamicContainer(module, tests));
      summary.append(
          String.format(
              "%s: %d run, %d compile-only, %d shell or text%n",
              module,
              count(examples, ""),
              count(examples, "compile-only"),
              examples.size() - java.size()));
      assertThat(java).as("Java examples in %s's Javadoc", module).isNotEmpty();
    }
    System.out.print(summary);
    return modules.stream();
  }

  private static long count(List<Example> examples, String kind) {
    return examples.stream().filter(e -> e.kind().equals(kind)).count();
  }

  private static boolean isText(String kind) {
    return kind.equals("shell") || kind.equals("text");
  }

  private static DynamicTest test(Example e, List<String> errors) {
    return switch (e.kind()) {
      case "shell", "text" ->
          DynamicTest.dynamicTest(e.where() + " (" + e.kind() + ", not Java)", () -> {});
      case "compile-only" ->
          DynamicTest.dynamicTest(
              e.where() + " (compiled, not run)", () -> assertCompiled(e, errors));
      case "" ->
          DynamicTest.dynamicTest(
              e.where(),
              () -> {
                assertCompiled(e, errors);
                run(e);
              });
      default ->
          DynamicTest.dynamicTest(
              e.where(),
              () -> {
                throw new AssertionError(
                    e.where()
                        + ": <pre class=\""
                        + e.kind()
                        + "\"> is none of Java, compile-only, shell or text");
              });
    };
  }

  private static void assertCompiled(Example e, List<String> errors) {
    assertThat(errors)
        .as("%s/%s: javac of the example\n%s", e.module(), e.where(), e.text())
        .isEmpty();
  }

  private static void run(Example e) throws Exception {
    Path folder =
        Files.createDirectories(
            work.resolve("folders").resolve(e.module()).resolve(e.pkg()).resolve(e.className()));
    Class<?> type = define(e);
    JavadocFixtures fixtures = (JavadocFixtures) type.getConstructor().newInstance();
    fixtures.setUp(folder);
    Method example = type.getMethod("example");
    List<String> printed =
        Snippets.printedBy(
            () -> {
              try {
                example.invoke(fixtures);
              } catch (InvocationTargetException failed) {
                if (failed.getCause() instanceof Error error) {
                  throw error;
                }
                throw failed.getCause() instanceof Exception cause ? cause : failed;
              }
            });
    List<String> promised = Snippets.promisedPrints(e.text());
    if (!promised.isEmpty()) {
      assertThat(printed).as("what %s prints", e.where()).containsSubsequence(promised);
    }
  }

  /**
   * The example's class (and its anonymous classes), defined in the documented package's own class
   * loader: an example in the Javadoc of a package-private type may use it, as its file does.
   */
  private static Class<?> define(Example e) throws Exception {
    Class<?> anchor = anchor(e);
    Path dir = work.resolve(e.module()).resolve(e.pkg().replace('.', '/'));
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.equals(e.className() + ".class")
                        || name.startsWith(e.className() + "$");
                  })
              .sorted()
              .collect(Collectors.toList());
    }
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(anchor, MethodHandles.lookup());
    String name = e.pkg() + "." + e.className();
    for (Path file : files) {
      try {
        lookup.defineClass(Files.readAllBytes(file));
      } catch (LinkageError again) {
        // defined by an earlier run in this JVM, from the same source
      }
    }
    return Class.forName(name, false, anchor.getClassLoader());
  }

  /** A class of the documented file's package: the file's own, or for package-info any other. */
  private static Class<?> anchor(Example e) throws IOException, ClassNotFoundException {
    List<String> names;
    try (Stream<Path> list = Files.list(e.file().getParent())) {
      names =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".java"))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .filter(n -> !n.contains("-"))
              .sorted()
              .collect(Collectors.toList());
    }
    String own = e.file().getFileName().toString().replace(".java", "");
    String chosen = names.contains(own) ? own : names.get(0);
    return Class.forName(e.pkg() + "." + chosen, false, JavadocSnippetsTest.class.getClassLoader());
  }

  private static Path source(String module, Example e) {
    return work.resolve("sources")
        .resolve(module)
        .resolve(e.pkg().replace('.', '/'))
        .resolve(e.className() + ".java")
        .toAbsolutePath();
  }

  private static Map<Path, List<String>> compile(String module, List<Example> java)
      throws IOException {
    List<Path> sources = new ArrayList<>();
    Map<Path, Example> bySource = new HashMap<>();
    Map<Path, Integer> bodyLines = new HashMap<>();
    for (Example e : java) {
      if (!e.text().startsWith("{@code") || !e.text().endsWith("}")) {
        throw new AssertionError(
            module + "/" + e.where() + ": a Java example is written <pre>{@code …}</pre>");
      }
      Snippets.Split split =
          Snippets.Split.of(e.text().substring("{@code".length(), e.text().length() - 1).strip());
      List<String> imports = new ArrayList<>(DEFAULT_IMPORTS);
      imports.addAll(e.fileImports());
      imports.addAll(split.imports());
      String code =
          Snippets.javaClass(
              e.pkg(),
              imports,
              "public class " + e.className() + " extends " + JavadocFixtures.class.getName(),
              "public void example() throws Exception",
              split.body());
      Path source = source(module, e);
      Files.createDirectories(source.getParent());
      Files.writeString(source, code, StandardCharsets.UTF_8);
      sources.add(source);
      bySource.put(source, e);
      int bodyLine =
          (int)
                  code.substring(0, code.indexOf("\n" + split.body()) + 1)
                      .chars()
                      .filter(c -> c == '\n')
                      .count()
              + 1;
      // the body's first line is the Javadoc line after <pre>{@code and the example's own imports
      bodyLines.put(source, bodyLine - (e.line() + 1 + split.imports().size()));
    }
    Map<Path, List<String>> errors = Snippets.compile(sources, work.resolve(module));
    errors.replaceAll(
        (source, found) ->
            found.stream()
                .map(m -> inJavadoc(m, bySource.get(source), bodyLines.get(source)))
                .collect(Collectors.toList()));
    return errors;
  }

  /**
   * A compile error's line in the generated class ({@code line N: …}) as the documented file's
   * line.
   */
  private static String inJavadoc(String error, Example e, int shift) {
    Matcher line = GENERATED_LINE.matcher(error);
    if (!line.lookingAt() || Integer.parseInt(line.group(1)) - shift <= e.line()) {
      return error;
    }
    return e.file().getFileName()
        + ":"
        + (Integer.parseInt(line.group(1)) - shift)
        + ":"
        + error.substring(line.end());
  }

  private static List<Example> examples(Path root, String module) throws IOException {
    List<Example> examples = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src/main/java"))) {
      files =
          walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher pre = PRE.matcher(text);
      if (!pre.find()) {
        continue;
      }
      Matcher pkg = PACKAGE.matcher(text);
      String packageName = pkg.find() ? pkg.group(1) : "";
      List<String> imports = new ArrayList<>();
      Matcher imp = IMPORT.matcher(text);
      while (imp.find()) {
        imports.add(imp.group());
      }
      do {
        int line = (int) text.substring(0, pre.start(2)).chars().filter(c -> c == '\n').count() + 1;
        String kind = pre.group(1) == null ? "" : pre.group(1);
        String body = JAVADOC_MARGIN.matcher(pre.group(2)).replaceAll("").strip();
        examples.add(new Example(module, file, line, packageName, imports, kind, body));
      } while (pre.find());
    }
    return examples;
  }
}
