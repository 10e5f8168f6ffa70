package org.communityofpractice.report.mail;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * A mail server to deliver through. The password is given by the caller (from an environment
 * variable or a secret store), never read from or written to the archive, and never shown by {@link
 * #toString()}.
 *
 * <pre>{@code
 * SmtpSettings smtp = SmtpSettings.parse(URI.create("smtp://cop@mail.example.org:587"),
 *     System.getenv().getOrDefault("COP_SMTP_PASSWORD", "").toCharArray());
 * }</pre>
 *
 * @param host the server
 * @param port its port
 * @param security how the connection is protected
 * @param username who to log in as, when the server wants a login
 * @param timeout how long to wait for the server at each step
 * @param messagesPerMinute at most this many messages a minute
 */
// the password is an array so the caller can clear it; the record copies it in and out, and
// compares and
// hides it itself (equals, hashCode, toString below)
@SuppressWarnings("ArrayRecordComponent")
public record SmtpSettings(
    String host,
    int port,
    Security security,
    Optional<String> username,
    Duration timeout,
    int messagesPerMinute,
    char[] password) {
  /**
   * How long to wait for the server: 30 seconds, cop's own default (long enough for a slow
   * provider, short enough that a dead connection does not hang a circulation).
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * At most 30 messages a minute: cop's own default, well under the sending limits small mail
   * providers set, so a community's list does not look like a burst of spam.
   */
  public static final int DEFAULT_MESSAGES_PER_MINUTE = 30;

  /** How the connection to the server is protected. */
  public enum Security {
    /** Plain connection upgraded with STARTTLS; refused when the server cannot. Port 587. */
    STARTTLS,
    /** TLS from the first byte. Port 465. */
    TLS,
    /** No protection: only for a relay on the same machine, or a test server. */
    NONE
  }

  /**
   * Checks every component and keeps a copy of the password.
   *
   * @param host the server; not blank; never {@literal null}
   * @param port its port, within 1..65535
   * @param security how the connection is protected; never {@literal null}
   * @param username who to log in as, or empty when the server wants no login; never {@literal
   *     null}
   * @param timeout how long to wait for the server at each step: positive; never {@literal null}
   * @param messagesPerMinute at most this many messages a minute: at least 1
   * @param password the password, copied; {@literal null} or empty when the server wants no login
   * @throws NullPointerException if a component other than the password is {@literal null}, naming
   *     it
   * @throws InvalidValueException naming the component that is blank, off its range or not positive
   */
  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw InvalidValueException.of("host", "must not be blank", host);
    }
    if (port < 1 || port > 65535) {
      throw InvalidValueException.of("port", "must be within 1..65535", port);
    }
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw InvalidValueException.of("timeout", "must be positive", timeout);
    }
    if (messagesPerMinute < 1) {
      throw InvalidValueException.of("messagesPerMinute", "must be at least 1", messagesPerMinute);
    }
    password = password == null ? new char[0] : password.clone();
  }

  /**
   * Reads {@code smtp://[user@]host[:port]} (STARTTLS, port 587), {@code smtps://…} (TLS, port 465)
   * or {@code smtp+insecure://…} (no protection, port 25), with the default timeout and rate.
   *
   * @param uri the server's address, without a password; never {@literal null}
   * @param password the password, empty when the server wants no login; copied
   * @return the settings; never {@literal null}
   * @throws NullPointerException if {@code uri} is {@literal null}
   * @throws InvalidValueException naming {@code smtp} when the scheme is none of the three, no host
   *     is named or the address holds a password (never shown)
   */
  public static SmtpSettings parse(URI uri, char[] password) {
    Objects.requireNonNull(uri, "uri");
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    Security security;
    int port;
    switch (scheme) {
      case "smtp" -> {
        security = Security.STARTTLS;
        port = 587;
      }
      case "smtps" -> {
        security = Security.TLS;
        port = 465;
      }
      case "smtp+insecure" -> {
        security = Security.NONE;
        port = 25;
      }
      default ->
          throw InvalidValueException.of(
              "smtp", "must start smtp://, smtps:// or smtp+insecure://", scheme);
    }
    if (uri.getHost() == null) {
      throw InvalidValueException.of(
          "smtp", "must name a host, such as smtp://mail.example.org", uri.getScheme());
    }
    Optional<String> user =
        Optional.ofNullable(uri.getRawUserInfo())
            .map(u -> u.contains(":") ? u.substring(0, u.indexOf(':')) : u)
            .map(u -> URLDecoder.decode(u, StandardCharsets.UTF_8));
    if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
      throw InvalidValueException.of(
          "smtp", "must not hold a password; give it separately", "(withheld)");
    }
    return new SmtpSettings(
        uri.getHost(),
        uri.getPort() > 0 ? uri.getPort() : port,
        security,
        user,
        DEFAULT_TIMEOUT,
        DEFAULT_MESSAGES_PER_MINUTE,
        password);
  }

  /**
   * These settings with another timeout.
   *
   * @param value how long to wait for the server at each step: positive; never {@literal null}
   * @return new settings; these are unchanged
   * @throws NullPointerException if {@code value} is {@literal null}
   * @throws InvalidValueException naming {@code timeout} if it is not positive
   */
  public SmtpSettings withTimeout(Duration value) {
    return new SmtpSettings(host, port, security, username, value, messagesPerMinute, password);
  }

  /**
   * These settings with another rate.
   *
   * @param value at most this many messages a minute: at least 1
   * @return new settings; these are unchanged
   * @throws InvalidValueException naming {@code messagesPerMinute} if it is below 1
   */
  public SmtpSettings withMessagesPerMinute(int value) {
    return new SmtpSettings(host, port, security, username, timeout, value, password);
  }

  /**
   * A copy of the password; the caller may clear it after use.
   *
   * @return the password, empty when there is none; never {@literal null}
   */
  @Override
  public char[] password() {
    return password.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmtpSettings s
        && host.equals(s.host)
        && port == s.port
        && security == s.security
        && username.equals(s.username)
        && timeout.equals(s.timeout)
        && messagesPerMinute == s.messagesPerMinute
        && Arrays.equals(password, s.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, security, username, timeout, messagesPerMinute);
  }

  @Override
  public String toString() {
    return "SmtpSettings["
        + security
        + " "
        + host
        + ":"
        + port
        + (username.isPresent() ? ", with login" : "")
        + "]";
  }
}
