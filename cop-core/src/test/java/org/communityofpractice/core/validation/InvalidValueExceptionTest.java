package org.communityofpractice.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityofpractice.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** The exception names the field as a path and withholds personal values. */
class InvalidValueExceptionTest {

  @Test
  void namesTheFieldWhatWasExpectedAndTheValue() {
    InvalidValueException e =
        InvalidValueException.of("ratings[4].value", "must be within 1..10", 11);
    assertThat(e).hasMessage("ratings[4].value must be within 1..10 but was 11");
    assertThat(e.field()).isEqualTo("ratings[4].value");
    assertThat(e.expectation()).isEqualTo("must be within 1..10");
    assertThat(e.value()).isEqualTo("11");
    assertThat(e.isPersonal()).isFalse();
  }

  @Test
  void aCharacterBeyondTheBasicPlaneThatHidesItselfIsShownEscapedAndAnyOtherAsItIs() {
    // U+E0041 TAG LATIN CAPITAL LETTER A and U+1D173 MUSICAL SYMBOL BEGIN BEAM hide themselves
    InvalidValueException e =
        InvalidValueException.of(
            "note", "must be short", "a\uDB40\uDC41b\uD834\uDD73c\uD83D\uDE00");
    assertThat(e.value()).isEqualTo("a\\uDB40\\uDC41b\\uD834\\uDD73c\uD83D\uDE00");
  }

  @Test
  void seenFromAnEnclosingValueTheFieldBecomesALongerPath() {
    InvalidValueException e =
        InvalidValueException.of("ratings[4].value", "must be within 1..10", 11);
    InvalidValueException nested = e.within("scaling[0]").within("sessions[2]");
    assertThat(nested.field()).isEqualTo("sessions[2].scaling[0].ratings[4].value");
    assertThat(nested)
        .hasMessage("sessions[2].scaling[0].ratings[4].value must be within 1..10 but was 11");
    assertThat(InvalidValueException.of("[3]", "must be unique", "x").within("owners").field())
        .isEqualTo("owners[3]");
    assertThat(e.within("").field()).isEqualTo("ratings[4].value");
  }

  @Test
  void aPersonalValueIsNeverShown() {
    InvalidValueException e = InvalidValueException.ofPersonal("email", "must be an email address");
    assertThat(e).hasMessage("email must be an email address (value withheld (personal data))");
    assertThat(e.isPersonal()).isTrue();
    assertThat(e.within("register.people[0].contact").getMessage())
        .isEqualTo(
            "register.people[0].contact.email must be an email address (value withheld (personal data))");
  }

  @Test
  void aPersonsIdThatSpellsANameOrAnEmailIsWithheldAndAMintedOneShown() {
    for (String id : new String[] {"dee.turner", "sam", "p-expert-citizen"}) {
      InvalidValueException e =
          InvalidValueException.of("attendees[3]", "must be unique", PersonId.of(id));
      assertThat(e).hasMessage("attendees[3] must be unique (value withheld (personal data))");
      assertThat(e.isPersonal()).isTrue();
      assertThat(e.within("sessions[0]").getMessage()).doesNotContain(id);
    }
    PersonId minted = PersonId.mint();
    assertThat(InvalidValueException.of("attendees[3]", "must be unique", minted))
        .hasMessage("attendees[3] must be unique but was " + minted.value());
  }
}
