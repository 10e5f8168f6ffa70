package org.communityofpractice.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The places in a JSON tree, each with the JSON path the archive reports for it, so a test can
 * change the value at one place and expect an error naming exactly that path.
 */
final class Sites {
  private Sites() {}

  /** One place: the value under {@code field} of an object, or at {@code index} of an array. */
  record Site(String path, JsonNode container, String field, int index, JsonNode value) {
    /** The field name, or for an array element the name of the field holding the array. */
    String name() {
      return field;
    }

    boolean inArray() {
      return index >= 0;
    }

    void replace(JsonNode replacement) {
      if (inArray()) {
        ((ArrayNode) container).set(index, replacement);
      } else {
        ((ObjectNode) container).set(field, replacement);
      }
    }

    /** Removes an object's field; an array element is never removed. */
    void remove() {
      ((ObjectNode) container).remove(field);
    }
  }

  /** Every place under the root, depth first, in document order. */
  static List<Site> all(JsonNode root) {
    List<Site> sites = new ArrayList<>();
    walk(root, "$", null, sites);
    return sites;
  }

  static List<Site> matching(JsonNode root, Predicate<Site> filter) {
    return all(root).stream().filter(filter).toList();
  }

  /** Every object node with its path, the root included. */
  static List<Site> objects(JsonNode root) {
    List<Site> objects = new ArrayList<>();
    if (root.isObject()) {
      objects.add(new Site("$", null, null, -1, root));
    }
    all(root).stream().filter(s -> s.value().isObject()).forEach(objects::add);
    return objects;
  }

  /** A value of each JSON type, an integer and a fraction counted apart. */
  private static final List<JsonNode> EVERY_TYPE =
      List.of(
          JsonNodeFactory.instance.nullNode(),
          JsonNodeFactory.instance.textNode("7"),
          JsonNodeFactory.instance.numberNode(7),
          JsonNodeFactory.instance.numberNode(7.5),
          JsonNodeFactory.instance.booleanNode(true),
          JsonNodeFactory.instance.objectNode(),
          JsonNodeFactory.instance.arrayNode());

  /**
   * A value of each JSON type but the type of {@code value}: what a wrong-type mutation puts in its
   * place.
   */
  static List<JsonNode> otherTypes(JsonNode value) {
    return EVERY_TYPE.stream().filter(r -> !sameType(r, value)).toList();
  }

  /** One of the places, chosen by a generated number. */
  static <T> T pick(List<T> values, int where) {
    return values.get(where % values.size());
  }

  /** Whether two values have the same JSON type, telling integers from other numbers. */
  static boolean sameType(JsonNode a, JsonNode b) {
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    return a.getNodeType() != JsonNodeType.NUMBER || a.isIntegralNumber() == b.isIntegralNumber();
  }

  private static void walk(JsonNode node, String path, String arrayField, List<Site> sites) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = JsonIn.field(path, e.getKey());
        sites.add(new Site(child, node, e.getKey(), -1, e.getValue()));
        walk(e.getValue(), child, e.getKey(), sites);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = path + "[" + i + "]";
        sites.add(new Site(child, node, arrayField, i, node.get(i)));
        walk(node.get(i), child, arrayField, sites);
      }
    }
  }
}
