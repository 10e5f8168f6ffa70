package org.communityofpractice.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The next session may say when it ends; an end not after the start is refused by its field. */
class NextSessionTest {
  private static final ZonedDateTime TEN =
      ZonedDateTime.parse("2016-06-02T10:00+01:00[Europe/London]");

  @Test
  void anAgreedEndIsKeptAndNoEndIsEmpty() {
    NextSession next = NextSession.of(TEN, Venue.of("VOICES"));
    assertThat(next.endsAt()).isEmpty();
    assertThat(next.withEndsAt(TEN.plusMinutes(150)).endsAt()).contains(TEN.plusMinutes(150));
  }

  @Test
  void refusesAnEndThatIsNotAfterTheStart() {
    NextSession next = NextSession.of(TEN, Venue.of("VOICES"));
    assertThatThrownBy(() -> next.withEndsAt(TEN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("endsAt");
    assertThatThrownBy(() -> next.withEndsAt(TEN.minusHours(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("endsAt");
  }

  @Test
  void theEndTravelsThroughTheArchive() throws ArchiveFormatException {
    Community community = CommunityFixtures.sotcopWithConsent();
    Session last = community.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow();
    NextSession next = last.nextSession().orElseThrow();
    NextSession ending = next.withEndsAt(next.startsAt().plusMinutes(150));
    Session changed = Session.builder().from(last).nextSession(ending).build();
    Community withEnd =
        Community.builder()
            .from(community)
            .sessions(
                community.sessions().stream()
                    .map(s -> s.id().equals(changed.id()) ? changed : s)
                    .toList())
            .build();

    ArchiveJson json = ArchiveJson.create();
    String written = json.write(withEnd);
    Community read = json.read(written);

    assertThat(written).contains("\"endsAt\"");
    assertThat(read.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow().nextSession())
        .map(NextSession::endsAt)
        .contains(ending.endsAt());
    assertThat(json.write(community)).doesNotContain("\"endsAt\"");
  }
}
