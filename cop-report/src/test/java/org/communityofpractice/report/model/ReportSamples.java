package org.communityofpractice.report.model;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.scaling.ScalingQuestion;

/**
 * Report models for renderer tests, built straight from the model (the composer has its own tests):
 * a realistic session and series, and the same shapes with hostile text in every free-text field.
 */
public final class ReportSamples {
  private ReportSamples() {}

  /** Where the free text of a sample comes from. */
  public interface Texts {
    /** The text of a single field. */
    String one(String field);

    /** The texts of a list field. */
    List<String> many(String field);
  }

  /** An XSS and markup-injection corpus, plus what spreadsheets and terminals make of text. */
  public static final List<String> HOSTILE =
      List.of(
          "<script>alert('xss')</script>",
          "<img src=x onerror=alert(1)>",
          "<a href=\"javascript:alert(1)\">click</a>",
          "[click me](javascript:alert(1))",
          "![pixel](javascript:alert(1))",
          "<http://evil.example/> <mailto:x@evil.example>",
          "</p></li><div onclick=\"alert(1)\" style=\"position:fixed\">broken <b>markup",
          "<svg onload=alert(1)><style>body{display:none}</style>",
          "<!-- comment --> <?php echo 1 ?> <![CDATA[x]]>",
          "&lt;script&gt; &#x3C;script&#x3E; &amp;",
          "[ref]: javascript:alert(1)\n\n[ref]",
          "line one\n# heading\n> quote\n    code\n- item\n1. item\n```\nfence",
          "*emph* __strong__ `code` ~~gone~~ | a | b |",
          "\\<script>alert(1)\\</script>",
          "javascript:alert(document.cookie)",
          "\u202Egnp.exe\u202C and \u2066isolated\u2069 and \u200Fmark",
          "=HYPERLINK(\"http://evil.example\",\"click\")",
          "+1+cmd|' /C calc'!A0",
          "-2+3",
          "@SUM(A1:A9)",
          "\tstarts with a tab",
          "\rstarts with a carriage return",
          "\"quoted\", with, commas\nand a new line",
          "x".repeat(10_000));

  /**
   * Hostile text: every single field holds the whole corpus, every list one entry per corpus item.
   */
  public static final Texts HOSTILE_TEXTS =
      new Texts() {
        @Override
        public String one(String field) {
          return String.join(" ", HOSTILE);
        }

        @Override
        public List<String> many(String field) {
          return HOSTILE;
        }
      };

  /**
   * The hostile shape with every text replaced by a plain word: what the hostile report must look
   * like.
   */
  public static final Texts PLAIN_TWIN =
      new Texts() {
        @Override
        public String one(String field) {
          return "plain";
        }

        @Override
        public List<String> many(String field) {
          return Collections.nCopies(HOSTILE.size(), "plain");
        }
      };

  /** Ordinary words from the guide's world. */
  public static final Texts REALISTIC =
      new Texts() {
        @Override
        public String one(String field) {
          return switch (field) {
            case "community" -> "@SoTCoP";
            case "place" -> "Stoke-on-Trent";
            case "topic" -> "Prison release";
            case "venue" -> "VOICES, Federation House";
            case "introduction" ->
                "Welcome to the report of our first session on prison release. "
                    + "Thank you to the experts by experience who shared what release on a Friday is like.";
            case "series" -> "Prison release 2016";
            case "attribution" -> "Housing Manager, Stoke-on-Trent";
            default -> field + " in brief";
          };
        }

        @Override
        public List<String> many(String field) {
          return List.of(
              field + ": someone who has been there can tell you what works",
              field + ": a named contact in every prison");
        }
      };

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZonedDateTime FIRST = ZonedDateTime.of(2016, 3, 3, 10, 0, 0, 0, LONDON);

  /** The resource links of every sample; the only links a renderer may make. */
  public static final List<URI> LINKS =
      List.of(
          URI.create("https://www.expertcitizens.org.uk/"), URI.create("mailto:cop@example.org"));

  /** The image references of every sample: one safe, two that must never become images. */
  public static final List<String> IMAGES =
      List.of(
          "photos/flipchart-1.jpg",
          "javascript:alert(1)",
          "https://example.org/x.png\" onerror=\"alert(1)",
          "https://tracker.example.org/pixel.png?opened-by=reader");

  /**
   * The text without the characters the domain refuses (controls, bidirectional overrides): a
   * scaling question is a domain value, so the archive reader and its builder never let them in.
   * The report's own values still take them, so the renderers' neutralising is still tested.
   */
  public static String domainText(String text) {
    return text.replaceAll(
        "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]", "");
  }

  public static SessionReport session(Texts t) {
    return session(t, FIRST, "s-1");
  }

  public static SessionReport session(Texts t, ZonedDateTime startsAt, String id) {
    ScalingQuestion question = ScalingQuestion.of(domainText(t.one("question")), 7);
    SessionReport.Builder b =
        SessionReport.builder()
            .community(t.one("community"))
            .place(t.one("place"))
            .session(id)
            .title(Optional.of(t.one("title")))
            .topic(t.one("topic"))
            .series(Optional.of(t.one("series")))
            .startsAt(startsAt)
            .venue(t.one("venue"))
            .introduction(Optional.of(t.one("introduction")))
            .representation(representation())
            .presentation(
                Optional.of(
                    new PresentationSummary(
                        "CASE_STUDY",
                        t.one("presentation"),
                        Optional.of(t.one("attribution")),
                        Optional.of(t.one("summary")),
                        Optional.of("EXPERT_BY_EXPERIENCE"),
                        5)))
            .addScaling(
                ScalingResult.of(question, List.of(6, 4, 7, 8, 5, 7), remarks(t, "onePointUp")))
            .addScaling(
                ScalingResult.of(
                    ScalingQuestion.of(domainText(t.one("second question")), 6),
                    List.of(),
                    List.of()))
            .addAllConclusions(t.many("conclusion"))
            .addAllRecommendations(t.many("recommendation"))
            .addAllQuestions(t.many("question"))
            .nextSession(
                Optional.of(
                    new Invitation(
                        startsAt.plusMonths(1),
                        t.one("venue"),
                        Optional.of(t.one("address")),
                        Optional.of(t.one("next topic")))))
            .addAllPrinciples(t.many("principle"));
    remarks(t, "bestHope").forEach(b::addBestHope);
    remarks(t, "goodPractice").forEach(b::addGoodPractice);
    remarks(t, "preferredFuture").forEach(b::addPreferredFuture);
    remarks(t, "workingWell").forEach(b::addWorkingWell);
    List<String> actions = t.many("action");
    for (int i = 0; i < actions.size(); i++) {
      b.addAction(
          new AgreedAction(
              id + "-a-" + i,
              actions.get(i),
              i % 2 == 0 ? Optional.of(t.one("attribution")) : Optional.empty(),
              Optional.of(startsAt.toLocalDate().plusWeeks(2)),
              i % 3 == 0 ? Optional.of(startsAt.toLocalDate().plusWeeks(1)) : Optional.empty()));
    }
    for (String step : t.many("smallStep")) {
      b.addSmallStep(
          new SmallStepNoticed(step, Optional.of(t.one("attribution")), Optional.of(id + "-a-0")));
    }
    b.addResource(
        new ResourceLink(t.one("resource"), Optional.of(LINKS.get(0)), Optional.of(t.one("note"))));
    b.addResource(new ResourceLink(t.one("resource"), Optional.of(LINKS.get(1)), Optional.empty()));
    b.addResource(new ResourceLink(t.one("resource"), Optional.empty(), Optional.empty()));
    for (String image : IMAGES) {
      b.addArtefact(new CaptionedArtefact(image, t.one("caption"), t.one("alt")));
    }
    return b.build();
  }

  private static List<Remark> remarks(Texts t, String field) {
    List<String> texts = t.many(field);
    List<Remark> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(i % 2 == 0 ? Remark.by(t.one("attribution"), texts.get(i)) : Remark.of(texts.get(i)));
    }
    return out;
  }

  static RepresentationSummary representation() {
    return new RepresentationSummary(
        Count.shown(23, 5),
        List.of(
            GroupCount.of("EXPERT_BY_EXPERIENCE", Count.shown(6, 5)),
            GroupCount.of("FRONTLINE_PRACTITIONER", Count.shown(9, 5)),
            GroupCount.of("COMMISSIONER", Count.fewerThan(5))),
        List.of(
            GroupCount.of("VOLUNTARY", Count.shown(11, 5)),
            GroupCount.of("STATUTORY", Count.shown(8, 5)),
            GroupCount.of("INDEPENDENT", Count.fewerThan(5))),
        Count.shown(14, 5),
        true);
  }

  public static SeriesReport series(Texts t) {
    List<SessionReport> sessions =
        IntStream.range(0, 3)
            .mapToObj(i -> session(t, FIRST.plusMonths(i), "s-" + (i + 1)))
            .toList();
    List<ScalingTrend.Point> points = new ArrayList<>();
    for (SessionReport s : sessions) {
      s.scaling()
          .get(0)
          .statistics()
          .ifPresent(
              st ->
                  points.add(new ScalingTrend.Point(s.session(), s.startsAt().toLocalDate(), st)));
    }
    SeriesReport.Builder b =
        SeriesReport.builder()
            .community(t.one("community"))
            .place(t.one("place"))
            .series("prison-release-2016")
            .title(t.one("series"))
            .topic(t.one("topic"))
            .introduction(Optional.of(t.one("introduction")))
            .concluded(true)
            .representation(representation())
            .attendances(
                sessions.stream()
                    .mapToInt(s -> s.representation().attendees().value().orElse(0))
                    .sum())
            .addAllSessions(sessions)
            .addScalingTrend(ScalingTrend.of(domainText(t.one("question")), points))
            .addAllConclusions(t.many("conclusion"))
            .addAllRecommendations(t.many("recommendation"))
            .addAllQuestions(t.many("question"))
            .addAllPrinciples(t.many("principle"))
            .nextSession(sessions.get(2).nextSession());
    for (SessionReport s : sessions) {
      s.actions()
          .forEach(
              a ->
                  b.addProgress(
                      new ActionProgressSummary(
                          a,
                          s.session(),
                          s.smallSteps().stream()
                              .filter(
                                  step -> step.followsAction().filter(a.id()::equals).isPresent())
                              .toList())));
    }
    sessions.get(0).resources().forEach(b::addResource);
    return b.build();
  }

  /** A date used by tests that need one. */
  public static LocalDate firstDate() {
    return FIRST.toLocalDate();
  }
}
