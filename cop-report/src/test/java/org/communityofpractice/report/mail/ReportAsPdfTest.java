package org.communityofpractice.report.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.pdf.PdfChecks;
import org.communityofpractice.report.pdf.PdfRenderer;
import org.communityofpractice.report.spi.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report attached as PDF when the settings ask for it, read back by mime4j and PDFBox: printed
 * once per circulation from the same publishable report the text and HTML come from.
 */
class ReportAsPdfTest {
  private static final SessionId SECOND = CommunityFixtures.PRISON_RELEASE_2;
  private static final String TITLE = "Leaving prison: the view from inside";
  private static final String UNCONSENTED_CAPTION =
      "The housing manager beside the zebra crossing.";

  @TempDir Path dir;

  @Test
  void eachMessageCarriesTheReportAsAPdfAttachmentPrintedOnce() throws IOException {
    AtomicInteger printed = new AtomicInteger();
    List<Path> written = send(CirculationFixtures.community(), SECOND, true, printed);
    assertThat(written).hasSize(3);
    assertThat(printed).as("printed once for three recipients").hasValue(1);

    for (Path eml : written) {
      Message m = CirculationFixtures.parse(eml);
      assertThat(m.getMimeType()).isEqualTo("multipart/mixed");
      List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
      assertThat(parts)
          .extracting(Entity::getMimeType)
          .containsExactly("multipart/alternative", "text/calendar", "application/pdf");
      Entity pdf = parts.get(2);
      assertThat(pdf.getDispositionType()).isEqualTo("attachment");
      assertThat(pdf.getContentTransferEncoding()).isEqualTo("base64");
      // decoded by mime4j from RFC 2231
      assertThat(pdf.getFilename())
          .isEqualTo(
              "Cymuned Ymarfer Stôk — @SoTCoP – Leaving prison the view from inside 2016-04-07.pdf");
      try (PDDocument document = PdfChecks.load(bytes(pdf))) {
        assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(TITLE);
      }
    }
    String raw = Files.readString(written.get(0), StandardCharsets.US_ASCII);
    assertThat(raw)
        .contains(
            "filename*=UTF-8''Cymuned%20Ymarfer%20St%C3%B4k%20%E2%80%94%20%40SoTCoP%20%E2%80%93");
    assertThat(raw)
        .doesNotContain("=?UTF-8?B?Q3ltdW5lZC"); // not an RFC 2047 word where RFC 2231 belongs
    String body = raw.substring(raw.indexOf("Content-Type: application/pdf"));
    body = body.substring(body.indexOf("\r\n\r\n") + 4, body.indexOf("\r\n--"));
    for (String line : body.split("\r\n")) {
      assertThat(line).hasSizeLessThanOrEqualTo(76).matches("[A-Za-z0-9+/=]+");
    }
    for (String line : raw.split("\r\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(998);
    }
  }

  @Test
  void withoutTheSettingThereIsNoPdfAndNothingIsPrinted() {
    AtomicInteger printed = new AtomicInteger();
    for (Path eml : send(CirculationFixtures.community(), SECOND, false, printed)) {
      List<Entity> parts = ((Multipart) CirculationFixtures.parse(eml).getBody()).getBodyParts();
      assertThat(parts)
          .extracting(Entity::getMimeType)
          .doesNotContain("application/pdf")
          .containsExactly("multipart/alternative", "text/calendar");
    }
    assertThat(printed).hasValue(0);
  }

  @Test
  void aPhotographIsInThePdfOnlyWithThePhotographedConsentOfEveryonePictured() throws IOException {
    Community pictured =
        withArtefact(
            CirculationFixtures.community(),
            Artefact.of(
                    "artefacts/2016-04/map.jpg",
                    UNCONSENTED_CAPTION,
                    "A map of Stoke with the housing manager pointing at it")
                .picturing(List.of(CommunityFixtures.HOUSING_MANAGER)));
    String without = pdfText(send(pictured, SECOND, true, new AtomicInteger()).get(0));
    assertThat(without).contains("The one-point-up ideas").doesNotContain("zebra crossing");

    Community consented =
        Community.builder()
            .from(pictured)
            .consent(
                pictured
                    .consent()
                    .grant(
                        ConsentTerms.builder()
                            .person(CommunityFixtures.HOUSING_MANAGER)
                            .purpose(ConsentPurpose.PHOTOGRAPHED)
                            .at(CommunityFixtures.SIGNED_IN)
                            .method(ConsentMethod.PAPER_ATTENDANCE_LIST)
                            .notice(NoticeVersion.of("2016-1"))
                            .recordedBy(Actor.role("facilitator"))
                            .build()))
            .build();
    String with =
        pdfText(send(consented, SECOND, true, new AtomicInteger(), dir.resolve("again")).get(0));
    assertThat(with).contains("zebra crossing");
  }

  @Test
  void aRedactedFindingIsOutOfThePdfAsOfTheText() throws IOException {
    Community named =
        withConclusion(
            CirculationFixtures.community(), "Robin Example will take this to the Board.");
    Circulation circulation = circulation(true, new AtomicInteger());
    Circulation.Plan plan = circulation.plan(named, SECOND);
    assertThat(plan.openFindings()).isNotEmpty();
    for (var f : plan.openFindings()) {
      plan = plan.redact(f.key(), Actor.role("chair"));
    }
    try (SendLog log = SendLog.open(dir.resolve("send-log.jsonl"))) {
      assertThat(circulation.send(plan, Delivery.outbox(dir.resolve("outbox")), log).isComplete())
          .isTrue();
    }
    String text = pdfText(CirculationFixtures.emls(dir.resolve("outbox")).get(0));
    assertThat(text).doesNotContain("Robin").contains("[removed] will take this to the Board.");
  }

  private List<Path> send(
      Community community, SessionId session, boolean pdf, AtomicInteger printed) {
    return send(community, session, pdf, printed, dir);
  }

  private static List<Path> send(
      Community community, SessionId session, boolean pdf, AtomicInteger printed, Path in) {
    Circulation circulation = circulation(pdf, printed);
    try (SendLog log = SendLog.open(in.resolve("send-log.jsonl"))) {
      CirculationResult result =
          circulation.send(
              circulation.plan(community, session), Delivery.outbox(in.resolve("outbox")), log);
      assertThat(result.isComplete()).isTrue();
    }
    return CirculationFixtures.emls(in.resolve("outbox"));
  }

  private static Circulation circulation(boolean pdf, AtomicInteger printed) {
    return Circulation.builder()
        .settings(CirculationFixtures.settingsBuilder().reportAsPdf(pdf).build())
        .clock(CirculationFixtures.clock())
        .pdf(new Counting(printed))
        .build();
  }

  private static String pdfText(Path eml) throws IOException {
    Entity pdf =
        ((Multipart) CirculationFixtures.parse(eml).getBody())
            .getBodyParts().stream()
                .filter(e -> e.getMimeType().equals("application/pdf"))
                .findFirst()
                .orElseThrow();
    try (PDDocument document = PdfChecks.load(bytes(pdf))) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static byte[] bytes(Entity part) throws IOException {
    try (InputStream in = ((BinaryBody) part.getBody()).getInputStream()) {
      return in.readAllBytes();
    }
  }

  private static Community withArtefact(Community c, Artefact artefact) {
    return withSession(
        c, Session.builder().from(c.session(SECOND).orElseThrow()).addArtefacts(artefact).build());
  }

  private static Community withConclusion(Community c, String text) {
    return withSession(
        c, Session.builder().from(c.session(SECOND).orElseThrow()).addConclusions(text).build());
  }

  private static Community withSession(Community c, Session changed) {
    return Community.builder()
        .from(c)
        .sessions(
            c.sessions().stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList())
        .build();
  }

  /** The pdf renderer, counting how often it prints. */
  private static final class Counting implements ReportRenderer {
    private final PdfRenderer pdf = new PdfRenderer();
    private final AtomicInteger printed;

    Counting(AtomicInteger printed) {
      this.printed = printed;
    }

    @Override
    public String format() {
      return pdf.format();
    }

    @Override
    public String mediaType() {
      return pdf.mediaType();
    }

    @Override
    public String fileExtension() {
      return pdf.fileExtension();
    }

    @Override
    public boolean writesText() {
      return false;
    }

    @Override
    public boolean isAvailable() {
      return pdf.isAvailable();
    }

    @Override
    public void render(Report report, Appendable output) {
      pdf.render(report, output);
    }

    @Override
    public void write(Report report, OutputStream output) {
      printed.incrementAndGet();
      pdf.write(report, output);
    }
  }
}
