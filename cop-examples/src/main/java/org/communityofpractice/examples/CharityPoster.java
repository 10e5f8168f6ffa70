package org.communityofpractice.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * A charity's poster of the prison release series for its noticeboard, made by its own renderer
 * ({@link org.communityofpractice.examples.poster.PosterRenderer}) found through the renderer SPI
 * like any built-in format: the SDK needs no change to print it.
 *
 * <pre>{@code
 * String html = CharityPoster.poster(); // a one-page A4 poster
 * }</pre>
 */
public final class CharityPoster {
  private CharityPoster() {}

  /** Writes the poster to the file given as the first argument (default {@code poster.html}). */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "poster.html");
    Files.writeString(file, poster(), StandardCharsets.UTF_8);
    System.out.println("wrote " + file);
  }

  /** The series report of the prison release series, through the disclosure policy, as a poster. */
  public static String poster() {
    // a fixed instant so the poster prints the same each time; withdrawals made since are honoured
    // all the same (DisclosurePolicy judges consent at publishing too), so it never names more than
    // today's consent allows. A charity printing its own poster passes Instant.now().
    SeriesReport report =
        ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2016-06-01T09:00:00Z")))
            .series(GuideExample.community(), PrisonReleaseSeries.SERIES);
    return ReportRenderers.load().get("poster").render(report);
  }
}
