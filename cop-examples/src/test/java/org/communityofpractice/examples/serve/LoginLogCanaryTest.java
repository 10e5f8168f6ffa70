package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cop serve --login} as a charity runs it, in a program of its own: over the first-run
 * setup, accounts, failed and throttled sign-ins, people added, the door and a capture, neither its
 * log nor its audit log holds a user name, a password, a name, an email or anything typed.
 */
class LoginLogCanaryTest {
  private static final String PASSWORD = "canary password horse staple";
  private static final List<String> CANARIES =
      List.of(
          "canarychair",
          "canaryrecorder",
          PASSWORD,
          "Canary Zebra",
          "zebra@canary.example",
          "Canary Walkin",
          "walkin@canary.example",
          "canary hope text",
          "canary guessed password");

  @TempDir Path store;
  @TempDir Path work;

  @Test
  void noPersonalDataOrSecretReachesTheServersLogOrTheAuditLog() throws Exception {
    Path log = work.resolve("serve.log");
    Files.writeString(log, "");
    try (ServerProcess server = ServerProcess.start(store, log, true)) {
      assertThat(server.firstRunCode()).isNotBlank();
      WebClient chair = new WebClient(server.uri());
      chair.get("/setup");
      chair.post(
          "/setup",
          "code",
          server.firstRunCode(),
          "user",
          "canarychair",
          "password",
          PASSWORD,
          "again",
          PASSWORD);
      chair.get("/");
      chair.submit("/accounts", "user", "canaryrecorder", "role", "RECORDER", "password", PASSWORD);
      CaptureFlowTest.setUp(chair);
      chair.submit("/c/sotcop/people", "name", "Canary Zebra", "email", "zebra@canary.example");
      String door = "/c/sotcop/capture/sotcop-1/door";
      chair.get(door);
      chair.submit(
          door,
          "name",
          "Canary Walkin",
          "email",
          "walkin@canary.example",
          "agree",
          "PHOTOGRAPHED",
          "notice",
          "2016-1");
      chair.submit(door, "who", "zebra@canary.example");
      chair.get("/c/sotcop/capture/sotcop-1");
      chair.submit("/c/sotcop/capture/sotcop-1/hope", "text", "canary hope text");
      assertThat(chair.get("/c/sotcop/capture/sotcop-1").text()).contains("Arrived: Canary Zebra");

      WebClient guesser = new WebClient(server.uri());
      guesser.get("/signin");
      for (int i = 0; i < Login.FAILURES_PER_USER + 2; i++) {
        guesser.post("/signin", "user", "canaryrecorder", "password", "canary guessed password");
      }
      WebClient recorder = new WebClient(server.uri());
      recorder.get("/signin");
      recorder.post(
          "/signin", "user", "canaryrecorder", "password", PASSWORD); // throttled: nothing checked
      assertThat(recorder.getResponse("/c/sotcop/rights").statusCode()).isEqualTo(303);

      String chairId = chair.get("/").select(".account strong").text();
      assertThat(chairId).isEqualTo("canarychair");
    }
    String serverLog = Files.readString(log, StandardCharsets.UTF_8);
    String audit = Files.readString(store.resolve(".cop-serve/audit.log"), StandardCharsets.UTF_8);
    assertThat(serverLog).contains("cop serve listening");
    assertThat(audit)
        .contains("sign-in\t\tfailed")
        .contains("sign-in\t\tthrottled")
        .contains("POST /c/{c}/people");
    for (String canary : CANARIES) {
      assertThat(serverLog).as("the server's log").doesNotContain(canary);
      assertThat(audit).as("the audit log").doesNotContain(canary);
    }
  }
}
