package org.communityofpractice.report.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The formatters {@link Labels} makes once per language, and its patterns parsed once, write
 * numbers, percentages and sentences exactly as a fresh {@link NumberFormat} and {@link
 * MessageFormat} would, in British English and in Welsh: every format's numbers come from here.
 */
class LabelsFormatsProperties {
  private static final Labels EN_GB = Labels.forLanguage("en-GB");
  private static final Labels CY = Labels.forLanguage("cy");

  private static String number(Locale locale, double value) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(0);
    return f.format(value);
  }

  @Property(tries = 2000)
  void sharesOfARoomArePercentagesAsThePercentFormatWritesThem(
      @ForAll @IntRange(min = 0, max = 400) int k, @ForAll @IntRange(min = 1, max = 400) int n) {
    double share = Math.min(k, n) / (double) n;
    for (Labels labels : new Labels[] {EN_GB, CY}) {
      assertThat(labels.percent(share))
          .isEqualTo(NumberFormat.getPercentInstance(labels.locale()).format(share));
    }
  }

  @Property(tries = 2000)
  void numbersAreWrittenAsTheNumberFormatWritesThem(
      @ForAll @DoubleRange(min = -2000, max = 2000) double value) {
    double quarter = Math.round(value * 4) / 4.0;
    double tenth = Math.round(value * 10) / 10.0;
    for (Labels labels : new Labels[] {EN_GB, CY}) {
      for (double v : new double[] {value, quarter, tenth, Math.rint(value), -0.0, -tenth / 1000}) {
        assertThat(labels.number(v)).isEqualTo(number(labels.locale(), v));
      }
    }
  }

  @Property(tries = 300)
  void labelsAreFilledInAsMessageFormatFillsThem(
      @ForAll @StringLength(max = 20) String first, @ForAll @StringLength(max = 20) String second) {
    for (Labels labels : new Labels[] {EN_GB, CY}) {
      for (String key :
          new String[] {
            "heading.when",
            "invitation.text",
            "scaling.median",
            "heading.community",
            "title.session",
            "count.fewerThan",
            "series.attendances",
            "action.completed",
            "scaling.trend.medianChange"
          }) {
        assertThat(labels.format(key, first, second, "x"))
            .isEqualTo(
                new MessageFormat(labels.get(key), labels.locale())
                    .format(new Object[] {first, second, "x"}));
      }
    }
  }

  @Property(tries = 300)
  void aCountInAPluralIsWrittenAsMessageFormatWritesIt(
      @ForAll @LongRange(min = -100_000, max = 100_000) long count) {
    for (Labels labels : new Labels[] {EN_GB, CY}) {
      String key = Math.abs(count) == 1 ? "presentation.minutes.one" : "presentation.minutes";
      assertThat(labels.plural("presentation.minutes", count))
          .isEqualTo(
              new MessageFormat(labels.get(key), labels.locale()).format(new Object[] {count}));
    }
  }

  @Property(tries = 200)
  void quotedTextInAPatternStaysLiteral(@ForAll @StringLength(min = 1, max = 10) String value) {
    LabelPattern pattern = LabelPattern.of("It''s {0} and '{1}' is '{'literal'}' {1}", Locale.UK);
    assertThat(pattern.fill(value, "two"))
        .isEqualTo(
            new MessageFormat("It''s {0} and '{1}' is '{'literal'}' {1}", Locale.UK)
                .format(new Object[] {value, "two"}));
  }

  @Property(tries = 100)
  void aPatternFilledWithANumberIsFilledAsMessageFormatFillsIt(
      @ForAll @IntRange(min = -100_000, max = 100_000) int value) {
    assertThat(EN_GB.format("scaling.n", value))
        .isEqualTo(
            new MessageFormat(EN_GB.get("scaling.n"), Locale.UK).format(new Object[] {value}));
  }
}
