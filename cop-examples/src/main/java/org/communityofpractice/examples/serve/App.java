package org.communityofpractice.examples.serve;

import static org.communityofpractice.examples.serve.Role.Permission.ACCOUNTS;
import static org.communityofpractice.examples.serve.Role.Permission.AFTER;
import static org.communityofpractice.examples.serve.Role.Permission.CAPTURE;
import static org.communityofpractice.examples.serve.Role.Permission.CIRCULATE;
import static org.communityofpractice.examples.serve.Role.Permission.RIGHTS;
import static org.communityofpractice.examples.serve.Role.Permission.SET_UP;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.Function;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.store.ArchiveConflictException;
import org.communityofpractice.core.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app's routes: what each address shows and what each form does. Every form posts back to
 * the app and is answered with a redirect to a page (so a reload never sends it twice); a form that
 * cannot be used leaves a message on the page it came from and changes nothing.
 */
final class App implements AutoCloseable {
  /** cop's own cap on a request: forms are small; 1 MiB leaves room for long notes. */
  static final long MAX_REQUEST_BYTES = 1L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  private final Store store;
  private final Guard guard;
  private final Audit audit;
  private final Login login;
  private final byte[] css;
  private final byte[] live;

  /**
   * The app on {@code store}; with {@code accounts}, every page but the sign-in needs a signed-in
   * account whose roles allow it.
   */
  App(Store store, Clock clock, Audit audit, java.util.Optional<Accounts> accounts, Text language) {
    this.store = store;
    this.guard = new Guard(clock, language);
    this.audit = audit;
    this.login = accounts.map(a -> new Login(a, audit, guard)).orElse(null);
    if (login != null) {
      guard.requireLogin(login);
    }
    this.css = resource("cop.css");
    this.live = resource("live.js");
  }

  private static byte[] resource(String name) {
    try (InputStream in = App.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Guard guard() {
    return guard;
  }

  /** The first-run setup's one-time code, while no account exists; empty without login. */
  java.util.Optional<String> firstRunCode() {
    return login == null ? java.util.Optional.empty() : login.firstRunCode();
  }

  void configure(JavalinConfig config) {
    var routes = config.routes;
    routes.before(guard::before);
    routes.get("/static/cop.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
    routes.get(
        "/static/live.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(live));

    if (login != null) {
      routes.get("/setup", login::setupPage);
      routes.post("/setup", form(login::setup, ctx -> "/setup"));
      routes.get("/signin", login::signInPage);
      routes.post("/signin", login::signIn);
      routes.post("/signout", login::signOut);
      routes.get("/password", login::passwordPage);
      routes.post("/password", form(login::changePassword, ctx -> "/password"));
      routes.get("/accounts", allow(ACCOUNTS, login::accountsPage));
      routes.post("/accounts", form(allow(ACCOUNTS, login::addAccount), ctx -> "/accounts"));
      routes.post(
          "/accounts/{a}/remove", form(allow(ACCOUNTS, login::removeAccount), ctx -> "/accounts"));
    }

    SetupPages setup = new SetupPages(store);
    routes.get("/", setup::home);
    routes.post("/communities", form(allow(SET_UP, setup::createCommunity), ctx -> "/"));
    routes.get("/c/{c}", setup::community);
    routes.post(
        "/c/{c}/topics", form(allow(SET_UP, setup::addTopic), ctx -> community(ctx) + "#topics"));
    routes.post(
        "/c/{c}/series", form(allow(SET_UP, setup::addSeries), ctx -> community(ctx) + "#series"));
    routes.get("/c/{c}/people", allow(SET_UP, setup::people));
    routes.post(
        "/c/{c}/people", form(allow(SET_UP, setup::addPerson), ctx -> community(ctx) + "/people"));
    routes.get("/c/{c}/people/{p}", allow(SET_UP, setup::person));
    routes.post(
        "/c/{c}/people/{p}/consent",
        form(
            allow(SET_UP, setup::recordConsent),
            ctx -> community(ctx) + "/people/" + ctx.pathParam("p")));

    CapturePages capture = new CapturePages(store);
    routes.get("/c/{c}/sessions/new", allow(CAPTURE, capture::newSession));
    routes.post(
        "/c/{c}/sessions",
        form(allow(CAPTURE, capture::startSession), ctx -> community(ctx) + "/sessions/new"));
    routes.get("/c/{c}/capture/{s}/door", allow(CAPTURE, capture::door));
    routes.post(
        "/c/{c}/capture/{s}/door",
        form(allow(CAPTURE, capture::signIn), ctx -> capturing(ctx) + "/door"));
    routes.get("/c/{c}/capture/{s}", allow(CAPTURE, capture::capture));
    routes.post(
        "/c/{c}/capture/{s}/{entry}", form(allow(CAPTURE, capture::record), App::capturing));

    AfterPages after = new AfterPages(store);
    routes.get("/c/{c}/review", allow(AFTER, after::review));
    routes.get("/c/{c}/sessions/{s}", allow(AFTER, after::session));
    routes.get("/c/{c}/reports/{kind}/{id}/{format}", allow(AFTER, after::report));

    CirculationPages circulation = new CirculationPages(store, audit, guard);
    routes.get("/c/{c}/circulate/{kind}/{id}", allow(CIRCULATE, circulation::page));
    routes.post(
        "/c/{c}/circulate/{kind}/{id}", form(allow(CIRCULATE, circulation::send), Context::path));

    RightsPages rights = new RightsPages(store);
    routes.get("/c/{c}/rights", allow(RIGHTS, rights::start));
    routes.post(
        "/c/{c}/rights", form(allow(RIGHTS, rights::search), ctx -> community(ctx) + "/rights"));
    routes.get("/c/{c}/rights/{p}", allow(RIGHTS, rights::person));
    routes.get("/c/{c}/rights/{p}/export.csv", allow(RIGHTS, rights::export));
    routes.post("/c/{c}/rights/{p}/rectify", form(allow(RIGHTS, rights::rectify), App::rightsOf));
    routes.post("/c/{c}/rights/{p}/restrict", form(allow(RIGHTS, rights::restrict), App::rightsOf));
    routes.get("/c/{c}/rights/{p}/erase", allow(RIGHTS, rights::confirmErase));
    routes.post(
        "/c/{c}/rights/{p}/erase",
        form(allow(RIGHTS, rights::erase), ctx -> rightsOf(ctx) + "/erase"));

    routes.exception(Store.NotFound.class, (e, ctx) -> notFound(ctx));
    routes.exception(
        Guard.Forbidden.class,
        (e, ctx) -> {
          Guard.headers(ctx);
          Text text = Text.of(ctx);
          String roles =
              Guard.account(ctx)
                  .map(a -> a.roleLabels(text))
                  .orElseGet(() -> text.get("refused.noRoles"));
          ctx.status(HttpStatus.FORBIDDEN)
              .contentType("text/plain; charset=utf-8")
              .result(text.get("refused.forbidden", roles));
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null
              || ctx.result().isEmpty()
              || !"text/html".equals(ctx.contentType())) {
            notFound(ctx);
          }
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // the kind of fault and where, never the request's content: it may hold personal data
          LOG.error(
              "cop serve: {} answering {} {}", e.getClass().getName(), ctx.method(), route(ctx));
          Guard.headers(ctx);
          ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
              .contentType("text/plain; charset=utf-8")
              .result(Text.of(ctx).get("refused.fault"));
        });
  }

  /**
   * The route's pattern, such as /c/{c}/people: never the address itself, which may carry what was
   * typed.
   */
  private static String route(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(no route)";
    }
  }

  private static void notFound(Context ctx) {
    Guard.headers(ctx);
    ctx.status(HttpStatus.NOT_FOUND)
        .contentType("text/plain; charset=utf-8")
        .result(Text.of(ctx).get("refused.notFound"));
  }

  /** The community page's address for a request under {@code /c/{c}}. */
  static String community(Context ctx) {
    return "/c/" + ctx.pathParam("c");
  }

  /** The capture page's address for a request under {@code /c/{c}/capture/{s}}. */
  static String capturing(Context ctx) {
    return community(ctx) + "/capture/" + ctx.pathParam("s");
  }

  static String rightsOf(Context ctx) {
    return community(ctx) + "/rights/" + ctx.pathParam("p");
  }

  static CommunityId communityId(Context ctx) {
    try {
      return CommunityId.of(ctx.pathParam("c"));
    } catch (InvalidValueException e) {
      throw new Store.NotFound();
    }
  }

  /** A page or form that only an account whose roles allow {@code permission} may use. */
  private Handler allow(Role.Permission permission, Handler handler) {
    return ctx -> {
      guard.require(ctx, permission);
      handler.handle(ctx);
    };
  }

  /**
   * A form's handler: it answers with a redirect; when what was sent cannot be used, the message
   * goes to the page at {@code back} and nothing is changed. Each one sent is in the audit log: who
   * (an opaque id), the route and the ids in its address, and whether it was done.
   */
  private Handler form(Handler handler, Function<Context, String> back) {
    return ctx -> {
      String outcome = "failed";
      try {
        handler.handle(ctx);
        outcome = ctx.status().getCode() < 400 ? "done" : "refused";
      } catch (Guard.Forbidden e) {
        outcome = "forbidden";
        throw e;
      } catch (Store.NotFound e) {
        outcome = "not found";
        throw e;
      } catch (Forms.Problem e) {
        outcome = "refused";
        Guard.problem(ctx, e.in(Text.of(ctx)));
        ctx.redirect(back.apply(ctx), HttpStatus.SEE_OTHER);
      } catch (InvalidValueException e) {
        outcome = "refused";
        // the field and what it must be, never the value typed
        Text text = Text.of(ctx);
        Guard.problem(ctx, text.get("problem.invalid", e.field(), text.expectation(e)));
        ctx.redirect(back.apply(ctx), HttpStatus.SEE_OTHER);
      } catch (ArchiveConflictException e) {
        outcome = "conflict";
        Guard.problem(ctx, Text.of(ctx).get("problem.conflict"));
        ctx.redirect(back.apply(ctx), HttpStatus.SEE_OTHER);
      } finally {
        audit.record(
            guard.actor(ctx), ctx.method() + " " + route(ctx), ctx.pathParamMap(), outcome);
      }
    };
  }

  /**
   * Answers a form with a redirect to {@code to}, leaving there the message {@code key} of the
   * app's bundle with {@code arguments} put in.
   */
  static void done(Context ctx, String key, String to, Object... arguments) {
    Guard.flash(ctx, Text.of(ctx).say(key, arguments));
    ctx.redirect(to, HttpStatus.SEE_OTHER);
  }

  @Override
  public void close() {
    store.close();
  }
}
