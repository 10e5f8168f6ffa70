package org.communityofpractice.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** People, their contact details and the register keep personal data out of messages and text. */
class PersonTest {
  private final Person sam = CommunityFixtures.expertCitizen();

  @Test
  void aPersonsTextShowsTheIdAlone() {
    assertThat(sam).hasToString("Person{id=p-expert-citizen}");
    assertThat(sam.toString())
        .doesNotContain("Sam", "sam@example.org", "Expert Citizen", "CRIMINAL_JUSTICE");
  }

  @Test
  void contactDetailsShowWhichAreHeldButNotWhatTheyAre() {
    ContactDetails both = ContactDetails.of("sam@example.org", "01782 000000");
    assertThat(both).hasToString("ContactDetails{email=held, phone=held}");
    assertThat(ContactDetails.none()).hasToString("ContactDetails{email=none, phone=none}");
    assertThat(ContactDetails.of(null, null)).isSameAs(ContactDetails.none());
    assertThat(ContactDetails.none().isEmpty()).isTrue();
  }

  @Test
  void aBadEmailOrPhoneIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> ContactDetails.email("sam.example.org"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "email must be an email address like name@host.org, at most 254 characters"
                + " (value withheld (personal data))")
        .hasMessageNotContaining("sam.example.org")
        .satisfies(
            e -> {
              InvalidValueException invalid = (InvalidValueException) e;
              assertThat(invalid.isPersonal()).isTrue();
              assertThat(invalid.value()).doesNotContain("sam");
            });
    assertThatThrownBy(() -> ContactDetails.of(null, "call 01782"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("phone must be 6..20 digits")
        .hasMessageNotContaining("01782");
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> Person.builder().id(PersonId.of("p-1")).name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must not be blank but was \" \"");
    assertThatThrownBy(
            () -> Person.builder().id(PersonId.of("p-1")).name("Sam Example").role("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("role must not be blank but was \"\"");
  }

  @Test
  void aPersonIdIsAnIdentifier() {
    assertThatThrownBy(() -> PersonId.of("Sam Example"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("personId must be 1..64 letters, digits")
        .hasMessageNotContaining("Sam"); // what was typed where an id goes is often a name
    assertThat(PersonId.of("p-1").compareTo(PersonId.of("p-2"))).isNegative();
  }

  @Test
  void mintedIdsCarryNothingAndIdsThatLookLikeNamesEmailsOrRolesAreSpotted() {
    java.util.Set<PersonId> minted = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      PersonId id = PersonId.mint();
      assertThat(id.value()).matches("p-[0-9b-df-hj-np-tv-xz]{12}");
      assertThat(id.looksPersonal()).as(id.value()).isFalse();
      minted.add(id);
    }
    assertThat(minted).hasSize(1000);
    for (String personal : new String[] {"sam", "dee.turner", "p-expert-citizen", "p-Chair"}) {
      assertThat(PersonId.of(personal).looksPersonal()).as(personal).isTrue();
    }
    for (String opaque : new String[] {"p-1", "p-0042", "p-7kx2qd9m4tbz", "rs", "b-07"}) {
      assertThat(PersonId.of(opaque).looksPersonal()).as(opaque).isFalse();
    }
  }

  @Test
  void theRegisterFindsPeopleByIdAndShowsOnlyItsSize() {
    MemberRegister register = CommunityFixtures.register();
    assertThat(register.find(CommunityFixtures.EXPERT_CITIZEN)).contains(sam);
    assertThat(register.holds(PersonId.of("p-nobody"))).isFalse();
    assertThat(register.ids())
        .hasSize(13)
        .containsExactlyElementsOf(register.people().stream().map(Person::id).toList()); // as added
    assertThat(register.toString())
        .startsWith("MemberRegister{people=13")
        .doesNotContain("Sam", "@");
    assertThat(MemberRegister.empty().size()).isZero();
  }

  @Test
  void anExpertByExperienceIsKnownByTheirPerspective() {
    assertThat(sam.isExpertByExperience()).isTrue();
    assertThat(
            CommunityFixtures.register()
                .find(CommunityFixtures.PRISON_GOVERNOR)
                .orElseThrow()
                .isExpertByExperience())
        .isFalse();
  }
}
