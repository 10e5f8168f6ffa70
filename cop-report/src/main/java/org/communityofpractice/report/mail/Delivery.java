package org.communityofpractice.report.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Objects;
import org.communityofpractice.core.topic.RecipientId;

/**
 * Where messages go: an outbox folder of {@code .eml} files the charity sends from its own mail
 * client (the default), or a mail server.
 *
 * <pre>{@code
 * Delivery outbox = Delivery.outbox(folder.resolve("outbox"));
 * char[] password = System.getenv().getOrDefault("COP_SMTP_PASSWORD", "").toCharArray();
 * Delivery smtp = Delivery.smtp(SmtpSettings.parse(URI.create("smtp://cop@mail.example.org"), password));
 * }</pre>
 */
public abstract class Delivery {
  Delivery() {}

  /**
   * Writes each message as an {@code .eml} file into {@code <folder>/<circulation>/}, atomically: a
   * file there is a whole message.
   *
   * @param folder the outbox folder, created when needed; never {@literal null}
   * @return the delivery; never {@literal null}
   * @throws NullPointerException if {@code folder} is {@literal null}
   */
  public static Delivery outbox(Path folder) {
    return new Outbox(Objects.requireNonNull(folder, "folder"));
  }

  /**
   * Delivers each message through a mail server.
   *
   * @param settings the server, its security and login; never {@literal null}
   * @return the delivery; never {@literal null}
   * @throws NullPointerException if {@code settings} is {@literal null}
   */
  public static Delivery smtp(SmtpSettings settings) {
    return new Smtp(Objects.requireNonNull(settings, "settings"));
  }

  /** Starts a batch: connects, creates folders. */
  abstract void open(jakarta.mail.Session session) throws Unavailable;

  /**
   * Whether a message attempted before (and not recorded as delivered) is known to have arrived.
   */
  abstract boolean arrived(String circulation, RecipientId recipient);

  /** Delivers one message. */
  abstract void deliver(MimeMessage message, String circulation, RecipientId recipient)
      throws Refused, Unavailable;

  /** Ends a batch. */
  abstract void close();

  /** The mail session properties this delivery needs. */
  abstract java.util.Properties properties();

  /**
   * The server refused this one message for good (5xx): do not try it again in this circulation.
   */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String code, MessagingException cause) {
      super(code, cause);
    }
  }

  /** The outbox or the server cannot take messages now: stop, and send the rest on a rerun. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String reason, Exception cause) {
      super(reason, cause);
    }
  }
}
