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
 * With login, the browser must also be signed in to an account (see {@link Login}) and each page
 * and form checks that the account's roles allow it; without login (on this computer only) whoever
 * sits at it may do everything.
 */
final class Guard {
  static final String COOKIE = "cop";
  static final String CSRF_FIELD = "csrf";

  /**
   * How long a browser is remembered without a request: cop's own choice, a long working day, so a
   * session's sign-in, capture and write-up need no second visit to the home page.
   */
  static final Duration IDLE = Duration.ofHours(12);

  /**
   * cop's own cap on remembered browsers, so a flood of cookie-less requests cannot fill memory.
   */
  private static final int MAX_BROWSERS = 10_000;

  static final String CSP =
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BROWSER = "cop.browser";

  /** The request's attribute holding what it may do, for the page to show only that. */
  static final String MAY = "cop.may";

  private final Map<String, Browser> browsers = new ConcurrentHashMap<>();
  private final Set<String> hosts = ConcurrentHashMap.newKeySet();
  private final Clock clock;
  private final Text language;
  private volatile boolean anyHost;
  private volatile Login login;

  /** The guard of an app that speaks {@code language} unless a browser asks for another. */
  Guard(Clock clock, Text language) {
    this.clock = clock;
    this.language = language;
  }

  /**
   * One browser's state: its CSRF token, when it was last seen, and a message for its next page.
   */
  static final class Browser {
    final String csrf = token();
    volatile Instant seen;
    volatile String flash;
    volatile boolean flashIsError;

    /** The account signed in on this browser, with login; {@literal null} when none is. */
    volatile Accounts.Account account;

    volatile Instant signedInAt;
    volatile Instant active;

    Browser(Instant seen) {
      this.seen = seen;
    }
  }

  /**
   * Answers to any name in the {@code Host} header: with login a page elsewhere that reaches this
   * server through a name of its own has no signed-in cookie for that name, so it gets the sign-in.
   */
  void allowAnyHost() {
    anyHost = true;
  }

  /** Every page and form but the sign-in needs a signed-in account from now on. */
  void requireLogin(Login login) {
    this.login = login;
  }

  Clock clock() {
    return clock;
  }

  void allowHost(String hostAndPort) {
    hosts.add(hostAndPort.toLowerCase(java.util.Locale.ROOT));
  }

  /** Runs before every handler. */
  void before(Context ctx) {
    headers(ctx);
    Text text = language(ctx);
    ctx.attribute(Text.ATTRIBUTE, text);
    String host = ctx.header("Host");
    if (host == null || (!anyHost && !hosts.contains(host.toLowerCase(java.util.Locale.ROOT)))) {
      refuse(ctx, HttpStatus.MISDIRECTED_REQUEST, text.get("refused.host"));
      return;
    }
    Browser browser = browser(ctx);
    if (ctx.method().equals(HandlerType.POST)) {
      String site = ctx.header("Sec-Fetch-Site");
      if (site != null && !site.equals("same-origin") && !site.equals("none")) {
        refuse(ctx, HttpStatus.FORBIDDEN, text.get("refused.crossSite"));
        return;
      }
      String sent;
      try {
        sent = ctx.formParam(CSRF_FIELD);
      } catch (Exception e) {
        // a multipart form beyond the caps (a photo too large) cannot even be read
        refuse(
            ctx,
            HttpStatus.CONTENT_TOO_LARGE,
            text.say("refused.tooLarge", Photos.MAX_BYTES / (1024 * 1024)));
        return;
      }
      if (browser == null
          || sent == null
          || !MessageDigest.isEqual(
              sent.getBytes(StandardCharsets.UTF_8),
              browser.csrf.getBytes(StandardCharsets.UTF_8))) {
        refuse(ctx, HttpStatus.FORBIDDEN, text.get("refused.csrf"));
        return;
      }
    }
    if (browser == null) {
      browser = remember(ctx);
    }
    ctx.attribute(BROWSER, browser);
    if (login != null) {
      login.gate(ctx, browser);
    }
    ctx.attribute(MAY, permissions(ctx));
  }

  /**
   * The language this request is answered in: the one {@code ?lang=} asks for (kept in a cookie for
   * the pages after), else the one the browser chose before, else the app's.
   */
  private Text language(Context ctx) {
    String asked = ctx.queryParam(Text.CHOOSE);
    Optional<Text> chosen = asked == null ? Optional.empty() : Text.named(asked);
    if (chosen.isPresent()) {
      Cookie cookie = new Cookie(Text.COOKIE, chosen.get().name());
      cookie.setPath("/");
      cookie.setMaxAge(-1);
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.STRICT);
      ctx.cookie(cookie);
      return chosen.get();
    }
    String kept = ctx.cookie(Text.COOKIE);
    return kept == null ? language : Text.named(kept).orElse(language);
  }

  /** Answers with a short plain message and stops: no handler runs. */
  static void refuse(Context ctx, HttpStatus status, String message, boolean stop) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
    if (stop) {
      ctx.skipRemainingHandlers();
    }
  }

  /**
   * Signs {@code account} in on this request's browser: a new cookie and CSRF token replace the old
   * ones, so a cookie planted before the sign-in is worth nothing after it.
   */
  void signIn(Context ctx, Accounts.Account account) {
    String old = ctx.cookie(COOKIE);
    if (old != null) {
      browsers.remove(old);
    }
    Browser b = remember(ctx);
    Instant now = clock.instant();
    b.account = account;
    b.signedInAt = now;
    b.active = now;
    ctx.attribute(BROWSER, b);
  }

  /** Signs this browser out: it is forgotten, and the next page gives it a new cookie. */
  void signOut(Context ctx) {
    String old = ctx.cookie(COOKIE);
    if (old != null) {
      browsers.remove(old);
    }
    ctx.attribute(BROWSER, remember(ctx));
  }

  /**
   * The account signed in on this request's browser; empty without login, or before the sign-in.
   */
  static Optional<Accounts.Account> account(Context ctx) {
    return Optional.ofNullable(of(ctx).account);
  }

  /**
   * Who the audit log names for this request: the account's opaque id, or {@code local} without
   * login.
   */
  String actor(Context ctx) {
    if (login == null) {
      return "local";
    }
    Browser b = ctx.attribute(BROWSER);
    return b == null || b.account == null ? "-" : b.account.id();
  }

  /** Whether this request may do what {@code permission} covers: always without login. */
  boolean may(Context ctx, Role.Permission permission) {
    return login == null || account(ctx).map(a -> a.may(permission)).orElse(false);
  }

  /** What this request may do, for the page to offer only that. */
  java.util.Set<Role.Permission> permissions(Context ctx) {
    java.util.Set<Role.Permission> may = java.util.EnumSet.noneOf(Role.Permission.class);
    for (Role.Permission p : Role.Permission.values()) {
      if (may(ctx, p)) {
        may.add(p);
      }
    }
    return may;
  }

  /** Refuses the request unless its account's roles allow {@code permission}. */
  void require(Context ctx, Role.Permission permission) {
    if (!may(ctx, permission)) {
      throw new Forbidden();
    }
  }

  /** The signed-in account's roles do not allow what was asked; nothing was changed. */
  static final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Forbidden() {
      super("forbidden");
    }
  }

  /** Answers with a short plain message and stops: no handler runs. */
  private static void refuse(Context ctx, HttpStatus status, String message) {
    refuse(ctx, status, message, true);
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
        browsers.entrySet().stream()
            .min(java.util.Comparator.comparing(e -> e.getValue().seen))
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
