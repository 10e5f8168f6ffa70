package org.communityofpractice.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Nu HTML checker (vnu-jar from npm) run offline in a child JVM on one or more documents at
 * once (the checker's start-up dominates). Messages of type {@code error} and {@code
 * non-document-error} are errors; {@code info} messages, warnings among them, are not.
 */
final class NuHtmlChecker {
  private NuHtmlChecker() {}

  /** The checker's errors for one document; skips the calling test when vnu is absent. */
  static List<String> errors(String html) throws IOException, InterruptedException {
    return errors(List.of(html));
  }

  /**
   * The checker's errors for several documents, each as "document N, line:column message" with N
   * the document's index; skips the calling test when vnu is absent.
   */
  static List<String> errors(List<String> documents) throws IOException, InterruptedException {
    Path jar = BrowserTools.vnuJar();
    Path dir = Files.createTempDirectory("cop-vnu-");
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xss2m",
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-jar",
                  jar.toString(),
                  "--format",
                  "json",
                  "--exit-zero-always"));
      for (int i = 0; i < documents.size(); i++) {
        Path page = dir.resolve("document-" + i + ".html");
        Files.writeString(page, documents.get(i), StandardCharsets.UTF_8);
        command.add(page.toString());
      }
      Process process =
          new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      byte[] report = process.getErrorStream().readAllBytes();
      if (!process.waitFor(300, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("vnu did not finish within 300 s");
      }
      JsonNode result = process.exitValue() == 0 ? new ObjectMapper().readTree(report) : null;
      if (result == null || !result.path("messages").isArray()) {
        // a checker that did not run must not pass for one that found nothing
        throw new IllegalStateException(
            "vnu failed (exit "
                + process.exitValue()
                + "): "
                + new String(report, StandardCharsets.UTF_8));
      }
      return errorsIn(result);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<String> errorsIn(JsonNode report) {
    List<String> errors = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      String type = message.path("type").asText();
      if (type.equals("error") || type.equals("non-document-error")) {
        String url = message.path("url").asText("");
        String document = url.replaceAll(".*document-(\\d+)\\.html$", "document $1");
        errors.add(
            document
                + ", "
                + message.path("lastLine").asText("?")
                + ":"
                + message.path("firstColumn").asText("?")
                + " "
                + message.path("message").asText());
      }
    }
    return errors;
  }
}
