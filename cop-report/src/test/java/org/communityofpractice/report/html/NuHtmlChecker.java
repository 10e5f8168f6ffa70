package org.communityofpractice.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML checker (vnu-jar from npm) run on a document, offline, in a child JVM. Messages of
 * type {@code error} (and fatal {@code non-document-error}s) are errors; {@code info} messages,
 * warnings among them, are not.
 */
final class NuHtmlChecker {
  private NuHtmlChecker() {}

  /** The checker's errors for {@code html}, each as "line:column message"; skips when vnu is absent. */
  static List<String> errors(String html) throws IOException, InterruptedException {
    Path jar = BrowserTools.vnuJar();
    Path page = Files.createTempFile("cop-vnu-", ".html");
    try {
      Files.writeString(page, html, StandardCharsets.UTF_8);
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(), "-jar", jar.toString(), "--format", "json", "--exit-zero-always",
                  page.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] report = process.getErrorStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("vnu did not finish within 120 s");
      }
      return errorsIn(new ObjectMapper().readTree(report));
    } finally {
      Files.deleteIfExists(page);
    }
  }

  private static List<String> errorsIn(JsonNode report) {
    List<String> errors = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      String type = message.path("type").asText();
      if (type.equals("error") || type.equals("non-document-error")) {
        errors.add(message.path("lastLine").asText("?") + ":" + message.path("firstColumn").asText("?")
            + " " + message.path("message").asText());
      }
    }
    return errors;
  }
}
