package org.communityofpractice.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the README's and the Javadoc's example tests share: a snippet's {@code import} lines apart
 * from its statements, the class that holds them, one javax.tools call for many such classes
 * against the tests' class path, and what a run prints against the snippet's {@code // prints: …}
 * comments.
 */
final class Snippets {
  private static final Pattern PRINTS = Pattern.compile("^\\s*// prints: (.*)$", Pattern.MULTILINE);

  private Snippets() {}

  /** A snippet's leading import declarations and the statements after them. */
  record Split(List<String> imports, String body) {
    static Split of(String block) {
      List<String> imports =
          block.lines().filter(l -> l.startsWith("import ")).collect(Collectors.toList());
      String body =
          block.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
      return new Split(imports, body);
    }
  }

  /**
   * The source of a class named {@code name} in {@code pkg} (empty for none), with the imports,
   * whose only method has {@code header} and the snippet's statements as its body.
   */
  static String javaClass(
      String pkg, List<String> imports, String declaration, String header, String body) {
    return (pkg.isEmpty() ? "" : "package " + pkg + ";\n")
        + String.join("\n", imports)
        + "\n"
        + declaration
        + " {\n  "
        + header
        + " {\n"
        + body
        + "\n  }\n}\n";
  }

  /**
   * Compiles every source in one javax.tools call against the tests' class path into {@code
   * classes}, and answers the errors found in each source (none: compiled). When some fail, javac
   * writes nothing, so the rest are compiled again without them.
   */
  static Map<Path, List<String>> compile(List<Path> sources, Path classes) {
    Map<Path, List<String>> errors = new HashMap<>();
    List<Path> remaining = sources.stream().map(Path::toAbsolutePath).collect(Collectors.toList());
    // javac stops at the first phase with errors (parsing, then types) and then writes nothing
    for (int round = 0; round < 4 && !remaining.isEmpty(); round++) {
      Map<Path, List<String>> found = compileOnce(remaining, classes);
      errors.putAll(found);
      remaining =
          remaining.stream().filter(s -> found.get(s).isEmpty()).collect(Collectors.toList());
      if (remaining.size() == found.size()) {
        break;
      }
    }
    return errors;
  }

  private static Map<Path, List<String>> compileOnce(List<Path> sources, Path classes) {
    Map<Path, List<String>> errors = new HashMap<>();
    sources.forEach(s -> errors.put(s.toAbsolutePath(), new ArrayList<>()));
    if (sources.isEmpty()) {
      return errors;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString(),
              "-proc:none",
              "-implicit:none",
              "-encoding",
              "UTF-8");
      javac
          .getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        Path source =
            d.getSource() == null ? null : Path.of(d.getSource().toUri()).toAbsolutePath();
        String message =
            "line "
                + d.getLineNumber()
                + ": "
                + d.getMessage(Locale.ROOT)
                    .replaceAll("\\s*location: .*", "")
                    .replaceAll("\\s+", " ");
        if (source == null || !errors.containsKey(source)) {
          errors.values().forEach(e -> e.add(message));
        } else {
          errors.get(source).add(message);
        }
      }
    }
    return errors;
  }

  /**
   * Runs {@code action} with what it prints to {@link System#out} captured, and answers the lines.
   */
  static List<String> printedBy(ThrowingRunnable action) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      action.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .collect(Collectors.toList());
  }

  /**
   * The lines the snippet's {@code // prints: …} comments promise, in order; none when it has none.
   */
  static List<String> promisedPrints(String block) {
    List<String> expected = new ArrayList<>();
    Matcher prints = PRINTS.matcher(block);
    while (prints.find()) {
      expected.add(prints.group(1).strip());
    }
    return expected;
  }

  /**
   * The checkout's root: the folder above the working directory that holds README.md and cop-core.
   */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md"))
          && Files.isDirectory(dir.resolve("cop-core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
  }

  /** A piece of a test that may throw. */
  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
