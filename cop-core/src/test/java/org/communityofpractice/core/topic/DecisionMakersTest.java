package org.communityofpractice.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communityofpractice.core.fixtures.CommunityFixtures.HOUSING_MANAGER;
import static org.communityofpractice.core.fixtures.CommunityFixtures.PRISON_RELEASE_SERIES;
import static org.communityofpractice.core.fixtures.DecisionMakerFixtures.BOARD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DecisionMakerFixtures;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.privacy.MailingList;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.GuideCheck;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A series' decision makers, who of them may be sent its findings, and the follow-ups owed. */
class DecisionMakersTest {
  private static final Instant LATER = Instant.parse("2016-07-01T09:00:00Z");
  private static final LocalDate SENT = LocalDate.of(2016, 6, 1);
  private static final String FINDINGS = "series-findings-prison-release-2016";

  private final Community community = DecisionMakerFixtures.community();

  @Test
  void onlyPeopleWithAnAddressAndTheirOwnConsentAreOnTheDecisionMakersList() {
    MailingList list =
        DisclosurePolicy.asOf(LATER).decisionMakers(community, PRISON_RELEASE_SERIES);
    // the Board is an organisation: not in the register, not on a consent-derived list
    assertThat(list.recipients())
        .extracting(MailingList.Recipient::person)
        .containsExactly(HOUSING_MANAGER);
    assertThat(list.recipients())
        .extracting(MailingList.Recipient::email)
        .containsExactly("jo@example.org");
    assertThat(community.register().people())
        .extracting(p -> p.contact().email().orElse(""))
        .doesNotContain(DecisionMakerFixtures.BOARD_ADDRESS);
  }

  @Test
  void aDecisionMakerIsOnTheSeriesOnceWhetherPersonOrOrganisation() {
    Series series = community.series(PRISON_RELEASE_SERIES).orElseThrow();
    assertThatThrownBy(
            () ->
                Series.builder()
                    .from(series)
                    .addDecisionMakers(
                        Organisation.of(
                            DecisionMakerFixtures.SAFEGUARDING_BOARD.id(),
                            "Another name",
                            "other@council.example.org",
                            DecisionMaker.Kind.GROUP))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("decisionMakers[4].organisation");
    // an organisation whose id spells a person's id is still another decision maker
    assertThat(
            Series.builder()
                .from(series)
                .addDecisionMakers(
                    Organisation.of(
                        OrganisationId.of(HOUSING_MANAGER.value()),
                        "A forum",
                        "forum@example.org",
                        DecisionMaker.Kind.GROUP))
                .build()
                .decisionMakers())
        .hasSize(5);
  }

  @Test
  void anOrganisationsAddressIsCheckedAndNeverShown() {
    assertThatThrownBy(
            () ->
                Organisation.of(
                    OrganisationId.of("board"),
                    "A Board",
                    "jo.bloggs at home",
                    DecisionMaker.Kind.BOARD))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("address")
        .hasMessageNotContaining("bloggs");
    assertThat(DecisionMakerFixtures.SAFEGUARDING_BOARD.toString()).doesNotContain("board@");
  }

  @Test
  void decisionMakersAndFollowUpsTravelThroughTheArchive() throws ArchiveFormatException {
    Community followed =
        withFollowUps(
            community,
            FollowUp.of(BOARD, FINDINGS, SENT, SENT.plusWeeks(4)),
            FollowUp.of(RecipientId.of(HOUSING_MANAGER), FINDINGS, SENT, SENT.plusWeeks(4))
                .done(SENT.plusWeeks(2)));
    ArchiveJson json = ArchiveJson.create();
    Community read = json.read(json.write(followed));
    assertThat(read.series(PRISON_RELEASE_SERIES))
        .contains(followed.series(PRISON_RELEASE_SERIES).orElseThrow());
  }

  @Test
  void aFollowUpMustBeOwedToADecisionMakerOfTheSeries() {
    Series series = community.series(PRISON_RELEASE_SERIES).orElseThrow();
    assertThatThrownBy(
            () ->
                Series.builder()
                    .from(series)
                    .addFollowUps(
                        FollowUp.of(
                            RecipientId.of(
                                org.communityofpractice.core.fixtures.CommunityFixtures.CHAIR),
                            FINDINGS,
                            SENT,
                            SENT))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("followUps[0]");
    assertThatThrownBy(() -> FollowUp.of(BOARD, FINDINGS, SENT, SENT.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("due");
  }

  @Test
  void theReviewRemindsWhenAFollowUpFallsDueAndGoesQuietOnceMade() {
    FollowUp owed = FollowUp.of(BOARD, FINDINGS, SENT, SENT.plusWeeks(4));
    Review review = Review.guide().build();

    assertThat(followUpFindings(review, withFollowUps(community, owed), SENT.plusWeeks(3)))
        .isEmpty();
    List<Finding> due = followUpFindings(review, withFollowUps(community, owed), SENT.plusWeeks(4));
    assertThat(due).hasSize(1);
    assertThat(due.get(0).series()).contains(PRISON_RELEASE_SERIES);
    assertThat(due.get(0).toString()).contains(BOARD.value()).doesNotContain("Safeguarding");
    assertThat(due.get(0).evidence()).extracting(e -> e.name()).contains("organisation");
    assertThat(
            followUpFindings(
                review, withFollowUps(community, owed.done(SENT.plusWeeks(5))), SENT.plusWeeks(6)))
        .isEmpty();
  }

  @Test
  void erasingADecisionMakerTakesThemAndTheirFollowUpsOffTheSeriesAndLeavesOrganisations() {
    Community followed =
        withFollowUps(
            community,
            FollowUp.of(BOARD, FINDINGS, SENT, SENT.plusWeeks(4)),
            FollowUp.of(RecipientId.of(HOUSING_MANAGER), FINDINGS, SENT, SENT.plusWeeks(4)));
    Community erased =
        DataSubjectRights.erase(
                followed,
                ErasureRequest.of(
                    HOUSING_MANAGER,
                    LATER,
                    Actor.role("data protection lead"),
                    ErasureGround.REQUESTED_BY_PERSON))
            .result()
            .community();
    Series series = erased.series(PRISON_RELEASE_SERIES).orElseThrow();
    assertThat(series.decisionMakers())
        .extracting(DecisionMaker::recipient)
        .doesNotContain(RecipientId.of(HOUSING_MANAGER))
        .contains(BOARD);
    assertThat(series.followUps()).extracting(FollowUp::decisionMaker).containsExactly(BOARD);
  }

  private static List<Finding> followUpFindings(Review review, Community c, LocalDate on) {
    return review.review(c, on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()).stream()
        .filter(f -> f.code().equals(GuideCheck.FOLLOW_UP_DUE.code()))
        .toList();
  }

  private static Community withFollowUps(Community c, FollowUp... followUps) {
    Series series =
        Series.builder()
            .from(c.series(PRISON_RELEASE_SERIES).orElseThrow())
            .followUps(List.of(followUps))
            .build();
    return Community.builder()
        .from(c)
        .series(c.series().stream().map(s -> s.id().equals(series.id()) ? series : s).toList())
        .build();
  }
}
