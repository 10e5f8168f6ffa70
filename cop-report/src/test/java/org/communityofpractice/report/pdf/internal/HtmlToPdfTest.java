package org.communityofpractice.report.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToPdfTest {
  @Test
  void overflowWrapIsWrittenAsThePrinterKnowsIt() {
    assertThat(
            HtmlToPdf.inPrintersWords(
                "body { overflow-wrap: anywhere; } p { overflow-wrap:break-word }"
                    + " .x { my-overflow-wrap: anywhere }"))
        .isEqualTo(
            "body { word-wrap: break-word; } p { word-wrap: break-word }"
                + " .x { my-overflow-wrap: anywhere }");
  }
}
