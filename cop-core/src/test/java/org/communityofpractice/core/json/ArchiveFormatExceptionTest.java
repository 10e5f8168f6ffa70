package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityofpractice.core.json.Golden.rejected;
import static org.communityofpractice.core.json.Golden.with;
import static org.communityofpractice.core.json.Golden.without;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.communityofpractice.core.json.ArchiveFormatException.Kind;
import org.junit.jupiter.api.Test;

/** Each kind of fault, with the exact message it gives. */
class ArchiveFormatExceptionTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void aRatingOffTheScaleNamesItsPathTheScaleAndTheValue() {
    ArchiveFormatException e =
        rejected(with("/sessions/2/scaling/0/ratings/4/value", NODES.numberNode(11)));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.sessions[2].scaling[0].ratings[4].value");
    assertThat(e.expectation()).isEqualTo("must be within 1..10");
    assertThat(e.value()).isEqualTo("11");
    assertThat(e.getMessage())
        .isEqualTo("$.sessions[2].scaling[0].ratings[4].value must be within 1..10 but was 11");
    assertThat(e.getCause()).isNotNull();
    assertThat(e.line()).isEmpty();
  }

  @Test
  void aStringForAnIntegerIsTheWrongTypeAndIsNotCoerced() {
    ArchiveFormatException e =
        rejected(with("/sessions/2/scaling/0/ratings/4/value", NODES.textNode("7")));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].scaling[0].ratings[4].value must be an integer but was a string \"7\"");
  }

  @Test
  void aFloatForAnIntegerIsTheWrongType() {
    ArchiveFormatException e =
        rejected(with("/sessions/2/scaling/0/ratings/4/value", NODES.numberNode(7.0)));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].scaling[0].ratings[4].value must be an integer but was a number 7.0");
  }

  @Test
  void anIntegerBeyondThirtyTwoBitsIsOutOfRange() {
    ArchiveFormatException e =
        rejected(with("/sessions/2/scaling/0/ratings/4/value", NODES.numberNode(1L << 40)));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].scaling[0].ratings[4].value must be within -2147483648..2147483647 but was 1099511627776");
  }

  @Test
  void nullIsNeverAValue() {
    assertThat(rejected(with("/name", NODES.nullNode())).getMessage())
        .isEqualTo("$.name must be a string but was null");
    // an optional value is left out, not written as null
    ArchiveFormatException e = rejected(with("/focus", NODES.nullNode()));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.getMessage()).isEqualTo("$.focus must be a string but was null");
  }

  @Test
  void aWrongTypeInAPersonalFieldWithholdsTheValue() {
    ArchiveFormatException e = rejected(with("/register/people/1/name", NODES.numberNode(42)));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.isPersonal()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo(
            "$.register.people[1].name must be a string but was a number (value withheld (personal data))");
  }

  @Test
  void anInvalidEmailIsReportedWithoutTheEmail() {
    ArchiveFormatException e =
        rejected(with("/register/people/1/contact/email", NODES.textNode("sam.example.org")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.register.people[1].contact.email must be an email address like name@host.org, at most 254 characters"
                + " (value withheld (personal data))")
        .doesNotContain("sam");
  }

  @Test
  void livedExperienceIsNeverShownEvenWhenItIsNoCategory() {
    ArchiveFormatException e =
        rejected(with("/register/people/1/livedExperience/0", NODES.textNode("PRISON")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .startsWith("$.register.people[1].livedExperience[0] must be one of HOMELESSNESS, ")
        .endsWith(" (value withheld (personal data))")
        .doesNotContain("PRISON");
  }

  @Test
  void aBlankContributionIsReportedWithoutItsText() {
    ArchiveFormatException e =
        rejected(with("/sessions/0/contributions/3/text", NODES.numberNode(1)));
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[0].contributions[3].text must be a string but was a number (value withheld (personal data))");
  }

  @Test
  void anUnknownFieldIsNamedWithTheFieldsTheObjectMayHold() {
    String json =
        Golden.edited(
            t ->
                ((com.fasterxml.jackson.databind.node.ObjectNode)
                        t.at("/sessions/2/scaling/0/ratings/4"))
                    .put("weight", 2));
    ArchiveFormatException e = rejected(json);
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(e.path()).isEqualTo("$.sessions[2].scaling[0].ratings[4].weight");
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].scaling[0].ratings[4].weight is not a known field here; expected only value, ratedBy");
  }

  @Test
  void anUnknownFieldWithAnOddNameIsQuotedInThePath() {
    String json = Golden.edited(t -> t.put("it's odd", 1));
    assertThat(rejected(json).path()).isEqualTo("$['it\\'s odd']");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    ArchiveFormatException e = rejected(without("/sessions/1/topic"));
    assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
    assertThat(e.getMessage()).isEqualTo("$.sessions[1].topic is required but was missing");
  }

  @Test
  void aPersonTheRegisterDoesNotHoldIsADanglingReferenceWhereItIsNamed() {
    ArchiveFormatException e =
        rejected(with("/sessions/2/attendees/1", NODES.textNode("p-7kx2qd9m4tbz")));
    assertThat(e.kind()).isEqualTo(Kind.DANGLING_REFERENCE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].attendees[1] must name a person held by the register but was p-7kx2qd9m4tbz");
  }

  @Test
  void aDanglingIdThatLooksLikeANameIsWithheld() {
    ArchiveFormatException e =
        rejected(with("/sessions/2/attendees/1", NODES.textNode("dee.turner")));
    assertThat(e.kind()).isEqualTo(Kind.DANGLING_REFERENCE);
    assertThat(e.isPersonal()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].attendees[1] must name a person held by the register (value withheld (personal data))");
  }

  @Test
  void everyKindOfReferenceIsChecked() {
    assertThat(
            rejected(with("/sessions/2/smallSteps/0/followsAction", NODES.textNode("a-none")))
                .getMessage())
        .isEqualTo(
            "$.sessions[2].smallSteps[0].followsAction must name an action agreed at a session of the community but was a-none");
    assertThat(
            rejected(with("/sessions/2/smallSteps/1/followsSession", NODES.textNode("s-none")))
                .getMessage())
        .isEqualTo(
            "$.sessions[2].smallSteps[1].followsSession must name a session of the community but was s-none");
    assertThat(rejected(with("/sessions/1/topic", NODES.textNode("t-none"))).getMessage())
        .isEqualTo("$.sessions[1].topic must name a topic of the community but was t-none");
    assertThat(rejected(with("/sessions/1/series", NODES.textNode("series-none"))).getMessage())
        .isEqualTo("$.sessions[1].series must name a series of the community but was series-none");
    assertThat(rejected(with("/sessions/1/runningOrder", NODES.textNode("r-none"))).getMessage())
        .isEqualTo(
            "$.sessions[1].runningOrder must name one of the guide's templates or one of the community's"
                + " running orders but was r-none");
    assertThat(rejected(with("/coreGroup/0", NODES.textNode("p-none"))).kind())
        .isEqualTo(Kind.DANGLING_REFERENCE);
  }

  @Test
  void aReferenceToALaterSessionIsAnInvalidValueReportedByTheModel() {
    ArchiveFormatException e =
        rejected(
            with(
                "/sessions/2/smallSteps/1/followsSession",
                NODES.textNode("s-2016-06-lone-working")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[2].smallSteps[1].followsSession must name an earlier session but was s-2016-06-lone-working");
  }

  @Test
  void anInvariantOfTheCommunityIsMappedOntoTheDocumentsPath() {
    ArchiveFormatException e =
        rejected(
            with("/sessions/1/startsAt", NODES.textNode("2016-01-07T10:00:00Z[Europe/London]")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.sessions[1].startsAt");
    assertThat(e.getMessage())
        .startsWith("$.sessions[1].startsAt must not be before the previous session's start");
  }

  @Test
  void anInvalidIdNamesItsPlace() {
    ArchiveFormatException e = rejected(with("/sessions/1/id", NODES.textNode("not an id")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.sessions[1].id must be 1..64 letters, digits, '.', '_' or '-' but was \"not an id\"");
  }

  @Test
  void aScaleOutOfBoundsNamesTheScalesField() {
    ArchiveFormatException e =
        rejected(with("/sessions/0/scaling/0/question/scale/max", NODES.numberNode(101)));
    assertThat(e.getMessage())
        .isEqualTo("$.sessions[0].scaling[0].question.scale.max must be within 2..100 but was 101");
  }

  @Test
  void aRepeatedElementOfASetIsRejected() {
    String json =
        Golden.edited(
            t ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) t.at("/coreGroup"))
                    .add("p-chair"));
    ArchiveFormatException e = rejected(json);
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.coreGroup[3] must not repeat an earlier element but was a string \"p-chair\"");
  }

  @Test
  void truncatedJsonIsMalformedWithItsLineAndColumn() {
    ArchiveFormatException e = rejected("{\n  \"schemaVersion\": 1,\n  \"name\": \"Sa");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.path()).isEqualTo("$.name");
    assertThat(e.line()).hasValue(3);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.name must be a complete JSON document but was truncated (at line 3, column "
                + e.column().getAsInt()
                + ")");
  }

  @Test
  void notJsonAtAllIsMalformedAndTheTextIsNotQuoted() {
    ArchiveFormatException e = rejected("{\"schemaVersion\": 1, \"name\": Sam Example}");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getMessage())
        .isEqualTo("$.name must be well-formed JSON but was not (at line 1, column 33)")
        .doesNotContain("Sam");
  }

  @Test
  void emptyTextAndTrailingContentAreMalformed() {
    assertThat(rejected("  ").getMessage())
        .isEqualTo("$ must be a JSON document but was empty (at line 1, column 1)");
    ArchiveFormatException e =
        rejected(
            Golden.ARCHIVE.write(org.communityofpractice.core.fixtures.CommunityFixtures.sotcop())
                + "{}");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getMessage())
        .startsWith("$ must end after its first JSON value but was followed by more content");
  }

  @Test
  void aRepeatedFieldIsRejected() {
    ArchiveFormatException e = rejected("{\"schemaVersion\": 1, \"name\": \"a\", \"name\": \"b\"}");
    assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_FIELD);
    assertThat(e.path()).isEqualTo("$.name");
    assertThat(e.getMessage())
        .startsWith(
            "$.name must appear only once in its object but was repeated (at line 1, column ");
  }

  @Test
  void aNewerSchemaVersionIsUnsupported() {
    ArchiveFormatException e = rejected(with("/schemaVersion", NODES.numberNode(2)));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(e.getMessage())
        .isEqualTo(
            "$.schemaVersion must be at most 1, the newest schema version this reader knows"
                + " (the archive was written by a newer release) but was 2");
  }

  @Test
  void anUnknownOlderSchemaVersionIsUnsupported() {
    ArchiveFormatException e = rejected(with("/schemaVersion", NODES.numberNode(0)));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(e.getMessage())
        .isEqualTo("$.schemaVersion must be a schema version from 1 to 1 but was 0");
  }

  @Test
  void theSchemaVersionIsRequiredAndAnInteger() {
    assertThat(rejected(without("/schemaVersion")).getMessage())
        .isEqualTo("$.schemaVersion is required but was missing");
    assertThat(rejected(with("/schemaVersion", NODES.textNode("1"))).getMessage())
        .isEqualTo("$.schemaVersion must be an integer but was a string \"1\"");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsTheWrongType() {
    assertThat(rejected("[1, 2]").getMessage()).isEqualTo("$ must be an object but was an array");
  }
}
