package org.communityofpractice.examples.serve;

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
  private final byte[] css;

  App(Store store, Clock clock) {
    this.store = store;
    this.guard = new Guard(clock);
    try (InputStream in = App.class.getResourceAsStream("cop.css")) {
      this.css = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Guard guard() {
    return guard;
  }

  void configure(JavalinConfig config) {
    var routes = config.routes;
    routes.before(guard::before);
    routes.get("/static/cop.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));

    SetupPages setup = new SetupPages(store);
    routes.get("/", setup::home);
    routes.post("/communities", form(setup::createCommunity, ctx -> "/"));
    routes.get("/c/{c}", setup::community);
    routes.post("/c/{c}/topics", form(setup::addTopic, ctx -> community(ctx) + "#topics"));
    routes.post("/c/{c}/series", form(setup::addSeries, ctx -> community(ctx) + "#series"));
    routes.get("/c/{c}/people", setup::people);
    routes.post("/c/{c}/people", form(setup::addPerson, ctx -> community(ctx) + "/people"));
    routes.get("/c/{c}/people/{p}", setup::person);
    routes.post("/c/{c}/people/{p}/consent",
        form(setup::recordConsent, ctx -> community(ctx) + "/people/" + ctx.pathParam("p")));


    CapturePages capture = new CapturePages(store);
    routes.get("/c/{c}/sessions/new", capture::newSession);
    routes.post("/c/{c}/sessions", form(capture::startSession, ctx -> community(ctx) + "/sessions/new"));
    routes.get("/c/{c}/capture/{s}/door", capture::door);
    routes.post("/c/{c}/capture/{s}/door", form(capture::signIn, ctx -> capturing(ctx) + "/door"));
    routes.get("/c/{c}/capture/{s}", capture::capture);
    routes.post("/c/{c}/capture/{s}/{entry}", form(capture::record, App::capturing));

    AfterPages after = new AfterPages(store);
    routes.get("/c/{c}/review", after::review);
    routes.get("/c/{c}/sessions/{s}", after::session);
    routes.get("/c/{c}/reports/{kind}/{id}/{format}", after::report);

    RightsPages rights = new RightsPages(store);
    routes.get("/c/{c}/rights", rights::start);
    routes.post("/c/{c}/rights", form(rights::search, ctx -> community(ctx) + "/rights"));
    routes.get("/c/{c}/rights/{p}", rights::person);
    routes.get("/c/{c}/rights/{p}/export.csv", rights::export);
    routes.post("/c/{c}/rights/{p}/rectify", form(rights::rectify, App::rightsOf));
    routes.post("/c/{c}/rights/{p}/restrict", form(rights::restrict, App::rightsOf));
    routes.get("/c/{c}/rights/{p}/erase", rights::confirmErase);
    routes.post("/c/{c}/rights/{p}/erase", form(rights::erase, ctx -> rightsOf(ctx) + "/erase"));

    routes.exception(Store.NotFound.class, (e, ctx) -> notFound(ctx));
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || !"text/html".equals(ctx.contentType())) {
        notFound(ctx);
      }
    });
    routes.exception(Exception.class, (e, ctx) -> {
      // the kind of fault and where, never the request's content: it may hold personal data
      LOG.error("cop serve: {} answering {} {}", e.getClass().getName(), ctx.method(), route(ctx));
      Guard.headers(ctx);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
          .result("Something went wrong in cop serve; nothing more was changed. Go back and try again.");
    });
  }

  /** The route's pattern, such as /c/{c}/people: never the address itself, which may carry what was typed. */
  private static String route(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(no route)";
    }
  }

  private static void notFound(Context ctx) {
    Guard.headers(ctx);
    ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8")
        .result("There is nothing at this address. Go back to the home page: /");
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

  /**
   * A form's handler: it answers with a redirect; when what was sent cannot be used, the message
   * goes to the page at {@code back} and nothing is changed.
   */
  static Handler form(Handler handler, Function<Context, String> back) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Forms.Problem e) {
        Guard.problem(ctx, e.getMessage());
        ctx.redirect(back.apply(ctx), HttpStatus.SEE_OTHER);
      } catch (InvalidValueException e) {
        // the field and what it must be, never the value typed
        Guard.problem(ctx, "Not saved: " + e.field() + " " + e.expectation() + ".");
        ctx.redirect(back.apply(ctx), HttpStatus.SEE_OTHER);
      } catch (ArchiveConflictException e) {
        Guard.problem(ctx, "Not saved: the archive changed while saving. Please try again.");
        ctx.redirect(back.apply(ctx), HttpStatus.SEE_OTHER);
      }
    };
  }

  /** Answers a form with a redirect to {@code to}, leaving {@code message} there. */
  static void done(Context ctx, String message, String to) {
    Guard.flash(ctx, message);
    ctx.redirect(to, HttpStatus.SEE_OTHER);
  }

  @Override
  public void close() {
    store.close();
  }
}
