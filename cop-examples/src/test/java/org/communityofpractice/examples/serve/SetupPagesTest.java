package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.DamagedJournalPolicy;
import org.communityofpractice.core.store.FileArchiveStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Setting a community up through the pages lands in the file store, version by version. */
class SetupPagesTest extends ServerTest {
  @Test
  void aCommunityItsTopicSeriesPeopleAndConsentAreSavedThroughTheStore() throws Exception {
    browser.get("/");
    browser.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    browser.submit(
        "/c/sotcop/topics",
        "title",
        "Prison release",
        "needed",
        "EXPERT_BY_EXPERIENCE",
        "needed",
        "NEUTRAL_EXPERT",
        "services",
        "probation, housing");
    browser.submit("/c/sotcop/series", "title", "Prison release 2016", "topic", "prison-release");
    Document person =
        browser.submit(
            "/c/sotcop/people",
            "name",
            "Sam Example",
            "email",
            "sam@example.org",
            "perspective",
            "MANAGER",
            "sector",
            "VOLUNTARY");
    assertThat(person.title()).startsWith("Sam Example");
    Person sam = stored().register().people().get(0);
    assertThat(sam.id().value()).matches("p-[a-z0-9]{8}").doesNotContain("sam");
    assertThat(sam.perspectives()).containsExactly(Perspective.MANAGER);

    Document after =
        browser.grant("/c/sotcop/people/" + sam.id().value(), "NAMED_IN_REPORTS", "2016-1");
    assertThat(after.select("p.notice").text()).isEqualTo("Consent recorded.");
    assertThat(after.select("td.yes")).hasSize(1);
    Community c = stored();
    assertThat(c.topics().get(0).neededPerspectives())
        .containsExactlyInAnyOrder(Perspective.EXPERT_BY_EXPERIENCE, Perspective.NEUTRAL_EXPERT);
    assertThat(c.topics().get(0).neededServices())
        .containsExactlyInAnyOrder("probation", "housing");
    assertThat(c.series()).hasSize(1);
    assertThat(c.consent().events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.purpose()).isEqualTo(ConsentPurpose.NAMED_IN_REPORTS);
              assertThat(e.terms().notice().value()).isEqualTo("2016-1");
            });
    // five saves — the community, a topic, a series, a person, a consent decision — five versions
    assertThat(
            FileArchiveStore.builder(store)
                .build()
                .load(CommunityId.of("sotcop"))
                .orElseThrow()
                .version()
                .value())
        .isEqualTo(5);
  }

  @Test
  void theCommunitysPrinciplesAndASessionsRunningOrderAreChosenInSetUp() throws Exception {
    browser.get("/");
    browser.submit(
        "/communities",
        "id",
        "sotcop",
        "name",
        "@SoTCoP",
        "place",
        "Stoke-on-Trent",
        "principles",
        "No Name, No Blame, No Shame\r\n\r\n  Everyone is an expert in their own life  \r\n");
    assertThat(stored().principles())
        .extracting(p -> p.text())
        .containsExactly("No Name, No Blame, No Shame", "Everyone is an expert in their own life");
    assertThat(browser.get("/c/sotcop").select("#principles + ul li").eachText())
        .containsExactly("No Name, No Blame, No Shame", "Everyone is an expert in their own life");
    browser.submit("/communities", "id", "other", "name", "Other", "place", "Hanley");
    assertThat(
            FileArchiveStore.builder(store)
                .build()
                .load(CommunityId.of("other"))
                .orElseThrow()
                .community()
                .principles())
        .as("the guide's, when none are given")
        .isEqualTo(Principle.guide());

    browser.submit("/c/sotcop/topics", "title", "Prison release");
    browser.submit("/c/sotcop/people", "name", "Chris Chair");
    String chair = stored().register().people().get(0).id().value();
    Document form = browser.get("/c/sotcop/sessions/new");
    assertThat(form.select("#n-order option").eachAttr("value"))
        .containsExactly("", RunningOrder.FIRST_SESSION, RunningOrder.SUBSEQUENT_SESSION);
    browser.submit(
        "/c/sotcop/sessions",
        "id",
        "sotcop-1",
        "topic",
        "prison-release",
        "startsAt",
        "2016-06-02T10:00",
        "venue",
        "Hanley Library",
        "facilitator",
        chair,
        "runningOrder",
        RunningOrder.SUBSEQUENT_SESSION);
    server.close(); // the journal, as a restart reads it
    try (var live =
        FileArchiveStore.builder(store)
            .build()
            .resumeSession(
                CommunityId.of("sotcop"), SessionId.of("sotcop-1"), DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      assertThat(live.recorder().runningOrder().id())
          .as("a first session run as a later one, as chosen")
          .isEqualTo(RunningOrder.SUBSEQUENT_SESSION);
    }
    server = CopServer.builder(store).port(0).start();
  }

  @Test
  void aFormThatCannotBeUsedSaysWhichFieldAndNeverRepeatsWhatWasTyped() throws Exception {
    browser.get("/");
    browser.submit("/communities", "id", "sotcop", "name", "@SoTCoP", "place", "Stoke-on-Trent");
    Document page =
        browser.submit("/c/sotcop/people", "name", "Jo Secret", "email", "not-an-email-jo-secret");
    assertThat(page.select("p.notice.error").text()).contains("email").doesNotContain("jo-secret");
    assertThat(stored().register().people()).isEmpty();
  }
}
