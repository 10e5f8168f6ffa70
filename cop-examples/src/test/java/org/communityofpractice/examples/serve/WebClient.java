package org.communityofpractice.examples.serve;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without a browser: keeps the cookie, reads each page with jsoup, and sends forms with
 * the CSRF token of the last page read, as a browser would. Redirects are not followed, so a test
 * sees what a form answered.
 */
final class WebClient {
  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String csrf = "";

  WebClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The app's cookie as this browser holds it now; empty before the first page. */
  String cookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(Guard.COOKIE))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  HttpResponse<String> getResponse(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Document page = Jsoup.parse(r.body());
    page.select("input[name=csrf]").stream().findFirst().ifPresent(i -> csrf = i.attr("value"));
    return r;
  }

  /** The page at {@code path}; fails unless it answered 200. */
  Document get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = getResponse(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return Jsoup.parse(r.body(), base.resolve(path).toString());
  }

  /** Sends a form with the last page's CSRF token. */
  HttpResponse<String> post(String path, String... fields)
      throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of(fields));
    all.add("csrf");
    all.add(csrf);
    return postRaw(path, all.toArray(String[]::new));
  }

  /** Sends a multipart form with one file and the last page's CSRF token. */
  HttpResponse<String> upload(
      String path,
      String fileField,
      String fileName,
      String contentType,
      byte[] file,
      String... fields)
      throws IOException, InterruptedException {
    String boundary = "----cop" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(fields));
    all.add("csrf");
    all.add(csrf);
    for (int i = 0; i < all.size(); i += 2) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + all.get(i)
                  + "\"\r\n\r\n"
                  + all.get(i + 1)
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a form exactly as given: no token is added. */
  HttpResponse<String> postRaw(String path, String... fields)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a form and follows its redirect; the page it leads to. */
  Document submit(String path, String... fields) throws IOException, InterruptedException {
    HttpResponse<String> r = post(path, fields);
    if (r.statusCode() != 303) {
      throw new AssertionError("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    String to = r.headers().firstValue("Location").orElseThrow();
    return get(URI.create(to).getRawPath()); // a fragment is never sent to the server
  }

  /**
   * Records on the person page at {@code person} that they agree to {@code purpose}, told on a
   * form, under the privacy notice {@code notice}; the page it leads to.
   */
  Document grant(String person, String purpose, String notice)
      throws IOException, InterruptedException {
    return submit(
        person + "/consent",
        "purpose",
        purpose,
        "decision",
        "grant",
        "method",
        "FORM",
        "notice",
        notice);
  }

  static Map<String, String> form(Document page) {
    return page.select("input[name]").stream()
        .collect(Collectors.toMap(e -> e.attr("name"), e -> e.attr("value"), (a, b) -> a));
  }
}
