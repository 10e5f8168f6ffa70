package org.communityofpractice.report.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.communityofpractice.core.topic.RecipientId;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Delivery through a mail server over one connection, reconnecting when it drops, at a set rate.
 */
final class Smtp extends Delivery {
  private final SmtpSettings settings;
  private Transport transport;
  private long lastSentNanos;

  Smtp(SmtpSettings settings) {
    this.settings = settings;
  }

  @Override
  Properties properties() {
    Properties p = new Properties();
    String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
    String millis = Long.toString(settings.timeout().toMillis());
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty("mail." + protocol + ".host", settings.host());
    p.setProperty("mail." + protocol + ".port", Integer.toString(settings.port()));
    p.setProperty("mail." + protocol + ".connectiontimeout", millis);
    p.setProperty("mail." + protocol + ".timeout", millis);
    p.setProperty("mail." + protocol + ".writetimeout", millis);
    p.setProperty("mail." + protocol + ".auth", Boolean.toString(settings.username().isPresent()));
    if (settings.security() == SmtpSettings.Security.STARTTLS) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    }
    if (settings.security() != SmtpSettings.Security.NONE) {
      p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }

  @Override
  void open(jakarta.mail.Session session) throws Unavailable {
    try {
      transport = session.getTransport();
      connect();
    } catch (MessagingException e) {
      throw new Unavailable(
          "the mail server " + settings.host() + " cannot be reached: " + reason(e), e);
    }
  }

  private void connect() throws MessagingException {
    char[] password = settings.password();
    try {
      transport.connect(
          settings.host(),
          settings.port(),
          settings.username().orElse(null),
          settings.username().isPresent() ? new String(password) : null);
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  @Override
  boolean arrived(String circulation, RecipientId recipient) {
    return false; // a server does not say; the message goes again, with the same Message-ID
  }

  @Override
  void deliver(MimeMessage message, String circulation, RecipientId recipient)
      throws Refused, Unavailable {
    pace();
    try {
      if (!transport.isConnected()) {
        connect();
      }
      transport.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException e) {
      int code = code(e);
      if (code >= 500 && code < 600) {
        throw new Refused(Integer.toString(code), e);
      }
      throw new Unavailable("the mail server did not take the message: " + reason(e), e);
    } catch (MessagingException e) {
      throw new Unavailable("the mail server did not take the message: " + reason(e), e);
    }
  }

  /** Keeps to the rate: one message every {@code 60 s / messagesPerMinute}. */
  private void pace() {
    long gap = 60_000_000_000L / settings.messagesPerMinute();
    long wait = lastSentNanos == 0 ? 0 : lastSentNanos + gap - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lastSentNanos = System.nanoTime();
  }

  /** The server's reply code, from the exception chain; 0 when there is none. */
  private static int code(MessagingException e) {
    for (Exception x = e;
        x != null;
        x = x instanceof MessagingException m ? m.getNextException() : null) {
      if (x instanceof SMTPAddressFailedException a) {
        return a.getReturnCode();
      }
      if (x instanceof SMTPSendFailedException s) {
        return s.getReturnCode();
      }
    }
    return 0;
  }

  /** Why, without addresses: the exception's kind and the server's code. */
  private static String reason(MessagingException e) {
    int code = code(e);
    return e.getClass().getSimpleName() + (code > 0 ? " " + code : "");
  }

  @Override
  void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // the messages are already recorded; a failed goodbye changes nothing
      }
    }
  }

  @Override
  public String toString() {
    return "mail server " + settings.host() + ":" + settings.port();
  }
}
