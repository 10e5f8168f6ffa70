package org.communityofpractice.examples.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.store.FileArchiveStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cop serve}: a small server-rendered web app on a {@link FileArchiveStore}, for the
 * facilichair and the recorder — set up, the sign-in at the door, live capture, review, reports and
 * people's rights. It works without JavaScript, sends {@code Content-Security-Policy: default-src
 * 'self'}, checks a CSRF token on every form, and keeps personal data out of its log.
 *
 * <pre>{@code
 * try (CopServer server = CopServer.builder(folder.resolve("archives")).port(0).start()) {
 *   URI home = server.uri(); // http://127.0.0.1:<a free port>/
 * }
 * }</pre>
 *
 * <p>It binds to {@value #LOOPBACK} unless told otherwise. Without login whoever sits at this
 * computer may do everything, so it refuses any address that is not a loopback one ({@link
 * BindRefusedException}). With {@link Builder#login(boolean) login} it may listen anywhere: every
 * page but the sign-in needs an account (facilichair, recorder, data protection lead) whose roles
 * allow it; on the first run a one-time code ({@link #firstRunCode()}) creates the first
 * facilichair's.
 *
 * <pre class="compile-only">{@code
 * try (CopServer server = CopServer.builder(Path.of("archives")).bind("0.0.0.0").login(true).start()) {
 *   server.firstRunCode().ifPresent(code -> System.out.println("first run: open /setup, code " + code));
 * }
 * }</pre>
 */
public final class CopServer implements AutoCloseable {
  /** The address bound unless another is given: this computer only. */
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * The port used unless another is given: cop's own choice (Javalin's customary 7070); 0 asks the
   * system for a free one.
   */
  public static final int DEFAULT_PORT = 7070;

  private static final Logger LOG = LoggerFactory.getLogger(CopServer.class);

  private final Javalin app;
  private final App routes;
  private final String host;

  private CopServer(Javalin app, App routes, String host) {
    this.app = app;
    this.routes = routes;
    this.host = host;
  }

  /**
   * A server on the store in {@code store}.
   *
   * @param store the store's root folder, created when first saved to; must not be {@literal null}
   * @return a builder: {@value #LOOPBACK}, port {@value #DEFAULT_PORT}, the system clock
   */
  public static Builder builder(Path store) {
    return new Builder(Objects.requireNonNull(store, "store"));
  }

  /** Settings for {@link CopServer}. */
  public static final class Builder {
    private final Path store;
    private String bind = LOOPBACK;
    private int port = DEFAULT_PORT;
    // the machine's zone: each community's own zone is applied where its dates are shown
    private Clock clock = Clock.system(ZoneId.systemDefault());
    private boolean login;
    private Text language = Text.british();

    private Builder(Path store) {
      this.store = store;
    }

    /**
     * The address to listen on; without login only a loopback address is accepted (see {@link
     * #start()}).
     */
    public Builder bind(String address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /** The port, 0 for a free one chosen by the system. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be within 0..65535 but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Whether to require login: accounts with roles, kept with their Argon2id password hashes in
     * {@code .cop-serve/accounts} under the store's root, and an audit log of who changed what
     * beside them. Needed to bind to any address but a loopback one.
     */
    public Builder login(boolean login) {
      this.login = login;
      return this;
    }

    /**
     * The language of the whole app: its pages, messages, the review's findings, the guide's
     * running orders and the reports it composes and circulates. A browser may still choose the
     * other for itself with a link ({@code ?lang=cy} or {@code ?lang=en}).
     *
     * @param tag {@code en-GB} (the default, also {@code en}) or {@code cy} (Welsh, also {@code
     *     cy-GB}); must not be {@literal null}
     * @return this builder
     * @throws IllegalArgumentException when the app has no words in that language
     */
    public Builder language(String tag) {
      Objects.requireNonNull(tag, "tag");
      this.language =
          Text.named(tag)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException("language must be en-GB or cy but was " + tag));
      return this;
    }

    /**
     * The clock for consent decisions, capture, the presentation countdown and sign-in timeouts.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server; close it to stop
     * @throws BindRefusedException when the address is not a loopback address and login is not
     *     required: the member register would be open to the network
     */
    public CopServer start() {
      InetAddress address = login ? address(bind, language) : loopback(bind, language);
      App routes =
          new App(
              new Store(FileArchiveStore.builder(store).build(), clock),
              clock,
              new Audit(store, clock),
              login ? Optional.of(Accounts.in(store)) : Optional.empty(),
              language);
      Javalin app =
          Javalin.create(
              config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = address.getHostAddress();
                config.jetty.port = port;
                config.http.maxRequestSize = App.MAX_REQUEST_BYTES;
                // a photo is held in memory while it is checked and cleaned: never in a temporary
                // file
                config.jetty.multipartConfig.maxFileSize(Photos.MAX_BYTES, SizeUnit.BYTES);
                config.jetty.multipartConfig.maxInMemoryFileSize(Photos.MAX_BYTES, SizeUnit.BYTES);
                config.jetty.multipartConfig.maxTotalRequestSize(
                    Photos.MAX_BYTES + App.MAX_REQUEST_BYTES, SizeUnit.BYTES);
                routes.configure(config);
              });
      app.start();
      String host =
          address.getHostAddress().contains(":")
              ? "[" + address.getHostAddress() + "]"
              : address.getHostAddress();
      routes.guard().allowHost(host + ":" + app.port());
      if (login) {
        routes.guard().allowAnyHost();
      }
      if (address.getHostAddress().equals(LOOPBACK)) {
        routes.guard().allowHost("localhost:" + app.port());
      }
      LOG.info("cop serve listening on http://{}:{}/", host, app.port());
      return new CopServer(app, routes, host);
    }

    /** The address to bind; refused, in the app's language, when it is not this computer's. */
    private static InetAddress address(String bind, Text language) {
      try {
        return InetAddress.getByName(bind);
      } catch (UnknownHostException e) {
        throw new BindRefusedException(language.get("refused.bindUnknown", bind));
      }
    }

    private static InetAddress loopback(String bind, Text language) {
      InetAddress address = address(bind, language);
      if (!address.isLoopbackAddress()) {
        throw new BindRefusedException(language.get("refused.bindBeyond", bind));
      }
      return address;
    }
  }

  /**
   * The one-time code for the first-run setup: with login and no account yet, whoever opens {@code
   * /setup} and types it creates the first facilichair's account. Show it only where the server was
   * started, never in a log.
   *
   * @return the code; empty without login or once an account exists
   */
  public Optional<String> firstRunCode() {
    return routes.firstRunCode();
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /** The home page's address. */
  public URI uri() {
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Stops the server; captures in progress stay in their journals, to resume on the next start. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      routes.close();
    }
  }
}
