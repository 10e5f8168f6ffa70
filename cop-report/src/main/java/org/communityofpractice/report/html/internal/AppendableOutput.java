package org.communityofpractice.report.html.internal;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;

/** jte's output onto any {@link Appendable}; an {@link IOException} comes out unchecked. */
public final class AppendableOutput implements TemplateOutput {
  private final Appendable out;

  public AppendableOutput(Appendable out) {
    this.out = out;
  }

  @Override
  public void writeContent(String value) {
    if (out instanceof StringBuilder builder) {
      builder.append(value);
      return;
    }
    try {
      out.append(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    if (out instanceof StringBuilder builder) {
      builder.append(value, beginIndex, endIndex);
      return;
    }
    try {
      out.append(value, beginIndex, endIndex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
