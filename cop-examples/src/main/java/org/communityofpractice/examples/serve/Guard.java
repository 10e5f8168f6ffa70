package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every request passes first: the security headers, a check of the {@code Host} header (so a
 * web page elsewhere cannot reach this server through a name of its own), the browser's cookie, and
 * on every POST its CSRF token. A browser is known by a random cookie, {@code HttpOnly} and {@code
 * SameSite=Strict}; the server keeps its CSRF token and the one message to show on the next page.
 */
final class Guard {
  static final String COOKIE = "cop";
  static final String CSRF_FIELD = "csrf";
  /**
   * How long a browser is remembered without a request: cop's own choice, a long working day, so a
   * session's sign-in, capture and write-up need no second visit to the home page.
   */
  static final Duration IDLE = Duration.ofHours(12);
  /** cop's own cap on remembered browsers, so a flood of cookie-less requests cannot fill memory. */
  private static final int MAX_BROWSERS = 10_000;

  static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BROWSER = "cop.browser";

  private final Map<String, Browser> browsers = new ConcurrentHashMap<>();
  private final Set<String> hosts = ConcurrentHashMap.newKeySet();
  private final Clock clock;

  Guard(Clock clock) {
    this.clock = clock;
  }

  /** One browser's state: its CSRF token, when it was last seen, and a message for its next page. */
  static final class Browser {
    final String csrf = token();
    volatile Instant seen;
    volatile String flash;
    volatile boolean flashIsError;

    Browser(Instant seen) {
      this.seen = seen;
    }
  }

  void allowHost(String hostAndPort) {
    hosts.add(hostAndPort.toLowerCase(java.util.Locale.ROOT));
  }

  /** Runs before every handler. */
  void before(Context ctx) {
    headers(ctx);
    String host = ctx.header("Host");
    if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
      refuse(ctx, HttpStatus.MISDIRECTED_REQUEST, "This server answers only to the address it printed when it started.");
      return;
    }
    Browser browser = browser(ctx);
    if (ctx.method() == HandlerType.POST) {
      String site = ctx.header("Sec-Fetch-Site");
      if (site != null && !site.equals("same-origin") && !site.equals("none")) {
        refuse(ctx, HttpStatus.FORBIDDEN, "Forms are only accepted from this app's own pages. Nothing was changed.");
        return;
      }
      String sent = ctx.formParam(CSRF_FIELD);
      if (browser == null || sent == null || !MessageDigest.isEqual(
          sent.getBytes(StandardCharsets.UTF_8), browser.csrf.getBytes(StandardCharsets.UTF_8))) {
        refuse(ctx, HttpStatus.FORBIDDEN, "This form has expired or did not come from this app: go back, reload the"
            + " page and try again. Nothing was changed.");
        return;
      }
    }
    if (browser == null) {
      browser = remember(ctx);
    }
    ctx.attribute(BROWSER, browser);
  }

  /** Answers with a short plain message and stops: no handler runs. */
  private static void refuse(Context ctx, HttpStatus status, String message) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
    ctx.skipRemainingHandlers();
  }

  /** The headers every response carries, error pages included. */
  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
  }

  private Browser browser(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id == null) {
      return null;
    }
    Browser b = browsers.get(id);
    Instant now = clock.instant();
    if (b == null || b.seen.plus(IDLE).isBefore(now)) {
      if (b != null) {
        browsers.remove(id);
      }
      return null;
    }
    b.seen = now;
    return b;
  }

  private Browser remember(Context ctx) {
    Instant now = clock.instant();
    if (browsers.size() >= MAX_BROWSERS) {
      browsers.entrySet().removeIf(e -> e.getValue().seen.plus(IDLE).isBefore(now));
      if (browsers.size() >= MAX_BROWSERS) {
        browsers.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().seen))
            .ifPresent(e -> browsers.remove(e.getKey()));
      }
    }
    String id = token();
    Browser b = new Browser(now);
    browsers.put(id, b);
    Cookie cookie = new Cookie(COOKIE, id);
    cookie.setPath("/");
    cookie.setMaxAge(-1);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    ctx.cookie(cookie);
    return b;
  }

  /** The browser of this request; every request that reached a handler has one. */
  static Browser of(Context ctx) {
    Browser b = ctx.attribute(BROWSER);
    if (b == null) {
      throw new IllegalStateException("no browser: the guard did not run");
    }
    return b;
  }

  /** Leaves a message for the browser's next page. */
  static void flash(Context ctx, String message) {
    Browser b = of(ctx);
    b.flash = message;
    b.flashIsError = false;
  }

  /** Leaves an error for the browser's next page. */
  static void problem(Context ctx, String message) {
    Browser b = of(ctx);
    b.flash = message;
    b.flashIsError = true;
  }

  /** Takes the message left for this page, if any. */
  static Optional<Page.Notice> takeFlash(Context ctx) {
    Browser b = of(ctx);
    String f = b.flash;
    b.flash = null;
    return Optional.ofNullable(f).map(m -> new Page.Notice(m, b.flashIsError));
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
