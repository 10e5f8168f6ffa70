package org.communityofpractice.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * The publication check finds a register name planted into any free-text field of any report, and
 * redacting that finding takes the name out of that field.
 */
class PublicationCheckProperties {
  private static final ReportRenderer JSON = new org.communityofpractice.report.json.JsonRenderer();

  /**
   * Every renderer cop has that writes text (html, markdown, text, json, csv, post, ics). The PDF
   * is the html renderer's output printed, so what html leaves out it leaves out too.
   */
  private static final List<ReportRenderer> TEXT_RENDERERS =
      ReportRenderers.load().formats().stream()
          .sorted()
          .map(f -> ReportRenderers.load().get(f))
          .filter(r -> r.writesText() && r.isAvailable())
          .toList();

  private static final DisclosurePolicy POLICY =
      DisclosurePolicy.asOf(Instant.parse("2030-01-01T00:00:00Z"));

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communitiesWithConsent().filter(c -> !c.sessions().isEmpty());
  }

  @Property(tries = 30)
  void findsANameOfSomeoneNotConsentingPlantedInAnyFreeTextFieldOfSessionAndSeriesReports(
      @ForAll("communities") Community community) {
    assertThat(TEXT_RENDERERS)
        .extracting(ReportRenderer::format)
        .contains("html", "markdown", "json", "csv");
    Optional<Person> unnamed =
        community.register().people().stream()
            .filter(
                p ->
                    p.isRestricted()
                        || !community
                            .consent()
                            .inForce(
                                p.id(),
                                ConsentPurpose.NAMED_IN_REPORTS,
                                POLICY.asOf(),
                                POLICY.consentRules()))
            // a name no one else's holds: "Kwame Example" stays in print inside a consenting "Kwame
            // Example-Sample"
            .filter(
                p ->
                    community.register().people().stream()
                            .filter(
                                q ->
                                    PublicationCheck.normalise(q.name())
                                        .contains(PublicationCheck.normalise(p.name())))
                            .count()
                        == 1)
            .findFirst();
    Assume.that(unnamed.isPresent());
    Person person = unnamed.get();
    PublicationCheck check = PublicationCheck.of(community, POLICY);
    ReportComposer composer = ReportComposer.of(POLICY);
    List<Report> reports = new java.util.ArrayList<>();
    reports.add(composer.session(community, community.sessions().get(0).id()));
    community.series().stream()
        .findFirst()
        .ifPresent(s -> reports.add(composer.series(community, s.id())));
    for (Report report : reports) {
      List<String> paths = Plant.textPaths(report);
      assertThat(paths).isNotEmpty();
      for (String path : paths) {
        Report planted = Plant.plant(report, path, " (with " + person.name() + ")");
        PublicationFinding found =
            new PublicationFinding(path, PublicationFinding.Kind.NAME, Optional.of(person.id()));
        assertThat(check.check(planted)).as("planted in %s", path).contains(found);
        // redacting the finding takes the name out of that field, and out of what every renderer
        // writes
        Report redacted = check.redact(planted, found);
        assertThat(check.check(redacted)).as("redacted in %s", path).doesNotContain(found);
        assertThat(Plant.textPaths(redacted)).as("only %s changed", path).isEqualTo(paths);
        assertThat(JSON.render(redacted)).as("redacted in %s", path).contains("(with [removed])");
        // the check reads what every renderer prints: once its finding is redacted, none prints the
        // name
        for (ReportRenderer renderer : TEXT_RENDERERS) {
          assertThat(renderer.render(redacted))
              .as("%s, redacted in %s", renderer.format(), path)
              .doesNotContain(person.name());
        }
      }
    }
  }
}
