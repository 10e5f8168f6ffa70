package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.DomainArbitraries;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.internal.MiddleHalf;
import org.communityofpractice.report.internal.Plain;
import org.communityofpractice.report.internal.ReportOutline;
import org.communityofpractice.report.markdown.MarkdownRenderer;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Remark;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.text.TextRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For generated communities and any threshold a community may choose, the reports members read —
 * text, Markdown and HTML (which the PDF prints) — say the same things in the same order: the same
 * sections, the same counts and sentences, groups left out the same way and said once, every count
 * in its right number, no internal id, and a concluded series promising no next date. The
 * community's impact report too, with its life-cycle stage and history; and a remark is attributed
 * one way in every format, the guide's "— Expert Citizen".
 */
class ReportFormatsAgreeProperties {
  private static final Labels LABELS = Labels.forLanguage("en-GB");
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final Pattern WRONG_PLURAL =
      Pattern.compile("(?<![\\d.,])[+\\u2212-]?1 (minutes|sessions|attendances|points|topics)\\b");

  /** Words the three formats write alike: no character Markdown or HTML treat specially. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ,.’'-]+");

  private static final Pattern MIDDLE_HALF =
      Pattern.compile(
          "the middle half of the ratings (?:lay from (\\S+) to (\\S+)|were all (\\S+))");

  /** One report in the three formats members read, each as the words a reader sees. */
  private record Formats(String text, String markdown, String html, List<List<String>> sections) {
    List<String> all() {
      return List.of(text, markdown, html);
    }
  }

  private static Formats render(Report report) {
    String text = new TextRenderer().render(report);
    String markdown = new MarkdownRenderer().render(report);
    Document html = Jsoup.parse(new HtmlRenderer().render(report));
    Node md = MARKDOWN.parse(markdown);
    return new Formats(
        words(text),
        words(TextContentRenderer.builder().build().render(md)),
        words(html.text()),
        List.of(textSections(text), markdownSections(md), htmlSections(html)));
  }

  private static String words(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The level-2 headings: the sections, whose names are the labels'. */
  private static List<String> textSections(String text) {
    List<String> lines = text.lines().toList();
    List<String> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).matches("-{3,}") && !lines.get(i - 1).isBlank()) {
        out.add(lines.get(i - 1).strip());
      }
    }
    return out;
  }

  private static List<String> markdownSections(Node doc) {
    List<String> out = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == 2) {
              out.add(words(TextContentRenderer.builder().build().render(heading)));
            }
          }
        });
    return out;
  }

  private static List<String> htmlSections(Document doc) {
    return doc.select("h2").stream().map(Element::text).toList();
  }

  private static List<Report> reports(Community community, int threshold) {
    ReportComposer composer =
        ReportComposer.of(
            DisclosurePolicy.asOf(Instant.parse("2031-01-01T00:00:00Z"))
                .withSuppressionThreshold(threshold));
    List<Report> reports = new ArrayList<>();
    community.sessions().forEach(s -> reports.add(composer.session(community, s.id())));
    community.series().forEach(s -> reports.add(composer.series(community, s.id())));
    reports.add(composer.impact(community));
    return reports;
  }

  @Property(tries = 40)
  void everyFormatHasTheSameSectionsInTheSameOrder(
      @ForAll("communities") Community community,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    for (Report report : reports(community, threshold)) {
      Formats f = render(report);
      assertThat(f.sections().get(1)).as("Markdown against text").isEqualTo(f.sections().get(0));
      assertThat(f.sections().get(2)).as("HTML against text").isEqualTo(f.sections().get(0));
      if (report instanceof SeriesReport series) {
        List<String> sections = f.sections().get(0);
        if (!series.recommendations().isEmpty()) {
          // the guide: the recommendations and the breadth of members represented come first
          assertThat(sections.subList(0, sections.indexOf(LABELS.get("section.representation"))))
              .containsAnyOf(LABELS.get("section.recommendations"))
              .doesNotContain(LABELS.get("section.conclusions"), LABELS.get("section.sessions"));
        }
      }
    }
  }

  /** A heading: its level (3 for 3 and deeper: text underlines them alike) and its words. */
  private record Shown(int level, String text) {
    static Shown of(int level, String text) {
      // whitespace aside (text cuts a word longer than a line where HTML and Markdown do not),
      // and the invisible soft hyphen, which jsoup drops from an element's text
      return new Shown(Math.min(level, 3), Plain.line(text).replaceAll("[\\s\\p{Z}\u00ad]+", ""));
    }
  }

  /**
   * Every heading of the text format: the lines above a rule of '=', '-' or '.' as long as them.
   */
  private static List<Shown> textHeadings(String text) {
    List<Shown> out = new ArrayList<>();
    for (String block : text.split("\n\n")) {
      List<String> lines = block.lines().toList();
      if (lines.size() < 2) {
        continue;
      }
      String rule = lines.get(lines.size() - 1);
      List<String> words = lines.subList(0, lines.size() - 1);
      int longest = words.stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
      if (rule.matches("(=+|-+|\\.+)")
          && rule.length() == Math.min(TextRenderer.DEFAULT_WIDTH, Math.max(3, longest))
          && words.stream().noneMatch(l -> l.startsWith("  "))) {
        int level = rule.charAt(0) == '=' ? 1 : rule.charAt(0) == '-' ? 2 : 3;
        out.add(Shown.of(level, String.join(" ", words)));
      }
    }
    return out;
  }

  private static List<Shown> markdownHeadings(Node doc) {
    List<Shown> out = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            out.add(
                Shown.of(
                    heading.getLevel(), TextContentRenderer.builder().build().render(heading)));
          }
        });
    return out;
  }

  private static List<Shown> htmlHeadings(Document doc) {
    return doc.select("h1, h2, h3, h4, h5, h6").stream()
        .map(h -> Shown.of(Integer.parseInt(h.tagName().substring(1)), h.text()))
        .toList();
  }

  /**
   * The one outline is what every format follows: in British English and in Welsh, the text,
   * Markdown and HTML of a report have the same headings — the title, the sections the outline
   * gives in its order, and the headings inside them (a scaling question, a presentation, a session
   * of a series, a concluded series) — at the same levels, in the same words.
   */
  @Property(tries = 30)
  void everyFormatHasTheSameHeadingsAtTheSameLevelsInEitherLanguage(
      @ForAll("communities") Community community,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    for (String language : List.of("en-GB", "cy")) {
      Labels labels = Labels.forLanguage(language);
      for (Report report : reports(community, threshold)) {
        String text = TextRenderer.builder().labels(labels).build().render(report);
        Node markdown =
            MARKDOWN.parse(MarkdownRenderer.builder().labels(labels).build().render(report));
        Document html = Jsoup.parse(HtmlRenderer.builder().labels(labels).build().render(report));
        List<Shown> headings = htmlHeadings(html);
        assertThat(markdownHeadings(markdown)).as("Markdown against HTML").isEqualTo(headings);
        assertThat(textHeadings(text)).as("text against HTML").isEqualTo(headings);
        List<Shown> sections = headings.stream().filter(h -> h.level() == 2).toList();
        assertThat(sections)
            .as("the sections the outline gives")
            .isEqualTo(
                ReportOutline.sections(report).stream()
                    .map(section -> Shown.of(2, section.heading(labels)))
                    .toList());
        assertThat(headings.get(0)).isEqualTo(Shown.of(1, html.select("h1").text()));
        assertThat(html.select("h1")).hasSize(1);
        Statistics.label("headings below the sections")
            .collect(headings.stream().anyMatch(h -> h.level() > 2));
      }
    }
  }

  @Property(tries = 40)
  void everyFormatStatesTheSameCountsAndSentences(
      @ForAll("communities") Community community,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    for (Report report : reports(community, threshold)) {
      Formats f = render(report);
      List<String> facts = facts(report);
      for (String out : f.all()) {
        for (String fact : facts) {
          assertThat(out).as("a fact every format states").contains(fact);
        }
      }
    }
  }

  @Property(tries = 40)
  void groupsLeftOutAreNeverListedAndSaidOnce(
      @ForAll("communities") Community community,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    for (Report report : reports(community, threshold)) {
      RepresentationSummary r = report.representation();
      String fewerThan = ": " + LABELS.format("count.fewerThan", threshold);
      for (String out : render(report).all()) {
        assertThat(out)
            .doesNotContain(fewerThan)
            .doesNotContain(": " + LABELS.get("count.withheld"));
        int times =
            LABELS
                .groupsNotListed(r)
                .map(s -> out.split(Pattern.quote(s), -1).length - 1)
                .orElse(0);
        assertThat(times)
            .as("the sentence that groups are not listed")
            .isEqualTo(r.someGroupsNotListed() ? 1 : 0);
        if (r.someGroupsNotListed()) {
          assertThat(r.notListedBelow()).hasValue(threshold);
        }
      }
      assertThat(Stream.concat(r.listedPerspectives().stream(), r.listedSectors().stream()))
          .allMatch(g -> g.count().value().orElse(0) >= threshold);
    }
  }

  @Property(tries = 40)
  void noInternalIdReachesMembersAndCountsArePluralisedAndQuartilesAreWholePoints(
      @ForAll("communities") Community community,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    String published =
        ReportDisclosureProperties.normalise(ReportDisclosureProperties.publishedText(community));
    List<String> ids =
        ids(community).stream().filter(id -> id.length() >= 5 && !published.contains(id)).toList();
    for (Report report : reports(community, threshold)) {
      for (String out : render(report).all()) {
        for (String id : ids) {
          assertThat(out).as("an internal id").doesNotContain(id);
        }
        Matcher wrong = WRONG_PLURAL.matcher(out);
        while (wrong.find()) {
          assertThat(published).as("a count of one said in the plural").contains(wrong.group());
        }
        Matcher half = MIDDLE_HALF.matcher(out);
        while (half.find()) {
          for (int g = 1; g <= 3; g++) {
            if (half.group(g) != null) {
              assertThat(half.group(g).replaceAll("[.;]$", ""))
                  .as("a quartile of whole-point ratings")
                  .matches("\\d+");
            }
          }
        }
        if (report instanceof SeriesReport series && series.concluded()) {
          assertThat(out).doesNotContain(LABELS.get("invitation.none"));
        }
      }
    }
  }

  /** The sentences the labels make from the model that every format must state, word for word. */
  private static List<String> facts(Report report) {
    List<String> facts = new ArrayList<>();
    RepresentationSummary r = report.representation();
    facts.add(LABELS.format("representation.attendees", LABELS.count(r.attendees())));
    for (GroupCount g : r.listedPerspectives()) {
      facts.add(
          LABELS.format(
              "representation.group", LABELS.perspective(g.key()), LABELS.count(g.count())));
    }
    for (GroupCount g : r.listedSectors()) {
      facts.add(
          LABELS.format("representation.group", LABELS.sector(g.key()), LABELS.count(g.count())));
    }
    LABELS.groupsNotListed(r).ifPresent(facts::add);
    if (report instanceof SessionReport s) {
      s.presentation()
          .ifPresent(p -> facts.add(LABELS.plural("presentation.minutes", p.minutes())));
      for (ScalingResult result : s.scaling()) {
        result.statistics().ifPresent(st -> facts.add(middleHalf(st)));
      }
    }
    for (Remark remark : remarks(report)) {
      // one form of attribution everywhere, the guide's own: "— Expert Citizen"
      remark
          .attribution()
          .filter(a -> PLAIN.matcher(a + remark.text()).matches())
          .ifPresent(a -> facts.add(words(remark.text()) + " — " + words(a)));
    }
    if (report instanceof ImpactReport impact) {
      facts.add(
          LABELS.format("lifeCycle.stage", LABELS.get("lifeCycle." + impact.lifeCycleStage())));
      if (ReportOutline.historyTellsMore(impact)) {
        facts.add(LABELS.get("lifeCycle.history"));
        impact.lifeCycleHistory().forEach(e -> facts.add(ReportOutline.stageEntered(LABELS, e)));
      }
    }
    if (report instanceof SeriesReport s) {
      if (!s.sessions().isEmpty()) {
        facts.add(
            LABELS.format(
                "series.attendances",
                LABELS.plural("series.sessionCount", s.sessions().size()),
                LABELS.plural("series.attendanceCount", s.attendances())));
      }
      for (ScalingTrend t : s.scalingTrends()) {
        t.shareChange()
            .ifPresent(
                c -> {
                  long points = Math.round(c * 100);
                  facts.add(
                      LABELS.plural(
                          "scaling.trend.shareChange",
                          points,
                          (points > 0 ? "+" : points < 0 ? "\u2212" : "") + Math.abs(points)));
                });
      }
    }
    return facts;
  }

  /** The remarks a report quotes, wherever they stand in it. */
  private static List<Remark> remarks(Report report) {
    List<Remark> remarks = new ArrayList<>();
    if (report instanceof SessionReport s) {
      remarks.addAll(s.bestHopes());
      remarks.addAll(s.goodPractice());
      remarks.addAll(s.preferredFuture());
      remarks.addAll(s.workingWell());
      s.scaling().forEach(r -> remarks.addAll(r.onePointUpIdeas()));
    }
    if (report instanceof ImpactReport i) {
      remarks.addAll(i.workingWell());
    }
    return remarks;
  }

  @Property(tries = 40)
  void everyFormatAttributesARemarkTheGuidesWayAndNoOther(
      @ForAll("communities") Community community,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    for (Report report : reports(community, threshold)) {
      Formats f = render(report);
      for (Remark remark : remarks(report)) {
        if (remark.attribution().isPresent()
            && PLAIN.matcher(remark.attribution().get() + remark.text()).matches()) {
          String text = words(remark.text());
          String by = words(remark.attribution().get());
          for (String out : f.all()) {
            assertThat(out)
                .as("attributed the guide's way")
                .contains(text + " — " + by)
                .doesNotContain(text + " (" + by + ")");
          }
        }
      }
      Statistics.label("attributed remarks")
          .collect(remarks(report).stream().anyMatch(r -> r.attribution().isPresent()));
    }
  }

  private static String middleHalf(ScalingStatistics st) {
    return LABELS.format(
        MiddleHalf.labelKey(st),
        LABELS.number(st.median()),
        MiddleHalf.from(st),
        MiddleHalf.to(st));
  }

  private static List<String> ids(Community c) {
    List<String> ids = new ArrayList<>(List.of(c.id().value()));
    c.register().people().stream().map(Person::id).forEach(p -> ids.add(p.value()));
    c.topics().stream().map(Topic::id).forEach(t -> ids.add(t.value()));
    c.series().stream().map(Series::id).forEach(s -> ids.add(s.value()));
    for (Session s : c.sessions()) {
      ids.add(s.id().value());
      s.actions().stream().map(Action::id).forEach(a -> ids.add(a.value()));
    }
    return ids;
  }

  @Provide
  Arbitrary<Community> communities() {
    return DomainArbitraries.communities(DomainArbitraries::withConsent);
  }
}
