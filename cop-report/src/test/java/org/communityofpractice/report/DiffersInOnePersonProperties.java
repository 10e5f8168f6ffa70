package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * Differs in one person: an observer who knows everything about a community except one thing about
 * one attendee learns nothing about it from what is published. For generated communities, consent
 * histories and a generated attendee, each pair of communities that differs only in
 *
 * <ul>
 *   <li>whether that person brings lived experience (the expert-by-experience perspective and
 *       lived-experience categories; they never agreed to be credited for it),
 *   <li>the ratings that person gave, when their processing is restricted, or
 *   <li>that person's name, once they have withdrawn consent to be named (the withdrawal dated any
 *       time, even after the instant the reports are composed for),
 * </ul>
 *
 * publishes exactly the same: every session and series report, every text renderer's output for it
 * (a PDF is printed from the HTML and the report alone; see {@link #published}), and every table of
 * the default analysis. {@link DiffersInOnePersonSoak} runs the same laws over 10^4 pairs each.
 */
class DiffersInOnePersonProperties {
  private static final Set<LivedExperience> LIVED =
      EnumSet.of(LivedExperience.HOMELESSNESS, LivedExperience.CRIMINAL_JUSTICE);

  @Property(tries = 40)
  void livedExperienceOfOnePersonChangesNothingPublished(@ForAll("pickedAttendees") Picked picked) {
    assertSamePublished(
        picked, livedExperience(picked.person(), true), livedExperience(picked.person(), false));
  }

  @Property(tries = 40)
  void theRatingsOfARestrictedPersonChangeNothingPublished(
      @ForAll("pickedAttendees") Picked picked) {
    UnaryOperator<Community> restricted = restricted(picked.person());
    assertSamePublished(
        picked,
        c -> ratings(restricted.apply(c), picked.person(), true),
        c -> ratings(restricted.apply(c), picked.person(), false));
  }

  @Property(tries = 40)
  void theNameOfSomeoneWhoWithdrewChangesNothingPublished(
      @ForAll("pickedAttendees") Picked picked) {
    assertSamePublished(
        picked,
        withdrawnName(picked.person(), picked.withdrawnAt(), "Quentin Zebedee-Xylophone"),
        withdrawnName(picked.person(), picked.withdrawnAt(), "Ursula Vantongeren-Wisp"));
  }

  /** A community, one of its attendees, when to publish and when the attendee withdrew. */
  record Picked(Community community, PersonId person, Instant asOf, Instant withdrawnAt) {
    @Override
    public String toString() {
      return "Picked{"
          + community.id()
          + ", sessions="
          + community.sessions().size()
          + ", "
          + person
          + ", "
          + asOf
          + "}";
    }
  }

  static void assertSamePublished(
      Picked picked, UnaryOperator<Community> one, UnaryOperator<Community> other) {
    assertSamePublished(picked, one, other, true);
  }

  /**
   * With {@code render} false, compares the composed reports without their renderings: every
   * renderer is a function of the report model alone, so equal reports render alike. The soak uses
   * that to afford its 10^4 pairs.
   */
  static void assertSamePublished(
      Picked picked, UnaryOperator<Community> one, UnaryOperator<Community> other, boolean render) {
    List<Object> a = published(one.apply(picked.community()), picked.asOf(), render);
    List<Object> b = published(other.apply(picked.community()), picked.asOf(), render);
    assertThat(a).as("what is published").hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).as("published document %d", i).isEqualTo(b.get(i));
    }
  }

  /**
   * Every session's and series' report, with every text renderer's output for it unless {@code
   * render} is false, then every default analysis table.
   *
   * <p>The PDF is compared through what it is printed from, not printed: the pdf renderer prints
   * the html renderer's output on a page set up from the report's own language and date alone, and
   * the same page prints to the same bytes ({@code PdfRendererTest}). So equal reports and equal
   * HTML print equal PDFs; printing both sides of every pair took about four fifths of this
   * property's time.
   */
  static List<Object> published(Community community, Instant asOf, boolean render) {
    ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(asOf));
    List<Report> reports = new ArrayList<>();
    community.sessions().forEach(s -> reports.add(composer.session(community, s.id())));
    community.series().forEach(s -> reports.add(composer.series(community, s.id())));
    List<Object> out = new ArrayList<>();
    ReportRenderers renderers = ReportRenderers.load();
    for (Report report : reports) {
      // the report itself always: a renderer of bytes (pdf) is compared through it, below
      out.add(report);
      if (render) {
        for (String format : renderers.formats()) {
          ReportRenderer renderer = renderers.get(format);
          if (renderer.writesText()) {
            out.add(renderer.render(report));
          }
        }
      }
    }
    for (Table table : Analysis.asOf(asOf).run(List.of(community)).all()) {
      StringBuilder text = new StringBuilder(table.name()).append('\n');
      for (int r = 0; r < table.rowCount(); r++) {
        for (int c = 0; c < table.columns().size(); c++) {
          text.append(table.value(r, c)).append(c + 1 < table.columns().size() ? "," : "\n");
        }
      }
      out.add(text.toString());
    }
    return out;
  }

  static UnaryOperator<Community> livedExperience(PersonId id, boolean brings) {
    return c ->
        withPerson(
            c,
            id,
            p -> {
              Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
              perspectives.addAll(p.perspectives());
              if (brings) {
                perspectives.add(Perspective.EXPERT_BY_EXPERIENCE);
              } else {
                perspectives.remove(Perspective.EXPERT_BY_EXPERIENCE);
              }
              return Person.builder()
                  .from(p)
                  .perspectives(perspectives)
                  .livedExperience(brings ? LIVED : Set.of())
                  .build();
            });
  }

  static UnaryOperator<Community> restricted(PersonId id) {
    return c ->
        withPerson(
            c,
            id,
            p ->
                p.isRestricted()
                    ? p
                    : p.withRestriction(
                        Restriction.of(
                            Instant.parse("2009-01-01T00:00:00Z"),
                            RestrictionGround.OBJECTION_PENDING)));
  }

  /**
   * The person's ratings, each at the bottom of its scale or at the top; they rate every round they
   * attend.
   */
  static Community ratings(Community c, PersonId id, boolean low) {
    List<Session> sessions = new ArrayList<>();
    for (Session s : c.sessions()) {
      List<ScalingRound> rounds = new ArrayList<>();
      for (ScalingRound r : s.scaling()) {
        int value = low ? r.question().scale().min() : r.question().scale().max();
        List<Rating> ratings = new ArrayList<>();
        r.ratings().stream()
            .filter(x -> x.ratedBy().filter(id::equals).isEmpty())
            .forEach(ratings::add);
        if (s.attendees().contains(id)) {
          ratings.add(Rating.by(id, value));
        }
        rounds.add(ScalingRound.builder().from(r).ratings(ratings).build());
      }
      sessions.add(Session.builder().from(s).scaling(rounds).build());
    }
    return Community.builder().from(c).sessions(sessions).build();
  }

  static UnaryOperator<Community> withdrawnName(PersonId id, Instant at, String name) {
    return c -> {
      Community renamed = withPerson(c, id, p -> Person.builder().from(p).name(name).build());
      ConsentLedger ledger =
          renamed.consent().withdraw(ConsentSamples.terms(id, ConsentPurpose.NAMED_IN_REPORTS, at));
      return Community.builder().from(renamed).consent(ledger).build();
    };
  }

  static Community withPerson(Community c, PersonId id, UnaryOperator<Person> change) {
    MemberRegister.Builder register = MemberRegister.builder().from(c.register());
    List<Person> people = new ArrayList<>();
    for (Person p : c.register().people()) {
      people.add(p.id().equals(id) ? change.apply(p) : p);
    }
    return Community.builder().from(c).register(register.people(people).build()).build();
  }

  @Provide
  Arbitrary<Picked> pickedAttendees() {
    return pickedAttendees(new ReportDisclosureProperties().communitiesWithConsent());
  }

  static Arbitrary<Picked> pickedAttendees(Arbitrary<Community> communities) {
    return communities
        .filter(
            c ->
                c.sessions().stream()
                    .anyMatch(
                        s ->
                            s.attendees().stream().anyMatch(a -> c.register().find(a).isPresent())))
        .flatMap(
            c -> {
              List<PersonId> attendees =
                  c.sessions().stream()
                      .flatMap(s -> s.attendees().stream())
                      .filter(a -> c.register().find(a).isPresent())
                      .distinct()
                      .toList();
              return Combinators.combine(
                      Arbitraries.of(attendees),
                      ReportDisclosureProperties.instants(),
                      ReportDisclosureProperties.instants())
                  .as((p, asOf, withdrawn) -> new Picked(c, p, asOf, withdrawn));
            });
  }
}
