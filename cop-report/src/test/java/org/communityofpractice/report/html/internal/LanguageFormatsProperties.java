package org.communityofpractice.report.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.communityofpractice.report.spi.Labels;

/** The HTML view's shared formatters write numbers and labels exactly as {@link Labels} does. */
class LanguageFormatsProperties {
  private static final Labels EN_GB = Labels.forLanguage("en-GB");
  private static final LanguageFormats FORMATS = new LanguageFormats(EN_GB);

  @Property(tries = 2000)
  void sharesOfARoomArePercentagesAsTheLabelsWriteThem(
      @ForAll @IntRange(min = 0, max = 400) int k, @ForAll @IntRange(min = 1, max = 400) int n) {
    double share = Math.min(k, n) / (double) n;
    assertThat(new HtmlView(FORMATS).percent(share)).isEqualTo(EN_GB.percent(share));
  }

  @Property(tries = 2000)
  void numbersAreWrittenAsTheLabelsWriteThem(
      @ForAll @DoubleRange(min = -2000, max = 2000) double value) {
    double quarter = Math.round(value * 4) / 4.0;
    HtmlView view = new HtmlView(FORMATS);
    assertThat(view.number(value)).isEqualTo(EN_GB.number(value));
    assertThat(view.number(quarter)).isEqualTo(EN_GB.number(quarter));
    assertThat(view.number(Math.rint(value))).isEqualTo(EN_GB.number(Math.rint(value)));
  }

  @Property(tries = 300)
  void labelsAreFilledInAsMessageFormatFillsThem(
      @ForAll @StringLength(max = 20) String first, @ForAll @StringLength(max = 20) String second) {
    HtmlView view = new HtmlView(FORMATS);
    for (String key :
        new String[] {
          "heading.when",
          "invitation.text",
          "scaling.median",
          "heading.community",
          "title.session",
          "count.fewerThan",
          "series.attendances"
        }) {
      assertThat(view.format(key, first, second, "x"))
          .isEqualTo(EN_GB.format(key, first, second, "x"));
    }
  }

  @Property(tries = 200)
  void quotedTextInAPatternStaysLiteral(@ForAll @StringLength(min = 1, max = 10) String value) {
    LabelPattern pattern =
        LabelPattern.of("It''s {0} and '{1}' is '{'literal'}' {1}", java.util.Locale.UK);
    assertThat(pattern.fill(value, "two"))
        .isEqualTo(
            new java.text.MessageFormat(
                    "It''s {0} and '{1}' is '{'literal'}' {1}", java.util.Locale.UK)
                .format(new Object[] {value, "two"}));
  }
}
