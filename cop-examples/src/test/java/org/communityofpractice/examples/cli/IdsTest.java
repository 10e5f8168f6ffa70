package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.topic.OrganisationId;
import org.communityofpractice.core.topic.RecipientId;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void aRecipientWhoseIdLooksLikeANameOrAnEmailIsNotShown() {
    for (String id : new String[] {"dee.turner", "dee_turner", "p-sam-jones"}) {
      assertThat(Ids.shown(RecipientId.of(PersonId.of(id))))
          .as(id)
          .doesNotContain("dee")
          .doesNotContain("turner")
          .doesNotContain("sam")
          .doesNotContain("jones");
    }
  }

  @Test
  void aMintedIdAndAnOrganisationAreShownAsTheyAre() {
    assertThat(Ids.shown(RecipientId.of(PersonId.of("p-17")))).isEqualTo("p-17");
    assertThat(Ids.shown(RecipientId.of(OrganisationId.of("safeguarding-board"))))
        .isEqualTo(RecipientId.of(OrganisationId.of("safeguarding-board")).toString())
        .contains("safeguarding-board");
  }
}
