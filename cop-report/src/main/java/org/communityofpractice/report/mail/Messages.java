package org.communityofpractice.report.mail;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentBasis;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.report.calendar.InvitationCalendar;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.text.TextRenderer;

/**
 * What a circulation's messages say: the report rendered once as text and HTML, and around it for
 * each recipient the greeting, the thanks, the invitation to the next session, why they receive it
 * and how to stop. Every word of it is in the report's language, from the {@code mail.*} and {@code
 * calendar.*} labels; the headers that are not text for people (List-Id, Message-ID) stay ASCII.
 */
final class Messages {
  private static final TextRenderer TEXT = TextRenderer.builder().width(72).build();
  private static final HtmlRenderer HTML = new HtmlRenderer();

  private final Community community;
  private final CirculationSettings settings;
  private final Report report;
  private final Labels labels;
  private final String reportText;
  private final String reportHtml;
  private final String subject;
  private final Optional<String> ics;
  private final String listId;
  private final boolean toDecisionMakers;
  private final Optional<MessageWriter.Pdf> pdf;

  /**
   * @param pdf the report printed as PDF, once for the whole circulation, when the settings ask for
   *     it
   */
  Messages(
      Community community,
      Report report,
      CalendarEntry entry,
      CirculationSettings settings,
      InvitationCalendar calendar,
      boolean toDecisionMakers,
      Optional<byte[]> pdf) {
    this.toDecisionMakers = toDecisionMakers;
    this.community = community;
    this.settings = settings;
    this.report = report;
    this.labels = Labels.forLanguage(report.language());
    this.reportText = TEXT.render(report);
    this.reportHtml = HTML.render(report);
    this.subject = subject();
    this.listId = listId();
    this.ics =
        invitation()
            .map(
                i ->
                    calendar.write(
                        i,
                        entry.uid(),
                        entry.sequence(),
                        labels.format("calendar.summary", report.community()),
                        directions()));
    this.pdf = pdf.map(bytes -> new MessageWriter.Pdf(bytes, pdfFileName()));
  }

  /** The calendar entry's stable id and its sequence number. */
  record CalendarEntry(String uid, int sequence) {}

  Optional<Invitation> invitation() {
    return report.nextSession();
  }

  /**
   * What, when changed, makes the calendar entry a new version: when (start and any agreed end) and
   * where.
   */
  static String details(Invitation i) {
    return i.startsAt().toInstant()
        + "\n"
        + i.venue()
        + "\n"
        + i.address().orElse("")
        + i.endsAt().map(e -> "\n" + e.toInstant()).orElse("");
  }

  private String subject() {
    if (report instanceof SessionReport s) {
      return labels.format(
          "mail.subject.session",
          report.community(),
          s.title().orElse(s.topic()),
          labels.dateTime("mail.format.date", s.startsAt()));
    }
    SeriesReport s = (SeriesReport) report;
    return labels.format(
        toDecisionMakers ? "mail.subject.findings" : "mail.subject.series",
        report.community(),
        s.title());
  }

  /**
   * The most a PDF's file name says before {@code .pdf}, in characters: cop's own, so no header
   * line nears 998.
   */
  private static final int FILE_NAME_LENGTH = 80;

  /**
   * The PDF's file name: the community and what the report is of (and a session's date), without
   * the characters some file systems refuse, at most {@value #FILE_NAME_LENGTH} characters.
   */
  private String pdfFileName() {
    String what =
        report instanceof SessionReport s
            ? s.title().orElse(s.topic()) + " " + s.startsAt().toLocalDate()
            : ((SeriesReport) report).title();
    String name =
        (report.community() + " – " + what)
            .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
            .replaceAll("\\s+", " ")
            .strip();
    if (name.codePointCount(0, name.length()) > FILE_NAME_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, FILE_NAME_LENGTH)).strip();
    }
    return name + ".pdf";
  }

  private String listId() {
    String name = report.community();
    String phrase =
        name.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
            ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
            : MessageWriter.words(name);
    return phrase
        + " <"
        + community.id().value().toLowerCase(Locale.ROOT)
        + ".list."
        + settings.domain()
        + ">";
  }

  /** The message for one person. */
  MessageWriter.Content content(String name, Optional<ConsentEvent> grant) {
    return content(name, why(grant));
  }

  /**
   * The message for an organisation among a series' decision makers, written to at its generic
   * address: no consent to name, so it says where the address came from instead.
   */
  MessageWriter.Content organisationContent(String name) {
    return content(name, labels.format("mail.why.organisation", report.community(), name));
  }

  private MessageWriter.Content content(String name, String why) {
    String greeting =
        name.isBlank() ? labels.get("mail.greeting") : labels.format("mail.greeting.named", name);
    String thanks = thanks();
    String invite = invite();
    String stop = stop();
    String text =
        greeting
            + "\n\n"
            + thanks
            + "\n\n"
            + invite
            + "\n\n"
            + reportText.strip()
            + "\n\n-- \n"
            + why
            + "\n"
            + stop
            + "\n";
    String section =
        "<section class=\"circulation\"><p>"
            + esc(greeting)
            + "</p><p>"
            + esc(thanks)
            + "</p><p>"
            + esc(invite)
            + "</p></section>\n";
    String footer =
        "<footer class=\"circulation\"><p>" + esc(why) + "</p><p>" + esc(stop) + "</p></footer>\n";
    return new MessageWriter.Content(
        subject,
        text,
        inject(reportHtml, section, footer),
        ics,
        labels.format("mail.attachment.calendar", report.community()) + ".ics",
        listId,
        pdf);
  }

  private String thanks() {
    if (toDecisionMakers) {
      return labels.format(
          "mail.thanks.findings", ((SeriesReport) report).title(), report.community());
    }
    if (report instanceof SessionReport s) {
      return labels.format(
          "mail.thanks.session",
          report.community(),
          labels.date(s.startsAt()),
          s.title().orElse(s.topic()));
    }
    return labels.format("mail.thanks.series", ((SeriesReport) report).title());
  }

  private String invite() {
    Optional<Invitation> next = invitation();
    if (next.isEmpty()) {
      return labels.get("mail.invitation.none");
    }
    Invitation i = next.get();
    ZonedDateTime at = i.startsAt().withZoneSameInstant(settings.zone());
    String where = i.venue() + i.address().map(a -> ", " + a).orElse("");
    String date = labels.date(at);
    String time = labels.dateTime("mail.format.time", at);
    String invitation =
        i.topic()
            .map(t -> labels.format("mail.invitation.topic", date, time, where, t))
            .orElseGet(() -> labels.format("mail.invitation", date, time, where));
    return invitation
        + directions().transform(d -> d.isEmpty() ? "" : " " + d)
        + " "
        + labels.get("mail.invitation.attached");
  }

  private String directions() {
    StringBuilder d = new StringBuilder();
    settings.directions().ifPresent(d::append);
    settings.accessibility().ifPresent(a -> d.append(d.length() > 0 ? " " : "").append(a));
    return d.toString();
  }

  private String why(Optional<ConsentEvent> grant) {
    if (grant.isEmpty()) {
      return labels.format("mail.why.list", report.community());
    }
    LocalDate on = LocalDate.ofInstant(grant.get().at(), ZoneOffset.UTC);
    String when = labels.dateTime("mail.format.date", on);
    if (toDecisionMakers) {
      return labels.format("mail.why.findings", when, report.community());
    }
    return grant.get().terms().basis() == ConsentBasis.SOFT_OPT_IN
        ? labels.format("mail.why.softOptIn", report.community(), when)
        : labels.format("mail.why.consent", when, report.community());
  }

  private String stop() {
    return settings
        .unsubscribeLink()
        .map(
            link -> labels.format("mail.stop.link", settings.unsubscribeAddress(), link.toString()))
        .orElseGet(() -> labels.format("mail.stop", settings.unsubscribeAddress()));
  }

  private static String inject(String html, String afterBody, String beforeEnd) {
    int body = html.indexOf("<body");
    int open = body < 0 ? -1 : html.indexOf('>', body);
    int end = html.lastIndexOf("</body>");
    if (open < 0 || end < open) {
      return afterBody + html + beforeEnd;
    }
    return html.substring(0, open + 1)
        + "\n"
        + afterBody
        + html.substring(open + 1, end)
        + beforeEnd
        + html.substring(end);
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
