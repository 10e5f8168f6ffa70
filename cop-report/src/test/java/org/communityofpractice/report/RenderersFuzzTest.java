package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.FuzzTime;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.ArchiveJson;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * A coverage-guided fuzz target for every renderer over decoded archives. The input is a list of
 * edits to the golden archive — each a two-byte index of one of its strings, a two-byte length and
 * that many bytes of UTF-8 text to put there — so the fuzzer spends its time on archives that read
 * and on what the renderers make of hostile text, not on JSON syntax. Every archive that reads is
 * composed into every session and series report and rendered in every format found; nothing may
 * throw. Regression inputs (the hostile strings, put into names, titles, texts, venues, links and
 * image references) are in {@code RenderersFuzzTestInputs/everyRendererOverADecodedArchive}.
 */
class RenderersFuzzTest {
  private static final ArchiveJson ARCHIVE = ArchiveJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode GOLDEN = golden();
  private static final ReportComposer COMPOSER =
      ReportComposer.of(DisclosurePolicy.asOf(Instant.parse("2017-01-01T00:00:00Z")));
  private static final List<ReportRenderer> RENDERERS = renderers();

  private static JsonNode golden() {
    try (InputStream in =
        RenderersFuzzTest.class.getResourceAsStream("/golden/sotcop-with-consent.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ReportRenderer> renderers() {
    ReportRenderers all = ReportRenderers.load();
    return all.formats().stream().map(all::get).toList();
  }

  /** Every string in the tree, as (object, field) or (array, index) places, in document order. */
  private static void strings(JsonNode node, List<Object[]> places) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getValue().isTextual()) {
          places.add(new Object[] {node, field.getKey()});
        } else {
          strings(field.getValue(), places);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual()) {
          places.add(new Object[] {node, i});
        } else {
          strings(node.get(i), places);
        }
      }
    }
  }

  @FuzzTest(maxDuration = FuzzTime.EACH)
  void everyRendererOverADecodedArchive(byte[] input) {
    JsonNode tree = GOLDEN.deepCopy();
    List<Object[]> places = new ArrayList<>();
    strings(tree, places);
    ByteBuffer edits = ByteBuffer.wrap(input);
    while (edits.remaining() >= 4) {
      int index = Short.toUnsignedInt(edits.getShort()) % places.size();
      int length = Math.min(Short.toUnsignedInt(edits.getShort()), edits.remaining());
      byte[] text = new byte[length];
      edits.get(text);
      Object[] place = places.get(index);
      TextNode value = TextNode.valueOf(new String(text, StandardCharsets.UTF_8));
      if (place[1] instanceof String field) {
        ((ObjectNode) place[0]).set(field, value);
      } else {
        ((ArrayNode) place[0]).set((Integer) place[1], value);
      }
    }
    Community community;
    try {
      community = ARCHIVE.read(tree.toString());
    } catch (ArchiveFormatException e) {
      return;
    }
    for (Session s : community.sessions()) {
      render(COMPOSER.session(community, s.id()));
    }
    for (Series s : community.series()) {
      render(COMPOSER.series(community, s.id()));
    }
  }

  private static void render(Report report) {
    for (ReportRenderer renderer : RENDERERS) {
      // write() is the one path every renderer takes, text and binary (pdf) alike
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.write(report, out);
      assertThat(out.size()).as(renderer.format()).isPositive();
    }
  }
}
