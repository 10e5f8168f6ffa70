package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.communityofpractice.core.fixtures.CommunityFixtures;

/** The @SoTCoP document with one change, for tests that expect one exact error. */
final class Golden {
  static final ArchiveJson ARCHIVE = ArchiveJson.create();

  private Golden() {}

  static ObjectNode tree() {
    return ARCHIVE.tree(CommunityFixtures.sotcop());
  }

  /** The document with the value at a JSON pointer, such as {@code /sessions/2/title}, replaced. */
  static String with(String pointer, JsonNode value) {
    return edited(tree -> set(tree, pointer, value));
  }

  /** The document with the field at a JSON pointer removed. */
  static String without(String pointer) {
    return edited(
        tree -> {
          JsonPointer p = JsonPointer.compile(pointer);
          ((ObjectNode) tree.at(p.head())).remove(p.last().getMatchingProperty());
        });
  }

  static String edited(Consumer<ObjectNode> edit) {
    ObjectNode tree = tree();
    edit.accept(tree);
    return ARCHIVE.pretty(tree);
  }

  static void set(ObjectNode tree, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(p.head());
    if (parent instanceof ArrayNode array) {
      array.set(p.last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
    }
  }

  /** The error reading {@code json}; fails the test when there is none, or another exception. */
  static ArchiveFormatException rejected(String json) {
    ArchiveFormatException e =
        catchThrowableOfType(ArchiveFormatException.class, () -> ARCHIVE.read(json));
    assertThat(e).as("an ArchiveFormatException").isNotNull();
    return e;
  }
}
