package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.Labels;

/**
 * For generated communities and consent histories, no renderer's output holds a personal string the
 * disclosure policy withheld: contact details and organisations never, a name only with consent to
 * be named, "Role, Place" only with consent to be quoted by role, no lived-experience category.
 *
 * <p>A personal string is checked only when nothing else could legitimately put it in a report:
 * when it is not part of the community's own published text (generated remarks can contain
 * anything), not part of the labels, and not part of the string of someone whose consent allows it
 * (a withheld "Mei Example" inside a consented "Mei Example-Sample"). Outputs are compared with
 * whitespace collapsed and Markdown backslashes removed, so wrapping and escaping cannot hide a
 * leak.
 */
class ReportDisclosureProperties {
  private static final Instant EARLIEST = Instant.parse("2009-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = 23L * 365 * 24 * 3600;

  @Property(tries = 60)
  void noRendererPublishesAPersonalStringThePolicyWithheld(
      @ForAll("communitiesWithConsent") Community community, @ForAll("instants") Instant asOf) {
    DisclosurePolicy policy = DisclosurePolicy.asOf(asOf);
    ReportComposer composer = ReportComposer.of(policy);
    List<Report> reports = new ArrayList<>();
    community.sessions().forEach(s -> reports.add(composer.session(community, s.id())));
    community.series().forEach(s -> reports.add(composer.series(community, s.id())));
    reports.add(composer.impact(community));

    Set<String> withheld = withheld(community, asOf);
    for (Report report : reports) {
      for (String output : ReportComposerTest.renderAll(report)) {
        String seen = normalise(output);
        for (String secret : withheld) {
          assertThat(seen).as("a withheld personal string").doesNotContain(secret);
        }
      }
    }
  }

  /**
   * The personal strings the policy must withhold at {@code asOf}, as far as they can be told
   * apart.
   */
  static Set<String> withheld(Community community, Instant asOf) {
    String published = normalise(publishedText(community));
    Set<String> allowed = new HashSet<>();
    Set<String> secret = new HashSet<>();
    ConsentLedger consent = community.consent();
    for (Person p : community.register().people()) {
      boolean named = consent.inForce(p.id(), ConsentPurpose.NAMED_IN_REPORTS, asOf);
      boolean quoted = consent.inForce(p.id(), ConsentPurpose.QUOTED_BY_ROLE, asOf);
      (named ? allowed : secret).add(normalise(p.name()));
      if (p.role().isPresent() && p.place().isPresent()) {
        (quoted ? allowed : secret).add(normalise(p.role().get() + ", " + p.place().get()));
      }
      p.contact().email().ifPresent(e -> secret.add(normalise(e)));
      p.contact().phone().ifPresent(t -> secret.add(normalise(t)));
      p.organisation().ifPresent(o -> secret.add(normalise(o)));
      p.livedExperience().stream()
          .filter(l -> l != LivedExperience.OTHER)
          .forEach(l -> secret.add(l.name()));
    }
    // "Mei Example" is withheld, but is also part of a consented "Mei Example-Sample"
    secret.removeIf(
        s ->
            s.length() < 4
                || published.contains(s)
                || allowed.stream().anyMatch(a -> a.contains(s)));
    return secret;
  }

  /** Everything the community says outside its register, and the labels: text a report may hold. */
  static String publishedText(Community c) {
    List<String> all = new ArrayList<>(List.of(c.name(), c.place()));
    c.focus().ifPresent(all::add);
    c.legacy().forEach(l -> all.add(l.text()));
    c.principles().stream().map(Principle::text).forEach(all::add);
    c.resources()
        .forEach(
            r -> {
              all.add(r.title());
              r.note().ifPresent(all::add);
              r.link().ifPresent(l -> all.add(l.toString()));
            });
    c.topics().stream().map(Topic::title).forEach(all::add);
    for (Series s : c.series()) {
      all.add(s.title());
      s.introduction().ifPresent(all::add);
    }
    for (Session s : c.sessions()) {
      s.title().ifPresent(all::add);
      s.chairsIntroduction().ifPresent(all::add);
      all.add(s.venue().name());
      s.venue().address().ifPresent(all::add);
      s.bestHopes().stream().map(BestHope::text).forEach(all::add);
      s.presentation()
          .ifPresent(
              p -> {
                all.add(p.title());
                p.summary().ifPresent(all::add);
              });
      s.contributions().stream().map(Contribution::text).forEach(all::add);
      for (ScalingRound r : s.scaling()) {
        all.add(r.question().text());
        r.onePointUpIdeas().stream().map(OnePointUpIdea::text).forEach(all::add);
      }
      s.actions().stream().map(Action::text).forEach(all::add);
      s.smallSteps().stream().map(SmallStep::text).forEach(all::add);
      all.addAll(s.conclusions());
      all.addAll(s.recommendations());
      all.addAll(s.questions());
      for (Artefact a : s.artefacts()) {
        all.addAll(List.of(a.image(), a.caption(), a.altText()));
      }
      s.nextSession()
          .ifPresent(
              n -> {
                all.add(n.venue().name());
                n.venue().address().ifPresent(all::add);
              });
    }
    all.add(String.join(" ", labelValues()));
    return String.join("\n", all);
  }

  private static List<String> labelValues() {
    try (var in = Labels.class.getResourceAsStream("/report/labels_en_GB.properties")) {
      java.util.Properties p = new java.util.Properties();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return p.stringPropertyNames().stream().map(p::getProperty).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Whitespace collapsed and backslashes dropped, so neither wrapping nor escaping hides a string.
   */
  static String normalise(String s) {
    return s.replace("\\", "").replaceAll("\\s+", " ").strip();
  }

  @Provide
  Arbitrary<Community> communitiesWithConsent() {
    return DomainArbitraries.communities(
        c -> consentFor(c).map(ledger -> ConsentSamples.withConsent(c, ledger)));
  }

  private static Arbitrary<ConsentLedger> consentFor(Community c) {
    List<Person> people = c.register().people();
    Arbitrary<Tuple2<Integer, ConsentEvent>> event =
        Combinators.combine(
                Arbitraries.of(people),
                    Arbitraries.of(
                        ConsentPurpose.NAMED_IN_REPORTS,
                        ConsentPurpose.QUOTED_BY_ROLE,
                        ConsentPurpose.PHOTOGRAPHED,
                        ConsentPurpose.COMMUNITY_COMMUNICATIONS),
                Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)), instants())
            .as(
                (p, purpose, grant, at) -> {
                  var terms = ConsentSamples.terms(p.id(), purpose, at);
                  return Tuple.of(
                      0, grant ? ConsentEvent.granted(terms) : ConsentEvent.withdrawn(terms));
                });
    return event
        .list()
        .ofMaxSize(12)
        .map(
            events -> {
              List<ConsentEvent> inOrder =
                  events.stream()
                      .map(Tuple2::get2)
                      .sorted(java.util.Comparator.comparing(ConsentEvent::at))
                      .toList();
              return ConsentLedger.of(inOrder);
            });
  }

  @Provide
  static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, SPAN_SECONDS).map(EARLIEST::plusSeconds);
  }
}
