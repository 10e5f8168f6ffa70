package org.communityofpractice.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.ColumnType;
import org.communityofpractice.core.table.Row;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.topic.SeriesId;

class AnalysisProperties {
  static final Instant AS_OF = Instant.parse("2100-01-01T00:00:00Z");

  /** Communities where some people gave research consent and some are restricted. */
  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communities(AnalysisProperties::withConsentAndRestrictions);
  }

  static Arbitrary<Community> withConsentAndRestrictions(Community c) {
    List<PersonId> ids =
        c.register().people().stream().map(Person::id).collect(Collectors.toList());
    if (ids.isEmpty()) {
      return Arbitraries.just(c);
    }
    return Combinators.combine(Arbitraries.subsetOf(ids), Arbitraries.subsetOf(ids))
        .as(
            (consenting, restricted) -> {
              ConsentLedger ledger = c.consent();
              for (PersonId p : consenting) {
                ledger = ledger.grant(SmallNetwork.research(p));
              }
              List<Person> people = new ArrayList<>();
              for (Person p : c.register().people()) {
                people.add(
                    restricted.contains(p.id()) && !p.isRestricted()
                        ? p.withRestriction(
                            Restriction.of(
                                Instant.parse("2016-01-01T00:00:00Z"),
                                RestrictionGround.ACCURACY_CONTESTED))
                        : p);
              }
              return Community.builder()
                  .from(c)
                  .consent(ledger)
                  .register(MemberRegister.builder().from(c.register()).people(people).build())
                  .build();
            });
  }

  @Property(tries = 150)
  void rowCountsEqualTheModels(@ForAll("communities") Community c) {
    AnalysisTables t = Analysis.asOf(AS_OF).run(List.of(c));
    List<Session> sessions = c.sessions();
    assertThat(t.sessions()).isEqualTo(sessions.size());
    assertThat(t.attendance().rowCount()).isEqualTo(sessions.size());
    assertThat(t.representation().rowCount()).isEqualTo(sessions.size());
    assertThat(t.scaling().rowCount())
        .isEqualTo(sessions.stream().mapToInt(s -> s.scaling().size()).sum());
    assertThat(t.actions().rowCount()).isEqualTo(c.actions().size());
    Set<SeriesId> seriesWithSessions =
        sessions.stream().flatMap(s -> s.series().stream()).collect(Collectors.toSet());
    assertThat(t.retention().rowCount()).isEqualTo(seriesWithSessions.size());
    long contributions =
        t.contributions().column("contributions").stream().mapToLong(v -> (Long) v).sum();
    assertThat(contributions)
        .isEqualTo(sessions.stream().mapToInt(s -> s.contributions().size()).sum());
    long headcounts = t.attendance().column("headcount").stream().mapToLong(v -> (Long) v).sum();
    assertThat(headcounts).isEqualTo(sessions.stream().mapToInt(Session::headcount).sum());
    long newMembers = t.attendance().column("new_members").stream().mapToLong(v -> (Long) v).sum();
    assertThat(newMembers)
        .isEqualTo(sessions.stream().flatMap(s -> s.attendees().stream()).distinct().count());
  }

  /** The statistics are the reports' own: anonymous ratings count, restricted people's do not. */
  @Property(tries = 150)
  void statisticsAgreeWithTheReportsAndAnonymousRatingsCount(@ForAll("communities") Community c) {
    Table scaling = Analysis.asOf(AS_OF).run(List.of(c)).scaling();
    int row = 0;
    for (Session s : c.sessions()) {
      var published =
          org.communityofpractice.core.privacy.DisclosurePolicy.asOf(AS_OF)
              .session(c, s.id())
              .scaling();
      for (int i = 0; i < s.scaling().size(); i++) {
        ScalingRound round = s.scaling().get(i);
        Row r = scaling.row(row++);
        assertThat(r.integer("n"))
            .isEqualTo(
                round.ratings().stream()
                    .filter(x -> x.ratedBy().filter(c.register()::isRestricted).isEmpty())
                    .count());
        assertThat(r.integer("n_anonymous"))
            .isEqualTo(round.ratings().stream().filter(x -> x.isAnonymous()).count());
        assertThat(r.decimal("median"))
            .isEqualTo(published.get(i).statistics().map(x -> x.median()).orElse(null));
      }
    }
    for (var series : c.series()) {
      var published =
          org.communityofpractice.core.privacy.DisclosurePolicy.asOf(AS_OF).series(c, series.id());
      published
          .scalingMovement()
          .forEach(
              movement -> {
                String question = movement.question();
                Table moved = Analysis.asOf(AS_OF).run(List.of(c)).scalingMovement();
                Row r =
                    moved.rows().stream()
                        .filter(
                            x ->
                                x.text("series").equals(series.id().value())
                                    && x.text("question").equals(question))
                        .findFirst()
                        .orElseThrow();
                assertThat(r.integer("sessions_asked")).isEqualTo(movement.points().size());
                assertThat(r.decimal("median_change"))
                    .isEqualTo(movement.medianChange().orElse(null));
              });
    }
  }

  @Property(tries = 150)
  void sharesLieWithinZeroAndOne(@ForAll("communities") Community c) {
    for (Table t : Analysis.asOf(AS_OF).run(List.of(c)).all()) {
      for (Column col : t.columns()) {
        if (col.type() == ColumnType.DECIMAL
            && col.name().contains("share")
            && !col.name().endsWith("change")) {
          for (Object v : t.column(col.name())) {
            if (v != null) {
              assertThat((Double) v).isBetween(0.0, 1.0);
            }
          }
        }
      }
    }
  }

  @Property(tries = 150)
  void excludedPeopleNeverAppearInPersonLevelRows(@ForAll("communities") Community c) {
    Set<String> allowed = new HashSet<>();
    for (Person p : c.register().people()) {
      if (!p.isRestricted() && c.consent().inForce(p.id(), ConsentPurpose.RESEARCH_USE, AS_OF)) {
        allowed.add(p.id().value());
      }
    }
    AnalysisTables t = Analysis.asOf(AS_OF).run(List.of(c));
    for (Object person : t.pairedMovement().column("person")) {
      assertThat(allowed).contains((String) person);
    }
    // and no table other than paired_movement has a column naming people
    for (Table table : t.all()) {
      if (!table.name().equals("paired_movement")) {
        assertThat(table.columns()).extracting(Column::name).doesNotContain("person");
      }
    }
  }
}
