package org.communityofpractice.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.community.LifeCycleStage.ADJOURNING;
import static org.communityofpractice.core.community.LifeCycleStage.FORMING;
import static org.communityofpractice.core.community.LifeCycleStage.NORMING;
import static org.communityofpractice.core.community.LifeCycleStage.PERFORMING;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A community's life-cycle history: append-only, in date order, its last stage the current one. */
class LifeCycleHistoryTest {
  private static final LocalDate MAY_2017 = LocalDate.of(2017, 5, 4);
  private final Community sotcop = CommunityFixtures.sotcop();

  private static Community.Builder bare() {
    return Community.builder().id(CommunityId.of("sotcop")).name("@SoTCoP").place("Stoke-on-Trent");
  }

  private static void rejects(Community.Builder builder, String field, String message) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
  }

  @Test
  void aCommunityBuiltWithOnlyItsStageHoldsThatStageOnADateNotRecorded() {
    assertThat(sotcop.lifeCycleStage()).isEqualTo(PERFORMING);
    assertThat(sotcop.lifeCycleHistory()).containsExactly(LifeCycleEntry.undated(PERFORMING));
    assertThat(bare().build().lifeCycleHistory()).containsExactly(LifeCycleEntry.undated(FORMING));
  }

  @Test
  void theCurrentStageIsTheLastEntrysStage() {
    Community c =
        bare()
            .addLifeCycleHistory(
                LifeCycleEntry.of(FORMING, LocalDate.of(2016, 3, 3)),
                LifeCycleEntry.of(NORMING, MAY_2017))
            .build();
    assertThat(c.lifeCycleStage()).isEqualTo(NORMING);
  }

  @Test
  void enteringAStageAddsItAtTheEndAndMakesItCurrent() {
    Community later = sotcop.enteringStage(ADJOURNING, LocalDate.of(2019, 3, 1));
    assertThat(later.lifeCycleStage()).isEqualTo(ADJOURNING);
    assertThat(later.lifeCycleHistory())
        .containsExactly(
            LifeCycleEntry.undated(PERFORMING),
            LifeCycleEntry.of(ADJOURNING, LocalDate.of(2019, 3, 1)));
    assertThat(sotcop.lifeCycleHistory()).as("the community it came from").hasSize(1);
  }

  @Test
  void twoEntriesOnOneDateOrOutOfOrderAreRefused() {
    Community performing =
        bare().addLifeCycleHistory(LifeCycleEntry.of(PERFORMING, MAY_2017)).build();
    assertThatThrownBy(() -> performing.enteringStage(ADJOURNING, MAY_2017))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "lifeCycleHistory[1].enteredOn must be after the date of the entry before it, 2017-05-04 but was 2017-05-04");
    rejects(
        bare()
            .addLifeCycleHistory(
                LifeCycleEntry.of(PERFORMING, MAY_2017),
                LifeCycleEntry.of(NORMING, MAY_2017.minusDays(1))),
        "lifeCycleHistory[1].enteredOn",
        "lifeCycleHistory[1].enteredOn must be after the date of the entry before it, 2017-05-04 but was 2017-05-03");
  }

  @Test
  void theSameStageTwiceInARowIsRefused() {
    assertThatThrownBy(() -> sotcop.enteringStage(PERFORMING, MAY_2017))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "lifeCycleHistory[1].stage must differ from the stage of the entry before it but was PERFORMING");
  }

  @Test
  void onlyTheFirstEntryMayHaveNoDate() {
    rejects(
        bare()
            .addLifeCycleHistory(
                LifeCycleEntry.of(FORMING, MAY_2017), LifeCycleEntry.undated(NORMING)),
        "lifeCycleHistory[1].enteredOn",
        "lifeCycleHistory[1].enteredOn must be given: only the first entry may have no date but was none");
  }

  @Test
  void aStageOtherThanTheLastEntrysIsRefused() {
    rejects(
        bare().lifeCycleStage(ADJOURNING).addLifeCycleHistory(LifeCycleEntry.of(NORMING, MAY_2017)),
        "lifeCycleStage",
        "lifeCycleStage must be NORMING, the stage of the last entry of lifeCycleHistory but was ADJOURNING");
  }

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.skeletons();
  }

  @Property(tries = 200)
  void theHistoryIsNeverEmptyAndEndsWithTheCurrentStage(@ForAll("communities") Community c) {
    List<LifeCycleEntry> history = c.lifeCycleHistory();
    assertThat(history).isNotEmpty();
    assertThat(history.get(history.size() - 1).stage()).isEqualTo(c.lifeCycleStage());
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).enteredOn()).isPresent();
      assertThat(history.get(i).stage()).isNotEqualTo(history.get(i - 1).stage());
    }
  }

  @Property(tries = 200)
  void enteringAStageKeepsEveryEarlierEntry(
      @ForAll("communities") Community c, @ForAll LifeCycleStage next) {
    if (next == c.lifeCycleStage()) {
      return;
    }
    LocalDate after =
        c.lifeCycleHistory()
            .get(c.lifeCycleHistory().size() - 1)
            .enteredOn()
            .orElse(LocalDate.of(2030, 1, 1))
            .plusDays(1);
    Community later = c.enteringStage(next, after);
    assertThat(later.lifeCycleHistory().subList(0, c.lifeCycleHistory().size()))
        .isEqualTo(c.lifeCycleHistory());
    assertThat(later.lifeCycleStage()).isEqualTo(next);
  }
}
