package org.communityofpractice.report.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToPdfTest {
  @Test
  void thePrintersWordsAreTheOlderNamesBrowsersReadToo() {
    assertThat(
            HtmlToPdf.inPrintersWords(
                "h2 { break-after:avoid; } li { page-break-inside: avoid; break-inside : avoid }"
                    + " body { overflow-wrap: anywhere; } p { overflow-wrap: break-word }"
                    + " .x { my-break-after: avoid }"))
        .isEqualTo(
            "h2 { page-break-after: avoid; } li { page-break-inside: avoid; page-break-inside:"
                + " avoid } body { word-wrap: break-word; } p { word-wrap: break-word }"
                + " .x { my-break-after: avoid }");
  }
}
