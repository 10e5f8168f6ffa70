package org.communityofpractice.report.spi.thirdparty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;

/** A third-party renderer registered from the test class path: the community's name, shouted. */
public final class ShoutingRenderer implements ReportRenderer {
  @Override
  public String format() {
    return "shout";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String fileExtension() {
    return "shout";
  }

  @Override
  public void render(Report report, Appendable output) {
    try {
      output.append(report.community().toUpperCase(Locale.ROOT)).append('!');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
