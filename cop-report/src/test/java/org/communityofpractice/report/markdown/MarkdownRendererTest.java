package org.communityofpractice.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.communityofpractice.report.internal.Plain;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ReportSamples;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final Parser PARSER = Parser.builder().build();
  private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

  @Test
  void sessionReportReadsAsHeadingsAndListsInTheGuidesOrder() {
    Node doc = PARSER.parse(renderer.render(ReportSamples.session(ReportSamples.REALISTIC)));
    List<String> headings = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings.add(heading.getLevel() + " " + text(heading));
          }
        });
    assertThat(headings)
        .startsWith(
            "1 Session report: title in brief",
            "2 Introduction from the chair",
            "2 Who was represented",
            "2 Best hopes",
            "2 Presentation");
    assertThat(headings)
        .containsSubsequence(
            "2 Conclusions",
            "2 Recommendations",
            "2 Questions for others to answer",
            "2 From the flip charts, whiteboards and post-its",
            "2 Resources",
            "2 Thank you, and our next session",
            "2 Our principles");
    assertThat(text(doc))
        .contains(
            "Frontline practitioners: 9",
            "Lived experience was represented.",
            "Groups of fewer than 5 people are not listed",
            "Housing Manager, Stoke-on-Trent",
            "Median 6.5; the middle half of the ratings lay from 5 to 7")
        .doesNotContain("Commissioners: ", "quartiles");
  }

  /**
   * A remote image, even a well-formed https one, is a tracking pixel: only local files are images.
   */
  @Test
  void theOnlyLinksAndImagesAreTheModelsSafeOnes() {
    Node doc = PARSER.parse(renderer.render(ReportSamples.session(ReportSamples.REALISTIC)));
    assertThat(nodes(doc, Link.class))
        .extracting(Link::getDestination)
        .containsExactlyElementsOf(ReportSamples.LINKS.stream().map(URI::toString).toList());
    assertThat(nodes(doc, Image.class))
        .extracting(Image::getDestination)
        .containsExactly("photos/flipchart-1.jpg");
  }

  @Test
  void hostileTextInEveryFieldMakesNoLinkNoHtmlAndNoMarkup() {
    for (Report hostile :
        List.<Report>of(
            ReportSamples.session(ReportSamples.HOSTILE_TEXTS),
            ReportSamples.series(ReportSamples.HOSTILE_TEXTS))) {
      Node doc = PARSER.parse(renderer.render(hostile));
      assertThat(nodes(doc, HtmlInline.class)).isEmpty();
      assertThat(nodes(doc, HtmlBlock.class)).isEmpty();
      Set<String> links =
          nodes(doc, Link.class).stream().map(Link::getDestination).collect(Collectors.toSet());
      assertThat(links).isSubsetOf(ReportSamples.LINKS.stream().map(URI::toString).toList());
      // a series gives its sessions in brief, without their flip charts
      assertThat(nodes(doc, Image.class))
          .extracting(Image::getDestination)
          .allMatch("photos/flipchart-1.jpg"::equals);
    }
  }

  @Test
  void hostileTextHasExactlyTheStructureOfPlainText() {
    String hostile = renderer.render(ReportSamples.series(ReportSamples.HOSTILE_TEXTS));
    String plain = renderer.render(ReportSamples.series(ReportSamples.PLAIN_TWIN));
    assertThat(shape(PARSER.parse(hostile))).isEqualTo(shape(PARSER.parse(plain)));
  }

  @Test
  void escapedTextReadsBackAsTheTextItself() {
    for (String hostile : ReportSamples.HOSTILE) {
      Node doc = PARSER.parse(MarkdownRenderer.escape(hostile) + "\n");
      assertThat(text(doc)).isEqualTo(Plain.line(hostile));
      assertThat(doc.getFirstChild()).isInstanceOf(org.commonmark.node.Paragraph.class);
      assertThat(doc.getFirstChild().getNext()).isNull();
    }
  }

  @Test
  void textThatLooksLikeAListOrHeadingStaysAParagraph() {
    for (String s :
        List.of("- item", "+ item", "1. item", "12) item", "# heading", "=== ", "> quote", "---")) {
      Node doc = PARSER.parse(MarkdownRenderer.escape(s) + "\n");
      assertThat(doc.getFirstChild()).as(s).isInstanceOf(org.commonmark.node.Paragraph.class);
      assertThat(text(doc)).isEqualTo(s.trim());
    }
    Node list = PARSER.parse("- " + MarkdownRenderer.escape("1. nested?") + "\n");
    assertThat(nodes(list, BulletList.class)).hasSize(1);
    assertThat(nodes(list, org.commonmark.node.OrderedList.class)).isEmpty();
  }

  @Test
  void declaresItsFormat() {
    assertThat(renderer.format()).isEqualTo("markdown");
    assertThat(renderer.fileExtension()).isEqualTo("md");
    assertThat(renderer.mediaType()).startsWith("text/markdown");
  }

  /** The node types in document order, leaving out text: what the markup made of the document. */
  private static List<String> shape(Node doc) {
    List<String> shape = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
              if (!(n instanceof Text)) {
                shape.add(n.getClass().getSimpleName());
              }
              n.accept(this);
            }
          }
        });
    return shape;
  }

  static <T extends Node> List<T> nodes(Node doc, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(doc, type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      collect(n, type, found);
    }
  }

  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    for (Text t : nodes(node, Text.class)) {
      sb.append(t.getLiteral());
    }
    return sb.toString();
  }
}
