package org.communityofpractice.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parts the session, series and impact reports share are checked alike in all three: each
 * report, given the same bad part, refuses it with the same typed error naming the part and never
 * showing its text.
 */
class ReportSharedPartsTest {

  private static final String WITHHELD = " must not be blank (value withheld (personal data))";

  static Stream<Report> everyReport() {
    return Stream.of(sessionReport(), seriesReport(), impactReport());
  }

  static Stream<Report> sessionAndSeries() {
    return Stream.of(sessionReport(), seriesReport());
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void everyReportRefusesABlankHeadingNamingThePart(Report report) {
    for (String part : List.of("language", "community", "place")) {
      assertThatThrownBy(() -> with(report, part, " \t"))
          .as(part)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(part + WITHHELD);
    }
    assertThatThrownBy(() -> with(report, "introduction", Optional.of(" ")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("introduction" + WITHHELD);
    assertThatThrownBy(() -> with(report, "principles", List.of("No Name, No Blame", "")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("principles[1]" + WITHHELD);
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void everyReportRefusesAMissingSharedPartNamingIt(Report report) {
    for (String part :
        List.of(
            "language",
            "community",
            "place",
            "introduction",
            "representation",
            "resources",
            "principles")) {
      assertThatThrownBy(() -> with(report, part, null))
          .as(part)
          .isInstanceOf(NullPointerException.class)
          .hasMessage(part);
    }
  }

  @ParameterizedTest
  @MethodSource("everyReport")
  void everyReportKeepsItsOwnCopyOfTheCommunitysLists(Report report) {
    List<String> principles = new ArrayList<>(List.of("No Name, No Blame, No Shame"));
    List<ResourceLink> resources = new ArrayList<>(report.resources());
    Report copy = with(with(report, "principles", principles), "resources", resources);
    principles.add("Topic does not mean Agenda");
    resources.clear();
    assertThat(copy.principles()).containsExactly("No Name, No Blame, No Shame");
    assertThat(copy.resources()).isEqualTo(report.resources()).isNotEmpty();
    assertThatThrownBy(() -> copy.principles().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @MethodSource("sessionAndSeries")
  void sessionAndSeriesRefuseBadFindingsAlike(Report report) {
    assertThatThrownBy(() -> with(report, "topic", ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("topic" + WITHHELD);
    for (String part : List.of("conclusions", "recommendations", "questions")) {
      assertThatThrownBy(() -> with(report, part, List.of("fine", "fine", " ")))
          .as(part)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(part + "[2]" + WITHHELD);
      assertThatThrownBy(() -> with(report, part, null))
          .as(part)
          .isInstanceOf(NullPointerException.class)
          .hasMessage(part);
      List<String> mutable = new ArrayList<>(List.of("Release on a Friday leaves a weekend"));
      Report copy = with(report, part, mutable);
      mutable.clear();
      assertThat(read(copy, part))
          .as(part)
          .isEqualTo(List.of("Release on a Friday leaves a weekend"));
    }
    assertThatThrownBy(() -> with(report, "nextSession", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nextSession");
  }

  private static SessionReport sessionReport() {
    return ReportSamples.session(ReportSamples.REALISTIC);
  }

  private static SeriesReport seriesReport() {
    return ReportSamples.series(ReportSamples.REALISTIC);
  }

  private static ImpactReport impactReport() {
    return ImpactReport.builder()
        .community("@SoTCoP")
        .place("Stoke-on-Trent")
        .representation(ReportSamples.representation())
        .addAllResources(sessionReport().resources())
        .addPrinciple("No Name, No Blame, No Shame")
        .build();
  }

  /** The report with one component replaced, through the record's own constructor. */
  private static Report with(Report report, String component, Object value) {
    RecordComponent[] components = report.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] =
          components[i].getName().equals(component) ? value : read(report, components[i].getName());
    }
    assertThat(components).extracting(RecordComponent::getName).contains(component);
    try {
      Constructor<?> canonical =
          report
              .getClass()
              .getDeclaredConstructor(
                  Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return (Report) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw (RuntimeException) e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static Object read(Report report, String component) {
    try {
      return Arrays.stream(report.getClass().getRecordComponents())
          .filter(c -> c.getName().equals(component))
          .findFirst()
          .orElseThrow()
          .getAccessor()
          .invoke(report);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }
}
