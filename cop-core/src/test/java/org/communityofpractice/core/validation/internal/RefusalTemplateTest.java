package org.communityofpractice.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A British English template finds again the arguments it put in a text, the same argument put in
 * twice included: the text must then hold the same words in both places.
 */
class RefusalTemplateTest {
  @Test
  void aTemplateFindsTheArgumentsItPutIn() {
    Refusals.Template t = Refusals.Template.of("expect.within", "must be within {0}..{1}");
    assertThat(t.arguments("must be within 1..10")).contains(List.of("1", "10"));
    assertThat(t.arguments("must be within 1 to 10")).isEmpty();
  }

  @Test
  void anArgumentPutInTwiceIsTheSameTextInBothPlaces() {
    Refusals.Template t =
        Refusals.Template.of("expect.twice", "must name {0} as {1} does, not as {0}''s own");
    assertThat(t.arguments("must name $.a as $.b does, not as $.a's own"))
        .contains(List.of("$.a", "$.b"));
    assertThat(t.arguments("must name $.a as $.b does, not as $.c's own")).isEmpty();
    assertThat(t.literalLength()).isEqualTo("must name  as  does, not as 's own".length());
  }
}
