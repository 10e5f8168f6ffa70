package org.communityofpractice.report.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
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
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
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

  private static final Pattern OVERFLOW_WRAP =
      Pattern.compile("(?<![-\\w])overflow-wrap\\s*:\\s*(?:anywhere|break-word)");

  private HtmlToPdf() {}

  /**
   * Whether the libraries this printing needs (openhtmltopdf with PDFBox and its SVG support,
   * jsoup) are on the class path.
   */
  public static boolean available() {
    try {
      readPrinting();
      Class.forName("org.jsoup.Jsoup", false, HtmlToPdf.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Makes this module read openhtmltopdf's three modules, wherever they are (named from their jars'
   * file names on a module path, or the class path's unnamed module): module-info cannot require
   * them, since a published module must not name a module by its jar's file name. Called before any
   * of their classes is used here, so none is resolved unread.
   *
   * @throws ClassNotFoundException when openhtmltopdf is not there
   */
  private static void readPrinting() throws ClassNotFoundException {
    Module self = HtmlToPdf.class.getModule();
    ClassLoader loader = HtmlToPdf.class.getClassLoader();
    for (String printing :
        new String[] {
          "com.openhtmltopdf.util.XRLog",
          "com.openhtmltopdf.pdfboxout.PdfRendererBuilder",
          "com.openhtmltopdf.svgsupport.BatikSVGDrawer"
        }) {
      Module module = Class.forName(printing, false, loader).getModule();
      if (self.isNamed() && !self.canRead(module)) {
        self.addReads(module);
      }
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
    try {
      readPrinting();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("openhtmltopdf, which prints PDF, is not there", e);
    }
    Slf4jXRLogger.install();
    Document document = Jsoup.parse(html);
    String language = document.selectFirst("html").attr("lang");
    String title = document.title();
    forPrint(document, page);
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
              .withW3cDocument(new W3CDom().fromJsoup(document), null);
      font(builder, ShippedFonts.REGULAR, 400);
      font(builder, ShippedFonts.BOLD, 700);
      // the document stays open after printing, so its dates and identifier are set before the one
      // save (rather than saving, reading the bytes back and saving again)
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        finish(
            renderer.createPDFKeepOpen(),
            language,
            title,
            page.dated(),
            identifier(html, page),
            output);
      }
      output.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder, byte[] file, int weight) {
    builder.useFont(
        () -> new ByteArrayInputStream(file),
        FONT,
        weight,
        FontStyle.NORMAL,
        true,
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL));
  }

  /** The shipped font files, read from the jar once, on the first printing. */
  private static final class ShippedFonts {
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private static byte[] read(String file) {
      try (InputStream in = HtmlToPdf.class.getResourceAsStream(FONTS + file)) {
        if (in == null) {
          throw new IllegalStateException("cop-report's font " + file + " is missing from its jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The page as print wants it: the shipped font everywhere, the paper and the page numbers, a
   * description, and the page's style in the words the printer knows.
   */
  private static void forPrint(Document document, PageSetup page) {
    // the printer takes the PDF's subject (its description) from here, and warns on every printing
    // without one
    if (document.selectFirst("meta[name=subject]") == null) {
      document
          .head()
          .appendElement("meta")
          .attr("name", "subject")
          .attr("content", document.title());
    }
    for (Element style : document.select("style")) {
      String css = style.data();
      String printed = inPrintersWords(css);
      if (!printed.equals(css)) {
        style.empty().appendChild(new DataNode(printed));
      }
    }
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
   * The page's CSS with {@code overflow-wrap} as {@code word-wrap: break-word}, the name the
   * printer knows (it ignores the other with a warning on every printing). The page keeps {@code
   * overflow-wrap: anywhere} for browsers, where it differs from {@code break-word} in how narrow a
   * table column may get; its page breaks use the names both read ({@code page-break-…}).
   */
  static String inPrintersWords(String css) {
    return OVERFLOW_WRAP.matcher(css).replaceAll("word-wrap: break-word");
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

  /**
   * Sets the printed document's dates to {@code dated}, its language, title and identifier, and
   * saves it to {@code output}, so the same page prints to the same bytes.
   */
  private static void finish(
      PDDocument document,
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
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
    // no object streams: qpdf then finds the cross-reference table exactly as written
    document.save(output, CompressParameters.NO_COMPRESSION);
  }
}
