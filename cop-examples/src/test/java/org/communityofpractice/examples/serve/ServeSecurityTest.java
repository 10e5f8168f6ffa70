package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What keeps the register safe when the web app runs: where it listens, its headers, its forms. */
class ServeSecurityTest extends ServerTest {
  @Test
  void listensOnLoopbackOnlyByDefault() {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void refusesToStartBoundBeyondThisComputerWithoutLogin() {
    assertThatThrownBy(() -> CopServer.builder(store).bind("0.0.0.0").port(0).start())
        .isInstanceOf(BindRefusedException.class)
        .hasMessageContaining("no login");
  }

  @Test
  void everyPageSendsTheSecurityHeadersAndAStrictHttpOnlyCookie() throws Exception {
    HttpResponse<String> home = browser.getResponse("/");
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp).startsWith("default-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Strict"));
    assertThat(home.body())
        .doesNotContain("<script")
        .doesNotContain("style=")
        .doesNotContain("<style");
    HttpResponse<String> missing = browser.getResponse("/c/nobody-here");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void aFormWithoutAValidCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    browser.get("/");
    HttpResponse<String> none =
        browser.postRaw("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke");
    HttpResponse<String> forged =
        browser.postRaw(
            "/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke", "csrf", "forged");
    WebClient other = new WebClient(server.uri());
    other.get("/");
    HttpResponse<String> anotherBrowsers =
        new WebClient(server.uri())
            .post("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke");
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(anotherBrowsers.statusCode()).isEqualTo(403);
    assertThat(browser.get("/").text()).contains("No community is set up");

    assertThat(
            browser
                .post("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke")
                .statusCode())
        .isEqualTo(303);
    assertThat(browser.get("/").text()).contains("@SoTCoP");
  }

  @Test
  void answersOnlyToItsOwnAddress() throws Exception {
    // a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) is refused
    try (Socket s =
        new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: evil.example:"
                  + server.port()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(status).contains("421");
    }
  }
}
