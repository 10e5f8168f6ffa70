package org.communityofpractice.report.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints one of cop's own HTML pages (a report, the aide-memoire) as a tagged PDF/UA-1 and PDF/A-3a
 * document: the page's language, its title shown as the window title, a structure tree from the
 * HTML's headings, lists, tables and figures, the SVG charts as figures with their title and
 * description as alternative text, DejaVu Sans embedded, and page numbers at the foot.
 *
 * <p>Only cop's own pages are printed: nothing is fetched while printing (no file, no network). The
 * same page gives the same bytes: the document's dates are the date the caller gives (the report's
 * own), not the clock's, and its identifier does not depend on the time either.
 */
public final class HtmlToPdf {
  /**
   * The font every printed page uses, shipped with cop-report (Bitstream Vera licence: embedding
   * allowed).
   */
  public static final String FONT = "DejaVu Sans";

  private static final String FONTS = "/org/communityofpractice/report/pdf/internal/fonts/";

  private HtmlToPdf() {}

  /**
   * Whether the libraries this printing needs (openhtmltopdf with PDFBox and its SVG support,
   * jsoup) are on the class path.
   */
  public static boolean available() {
    try {
      ClassLoader loader = HtmlToPdf.class.getClassLoader();
      Class.forName("com.openhtmltopdf.pdfboxout.PdfRendererBuilder", false, loader);
      Class.forName("com.openhtmltopdf.svgsupport.BatikSVGDrawer", false, loader);
      Class.forName("org.jsoup.Jsoup", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Prints {@code html} to {@code output}.
   *
   * @param html a whole HTML page of cop's own, with {@code lang} and {@code <title>}
   * @param page the page's size and the words of its page numbers
   * @param output where the PDF goes; flushed, not closed
   */
  public static void write(String html, PageSetup page, OutputStream output) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(output, "output");
    Slf4jXRLogger.install();
    Document document = Jsoup.parse(html);
    String language = document.selectFirst("html").attr("lang");
    String title = document.title();
    forPrint(document, page);
    ByteArrayOutputStream printed = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder =
          new PdfRendererBuilder()
              .usePdfUaAccessibility(true)
              .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
              .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
              .useSVGDrawer(
                  new BatikSVGDrawer(
                      BatikSVGDrawer.SvgScriptMode.SECURE,
                      BatikSVGDrawer.SvgExternalResourceMode.SECURE))
              // the page's own data: images only; nothing from a file or the network
              .useExternalResourceAccessControl(
                  (uri, type) -> uri != null && uri.startsWith("data:"),
                  ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
              .withProducer("cop")
              .withW3cDocument(new W3CDom().fromJsoup(document), null)
              .toStream(printed);
      font(builder, "DejaVuSans.ttf", 400);
      font(builder, "DejaVuSans-Bold.ttf", 700);
      builder.run();
      fixDates(
          printed.toByteArray(), language, title, page.dated(), identifier(html, page), output);
      output.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder, String file, int weight) {
    builder.useFont(
        () -> resource(file),
        FONT,
        weight,
        FontStyle.NORMAL,
        true,
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
  }

  private static InputStream resource(String file) {
    InputStream in = HtmlToPdf.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("cop-report's font " + file + " is missing from its jar");
    }
    return in;
  }

  /** The page as print wants it: the shipped font everywhere, the paper and the page numbers. */
  private static void forPrint(Document document, PageSetup page) {
    Element style = document.head().appendElement("style");
    style.appendText(page.css(FONT));
    // a chart is one figure, read by its title and description (the printer takes a figure's
    // alternative text from an alt attribute, as on an image)
    for (Element svg : document.select("svg[role=img]")) {
      String alt = (svg.select("> title").text() + ". " + svg.select("> desc").text()).trim();
      svg.attr("alt", alt);
    }
    // a link's address after its text is for paper read by eye; in a PDF the link itself works
    for (Element link : document.select("a[href]")) {
      link.attr("class", (link.attr("class") + " printed").trim());
    }
  }

  /**
   * The document's identifier: a digest of what was printed, so it is the same on every printing.
   */
  private static byte[] identifier(String html, PageSetup page) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(html.getBytes(StandardCharsets.UTF_8));
      md5.update(page.toString().getBytes(StandardCharsets.UTF_8));
      return md5.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has MD5", e);
    }
  }

  /** Sets the document's dates to {@code dated}, so the same page prints to the same bytes. */
  private static void fixDates(
      byte[] pdf,
      String language,
      String title,
      Optional<Instant> dated,
      byte[] id,
      OutputStream output)
      throws IOException {
    Calendar date = null;
    if (dated.isPresent()) {
      date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.setTimeInMillis(dated.get().toEpochMilli());
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setCreationDate(date);
      info.setModificationDate(date);
      info.setTitle(title);
      if (!language.isEmpty()) {
        document.getDocumentCatalog().setLanguage(language);
      }
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      if (metadata != null) {
        metadata.importXMPMetadata(Xmp.withFixedDates(metadata.toByteArray(), dated));
      }
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      COSDictionary trailer = document.getDocument().getTrailer();
      trailer.setItem(COSName.ID, ids);
      // Loading keeps the first printing's cross-reference stream dictionary as the trailer; its
      // /Length (and /Filter, /W, /Index) describe a stream this save does not write, and that
      // length
      // changed from one printing to the next, so the same page gave different bytes now and then.
      for (COSName stale :
          new COSName[] {
            COSName.TYPE,
            COSName.LENGTH,
            COSName.FILTER,
            COSName.DECODE_PARMS,
            COSName.W,
            COSName.INDEX,
            COSName.PREV,
            COSName.XREF_STM
          }) {
        trailer.removeItem(stale);
      }
      // no object streams: qpdf then finds the cross-reference table exactly as written
      document.save(output, CompressParameters.NO_COMPRESSION);
    }
  }
}
