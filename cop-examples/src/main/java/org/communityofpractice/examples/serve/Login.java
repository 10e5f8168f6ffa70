package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Login for {@code cop serve} beyond this computer: the first-run setup (a one-time code printed
 * where the server was started creates the first facilichair's account), signing in and out,
 * rate-limited attempts, the session timeout, the accounts page and changing one's own password.
 * Every attempt and every change to an account is in the audit log, by opaque id only.
 */
final class Login {
  /**
   * How long a signed-in browser may sit unused before it must sign in again: cop's own choice, an
   * hour, so a break in a session does not sign the chair out but a laptop left on a table does.
   */
  static final Duration IDLE = Duration.ofHours(1);

  /** The longest a sign-in lasts however busy: cop's own choice, a long working day. */
  static final Duration LONGEST = Duration.ofHours(12);

  /**
   * Failed sign-ins allowed per user name within {@link #WINDOW} before it must wait: cop's own
   * number, in the spirit of OWASP's Authentication Cheat Sheet (throttle, do not lock out for
   * good).
   */
  static final int FAILURES_PER_USER = 5;

  /**
   * Failed sign-ins allowed per address within {@link #WINDOW}: cop's own number, a room's worth of
   * typos.
   */
  static final int FAILURES_PER_ADDRESS = 20;

  /** The window the failures are counted in: cop's own choice. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Accounts accounts;
  private final Audit audit;
  private final Guard guard;
  private final Throttle perUser;
  private final Throttle perAddress;
  private volatile String setupCode;

  Login(Accounts accounts, Audit audit, Guard guard) {
    this.accounts = accounts;
    this.audit = audit;
    this.guard = guard;
    this.perUser = new Throttle(FAILURES_PER_USER, WINDOW, guard.clock());
    this.perAddress = new Throttle(FAILURES_PER_ADDRESS, WINDOW, guard.clock());
    this.setupCode = accounts.isEmpty() ? setupCode() : null;
  }

  /** The one-time code for the first-run setup; empty once an account exists. */
  Optional<String> firstRunCode() {
    return Optional.ofNullable(setupCode);
  }

  private static String setupCode() {
    String a = Forms.randomId("");
    String b = Forms.randomId("");
    return a.substring(0, 4) + "-" + a.substring(4) + "-" + b.substring(0, 4);
  }

  /**
   * Runs after the guard's own checks: without an account yet, everything leads to the first-run
   * setup; without a signed-in browser (or after the timeout), to the sign-in.
   */
  void gate(Context ctx, Guard.Browser browser) {
    String path = ctx.path();
    if (path.startsWith("/static/")) {
      return;
    }
    if (accounts.isEmpty()) {
      if (!path.equals("/setup")) {
        stop(ctx, "/setup");
      }
      return;
    }
    if (path.equals("/signin")) {
      return;
    }
    Accounts.Account account = browser.account;
    Instant now = guard.clock().instant();
    if (account != null) {
      Optional<Accounts.Account> current = accounts.byId(account.id());
      if (current.isEmpty()
          || browser.active.plus(IDLE).isBefore(now)
          || browser.signedInAt.plus(LONGEST).isBefore(now)) {
        audit.record(
            account.id(),
            "sign-out",
            Map.of(),
            current.isEmpty() ? "account removed" : "timed out");
        guard.signOut(ctx);
        Guard.problem(
            ctx,
            Text.of(ctx)
                .get(
                    ctx.method().equals(HandlerType.POST)
                        ? "problem.timedOut.post"
                        : "problem.timedOut"));
        stop(ctx, "/signin");
        return;
      }
      browser.account = current.get();
      browser.active = now;
      return;
    }
    stop(ctx, "/signin");
  }

  private static void stop(Context ctx, String to) {
    ctx.redirect(to, HttpStatus.SEE_OTHER);
    ctx.skipRemainingHandlers();
  }

  // ---- first run ----

  void setupPage(Context ctx) {
    if (!accounts.isEmpty()) {
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
      return;
    }
    Pages.page(ctx, "setup", "page.setup").with("minPassword", Accounts.MIN_PASSWORD).show();
  }

  void setup(Context ctx) {
    if (accounts.isEmpty() && throttled(ctx, "setup")) {
      return;
    }
    String code = setupCode;
    if (code == null) {
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
      return;
    }
    String typed = Forms.optional(ctx, "code").orElse("").toLowerCase(java.util.Locale.ROOT);
    if (!MessageDigest.isEqual(
        typed.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
      perUser.failed("setup");
      perAddress.failed(address(ctx));
      audit.record("-", "first-run setup", Map.of(), "wrong code");
      Guard.problem(ctx, Text.of(ctx).get("problem.setupCode"));
      ctx.redirect("/setup", HttpStatus.SEE_OTHER);
      return;
    }
    String password = Forms.optional(ctx, "password").orElse("");
    if (!password.equals(Forms.optional(ctx, "again").orElse(""))) {
      throw new Forms.Problem("problem.setupPasswords");
    }
    Accounts.Account first =
        accounts.add(
            Forms.required(ctx, "user", "field.userName"),
            EnumSet.of(Role.FACILICHAIR, Role.DATA_PROTECTION_LEAD),
            password);
    setupCode = null;
    audit.record(first.id(), "first-run setup", Map.of("account", first.id()), "done");
    guard.signIn(ctx, first);
    App.done(ctx, "done.setup", "/");
  }

  // ---- signing in and out ----

  void signInPage(Context ctx) {
    Pages.page(ctx, "signin", "page.signIn").show();
  }

  void signIn(Context ctx) {
    String user = Accounts.userName(Forms.optional(ctx, "user").orElse(""));
    if (throttled(ctx, "u:" + user)) {
      return;
    }
    Optional<Accounts.Account> account =
        accounts.check(user, Forms.optional(ctx, "password").orElse(""));
    if (account.isEmpty()) {
      perUser.failed("u:" + user);
      perAddress.failed(address(ctx));
      audit.record("-", "sign-in", Map.of(), "failed");
      Guard.problem(ctx, Text.of(ctx).get("problem.signIn"));
      ctx.redirect("/signin", HttpStatus.SEE_OTHER);
      return;
    }
    perUser.succeeded("u:" + user);
    audit.record(account.get().id(), "sign-in", Map.of(), "done");
    guard.signIn(ctx, account.get());
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** Refuses with 429 when the key or the address must wait; true when it did. */
  private boolean throttled(Context ctx, String key) {
    Optional<Duration> userWait = perUser.wait(key);
    Optional<Duration> addressWait = perAddress.wait(address(ctx));
    Optional<Duration> wait = userWait.isPresent() ? userWait : addressWait;
    if (wait.isEmpty()) {
      return false;
    }
    long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
    audit.record("-", key.equals("setup") ? "first-run setup" : "sign-in", Map.of(), "throttled");
    ctx.header("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
    Guard.refuse(
        ctx,
        HttpStatus.TOO_MANY_REQUESTS,
        Text.of(ctx).plural("refused.throttled", minutes),
        false);
    return true;
  }

  private static String address(Context ctx) {
    return "ip:" + ctx.ip();
  }

  void signOut(Context ctx) {
    audit.record(guard.actor(ctx), "sign-out", Map.of(), "done");
    guard.signOut(ctx);
    App.done(ctx, "done.signOut", "/signin");
  }

  // ---- accounts ----

  void accountsPage(Context ctx) {
    Pages.page(ctx, "accounts", "page.accounts")
        .with(
            "accounts",
            accounts.all().stream()
                .map(a -> new AccountRow(a.id(), a.userName(), a.roleLabels(Text.of(ctx))))
                .toList())
        .with("roles", java.util.List.of(Role.values()))
        .with("minPassword", Accounts.MIN_PASSWORD)
        .show();
  }

  void addAccount(Context ctx) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : ctx.formParams("role")) {
      roles.add(Forms.parsed(ctx, "role", "field.role", x -> Role.valueOf(r)));
    }
    Accounts.Account added =
        accounts.add(
            Forms.required(ctx, "user", "field.userName"),
            roles,
            Forms.optional(ctx, "password").orElse(""));
    audit.record(guard.actor(ctx), "account added", Map.of("account", added.id()), "done");
    App.done(ctx, "done.accountAdded", "/accounts");
  }

  void removeAccount(Context ctx) {
    String id = ctx.pathParam("a");
    if (Guard.account(ctx).map(a -> a.id().equals(id)).orElse(false)) {
      throw new Forms.Problem("problem.removeOwn");
    }
    accounts.remove(id);
    audit.record(guard.actor(ctx), "account removed", Map.of("account", id), "done");
    App.done(ctx, "done.accountRemoved", "/accounts");
  }

  void passwordPage(Context ctx) {
    Pages.page(ctx, "password", "page.password").with("minPassword", Accounts.MIN_PASSWORD).show();
  }

  void changePassword(Context ctx) {
    Accounts.Account me = Guard.account(ctx).orElseThrow(Guard.Forbidden::new);
    if (throttled(ctx, "u:" + me.userName())) {
      return;
    }
    if (accounts.check(me.userName(), Forms.optional(ctx, "current").orElse("")).isEmpty()) {
      perUser.failed("u:" + me.userName());
      throw new Forms.Problem("problem.currentPassword");
    }
    String password = Forms.optional(ctx, "password").orElse("");
    if (!password.equals(Forms.optional(ctx, "again").orElse(""))) {
      throw new Forms.Problem("problem.newPasswords");
    }
    accounts.changePassword(me.id(), password);
    audit.record(me.id(), "password changed", Map.of("account", me.id()), "done");
    App.done(ctx, "done.password", "/");
  }
}
