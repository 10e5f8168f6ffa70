package org.communityofpractice.report.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * One message, built by Jakarta Mail: {@code multipart/mixed} holding a {@code
 * multipart/alternative} (plain text, HTML, and the calendar entry), the calendar entry again as an
 * {@code .ics} attachment and, when asked for, the report as a PDF attachment. Headers the library
 * does not fold are folded here, so no line is longer than 78 characters.
 */
final class MessageWriter {
  private final CirculationSettings settings;
  private final Session session;

  MessageWriter(CirculationSettings settings, Session session) {
    this.settings = settings;
    this.session = session;
  }

  /** What one message says, apart from its recipient. */
  record Content(
      String subject,
      String text,
      String html,
      Optional<String> ics,
      String icsFileName,
      String listId,
      Optional<Pdf> pdf) {}

  /** The report printed once for a circulation, and the name its attachment goes by. */
  // the bytes pass through to the attachment untouched; a Pdf is never compared or hashed
  @SuppressWarnings("ArrayRecordComponent")
  record Pdf(byte[] bytes, String fileName) {}

  MimeMessage write(
      Content content, String toAddress, String toName, String messageId, Instant date)
      throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, messageId);
    message.setFrom(address(settings.fromAddress(), settings.fromName()));
    if (settings.replyTo().isPresent()) {
      message.setReplyTo(new Address[] {address(settings.replyTo().get(), settings.fromName())});
    }
    message.setRecipient(Message.RecipientType.TO, address(toAddress, toName));
    message.setHeader("Subject", words(content.subject()));
    message.setSentDate(Date.from(date));
    header(message, "List-Id", content.listId());
    StringBuilder unsubscribe =
        new StringBuilder("<mailto:" + settings.unsubscribeAddress() + "?subject=unsubscribe>");
    settings
        .unsubscribeLink()
        .ifPresent(link -> unsubscribe.append(", <").append(link).append('>'));
    header(message, "List-Unsubscribe", unsubscribe.toString());
    if (settings.unsubscribeLink().isPresent()) {
      header(message, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    header(message, "Auto-Submitted", "auto-generated");

    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(textPart(content.text(), "plain"));
    alternative.addBodyPart(textPart(content.html(), "html"));
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    if (content.ics().isPresent()) {
      byte[] ics = content.ics().get().getBytes(StandardCharsets.UTF_8);
      MimeBodyPart inline = new MimeBodyPart();
      inline.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(ics, "text/calendar; charset=UTF-8; method=PUBLISH")));
      alternative.addBodyPart(inline);
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(new ByteArrayDataSource(ics, "text/calendar; charset=UTF-8")));
      attachment.setDisposition(Part.ATTACHMENT);
      attachment.setFileName(content.icsFileName());
      mixed.addBodyPart(attachment);
    }
    if (content.pdf().isPresent()) {
      MimeBodyPart pdf = new MimeBodyPart();
      pdf.setDataHandler(
          new DataHandler(new ByteArrayDataSource(content.pdf().get().bytes(), "application/pdf")));
      pdf.setDisposition(Part.ATTACHMENT);
      // the library writes a name that is not ASCII as an RFC 2231 parameter
      pdf.setFileName(content.pdf().get().fileName());
      // base64, lines of 76: what a PDF's bytes need whatever the library would guess
      pdf.setHeader("Content-Transfer-Encoding", "base64");
      mixed.addBodyPart(pdf);
    }
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }

  /**
   * Text for a header: folded as it is when ASCII, else as RFC 2047 encoded words short enough that
   * no line passes 76 characters (Jakarta Mail's own encoding makes words up to 75 characters long,
   * which with the header's name passes it).
   */
  static String words(String text) {
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return MimeUtility.fold(10, text);
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      String word = "";
      while (end < text.length()) {
        int next = text.offsetByCodePoints(end, 1);
        String candidate = encode(text.substring(start, next));
        if (candidate.length() > 60 && end > start) {
          break;
        }
        word = candidate;
        end = next;
      }
      out.append(out.length() == 0 ? "" : "\r\n ").append(word);
      start = end;
    }
    return out.toString();
  }

  /**
   * One RFC 2047 "Q" encoded word, always encoded: Jakarta Mail's {@code encodeWord} leaves ASCII
   * text as it is, and a plain word between encoded words would change the spacing a reader sees.
   */
  private static String encode(String text) {
    StringBuilder word = new StringBuilder("=?UTF-8?Q?");
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == ' ') {
        word.append('_');
      } else if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!*+-/".indexOf(c) >= 0) {
        word.append((char) c);
      } else {
        word.append('=')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return word.append("?=").toString();
  }

  private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, "UTF-8", subtype);
    // quoted-printable keeps lines short and text readable; Jakarta Mail would pick base64 for
    // text that is mostly not ASCII, which is just as correct
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return part;
  }

  private static InternetAddress address(String address, String name) throws MessagingException {
    try {
      InternetAddress a = new InternetAddress(address, name, "UTF-8");
      a.validate();
      return a;
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  private static void header(MimeMessage message, String name, String value)
      throws MessagingException {
    message.setHeader(name, MimeUtility.fold(name.length() + 2, value));
  }

  /** A message whose {@code Message-ID} is the circulation's, not a fresh one on each save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
