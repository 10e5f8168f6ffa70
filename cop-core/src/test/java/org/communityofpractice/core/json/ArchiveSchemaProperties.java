package org.communityofpractice.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.communityofpractice.core.json.Sites.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.synthetic.SyntheticNetwork;

/**
 * The archive's JSON Schema over generated communities (the domain's arbitraries and the synthetic
 * network): every archive the writer writes validates, and whatever a mutation of one makes the
 * schema reject, the strict reader rejects too.
 */
class ArchiveSchemaProperties {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Provide
  Arbitrary<Community> communities() {
    // with consent ledgers and restrictions, so every part of the archive is exercised
    return DomainArbitraries.communitiesWithConsent();
  }

  @Provide
  Arbitrary<List<Integer>> picks() {
    return Arbitraries.integers().between(0, 1_000_000).list().ofSize(4);
  }

  @Property(tries = 200)
  void everyArchiveTheWriterWritesValidates(@ForAll("communities") Community community) {
    String json = ARCHIVE.write(community);
    assertThat(ArchiveSchema.errors(json)).as(json).isEmpty();
    Statistics.label("sessions").collect(community.sessions().size());
  }

  /** The synthetic network's communities, the benchmarks' and the analyses' input, as archives. */
  @Property(tries = 20)
  void everyArchiveOfTheSyntheticNetworkValidates(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2) int index,
      @ForAll @IntRange(min = 0, max = 13) int sessions) {
    Community community =
        SyntheticNetwork.builder().seed(seed).communities(3).build().community(index, sessions);
    String json = ARCHIVE.write(community);
    assertThat(ArchiveSchema.errors(json)).as("seed %d, community %d", seed, index).isEmpty();
  }

  /**
   * Every node has one JSON type in the schema, so a value of another type anywhere is refused by
   * both.
   */
  @Property(tries = 50)
  void aValueOfTheWrongTypeAnywhereIsRejectedByTheSchemaAndTheReader(
      @ForAll("communities") Community community,
      @ForAll("picks") List<Integer> picks,
      @ForAll @IntRange(min = 0, max = 100) int which) {
    for (int where : picks) {
      ObjectNode tree = ARCHIVE.tree(community);
      Sites.Site site = pick(Sites.all(tree), where);
      List<JsonNode> others = Sites.otherTypes(site.value());
      site.replace(others.get((which + where) % others.size()).deepCopy());
      String json = ARCHIVE.pretty(tree);

      assertThat(ArchiveSchema.errors(json))
          .as("the schema's errors at %s", site.path())
          .isNotEmpty();
      assertThat(readerError(json)).as("the reader's error at %s", site.path()).isNotNull();
      Statistics.label("replaced").collect(site.value().getNodeType());
    }
  }

  @Property(tries = 50)
  void anUnknownFieldInAnyObjectIsRejectedByTheSchemaAndTheReader(
      @ForAll("communities") Community community, @ForAll("picks") List<Integer> picks) {
    for (int where : picks) {
      ObjectNode tree = ARCHIVE.tree(community);
      Sites.Site object = pick(Sites.objects(tree), where);
      ((ObjectNode) object.value()).put("colour", "blue");
      String json = ARCHIVE.pretty(tree);

      assertThat(ArchiveSchema.errors(json))
          .as("the schema's errors at %s", object.path())
          .isNotEmpty();
      assertThat(readerError(json)).as("the reader's error at %s", object.path()).isNotNull();
    }
  }

  /**
   * Removing any field, or emptying any string: when the schema rejects the result, so does the
   * reader (the schema is never the stricter of the two); when the reader takes it, so does the
   * schema.
   */
  @Property(tries = 50)
  void aRemovedFieldOrAnEmptiedStringTheSchemaRejectsTheReaderRejectsToo(
      @ForAll("communities") Community community,
      @ForAll("picks") List<Integer> picks,
      @ForAll boolean remove) {
    for (int where : picks) {
      ObjectNode tree = ARCHIVE.tree(community);
      Sites.Site site;
      if (remove) {
        site = pick(Sites.matching(tree, s -> !s.inArray()), where);
        site.remove();
      } else {
        site = pick(Sites.matching(tree, s -> s.value().isTextual()), where);
        site.replace(NODES.textNode(""));
      }
      String json = ARCHIVE.pretty(tree);

      boolean schemaRejects = !ArchiveSchema.errors(json).isEmpty();
      boolean readerRejects = readerError(json) != null;
      if (schemaRejects) {
        assertThat(readerRejects)
            .as("the reader rejects what the schema rejects at %s", site.path())
            .isTrue();
      }
      Statistics.label(remove ? "removed" : "emptied")
          .collect(
              schemaRejects
                  ? "both reject"
                  : readerRejects ? "only the reader rejects" : "both take");
    }
  }

  private static ArchiveFormatException readerError(String json) {
    return catchThrowableOfType(ArchiveFormatException.class, () -> ARCHIVE.read(json));
  }
}
