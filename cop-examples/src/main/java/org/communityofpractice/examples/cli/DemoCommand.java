package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.store.ArchiveVersion;
import org.communityofpractice.core.store.CorruptArchiveException;
import org.communityofpractice.core.store.FileArchiveStore;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.store.StoredArchive;
import org.communityofpractice.examples.GuideExample;
import org.communityofpractice.examples.PrisonReleaseSeries;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.aidememoire.AideMemoire;
import org.communityofpractice.report.mail.Circulation;
import org.communityofpractice.report.mail.CirculationResult;
import org.communityofpractice.report.mail.CirculationSettings;
import org.communityofpractice.report.mail.Delivery;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.site.ReportSite;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cop demo}: the guide's example community, written out as everything the SDK makes of it —
 * every report format for a session, for the series and for the community's impact, the report
 * website (as {@code cop publish} builds it), the facilichair's aide-memoire, the review, and the
 * archive itself in a file store, for trying the other commands on. The analysis tables are
 * research data with exact small counts, not a publication: they are written only with {@code
 * --research-tables}, and then into a folder of their own labelled restricted research data, never
 * beside the reports.
 */
@Command(
    name = "demo",
    description =
        "Build the guide's example community (@SoTCoP: the prison release series and the"
            + " lone-working case study) and write its reports in every format (the impact report"
            + " and the social-media post among them), its report website, its review, its"
            + " archive and an outbox of the session report circulated to its email list into one"
            + " folder. Runs offline; needs no set-up. With --research-tables, also its analysis"
            + " tables, kept apart in restricted-research/ (research data, never published).")
final class DemoCommand extends CopCommand {
  /** The folder the archive store goes in, inside the demo's folder. */
  static final String ARCHIVES = "archives";

  /** The folder the circulated messages go in, inside the demo's folder. */
  static final String OUTBOX = "outbox";

  static final String DEMO_FROM = "hello@sotcop.example.org";
  static final String DEMO_UNSUBSCRIBE = "leave@sotcop.example.org";

  /** The folder research tables go in, apart from the reports, when asked for. */
  static final String RESTRICTED_RESEARCH = "restricted-research";

  @Option(
      names = "--research-tables",
      description =
          "also write the analysis tables, into restricted-research/ beside"
              + " a notice: research data with exact small counts, for a trusted research environment only")
  boolean researchTables;

  /** The folder the report website goes in, inside the demo's folder. */
  static final String SITE = "site";

  @Option(
      names = "--without-site",
      description =
          "leave out the report website (site/), which prints every report again: quicker")
  boolean withoutSite;

  @picocli.CommandLine.Mixin SuppressionThreshold suppression;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "cop-demo-out",
      description = "the folder to write into (default: ${DEFAULT-VALUE}); created when missing")
  Path dir;

  @Override
  int run() throws IOException {
    Instant now = Instant.now();
    DisclosurePolicy policy =
        suppression.applyTo(DisclosurePolicy.asOf(now)); // a bad threshold writes nothing
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();

    // what was saved, not the example: the store replays its erasures on what it is given
    Community example = GuideExample.community();
    Path folder = saveArchive(example);
    Community community =
        FileArchiveStore.builder(dir.resolve(ARCHIVES))
            .build()
            .load(example.id())
            .orElseThrow()
            .community();
    Path reports = Files.createDirectories(dir.resolve("reports"));
    ReportComposer composer = composer(policy);
    Report session = composer.session(community, PrisonReleaseSeries.SECOND);
    Report series = composer.series(community, PrisonReleaseSeries.SERIES);
    Report impact = composer.impact(community);
    ReportRenderers renderers = ReportRenderers.load();
    for (String format : renderers.formats()) {
      ReportRenderer renderer = renderers.get(format);
      for (Report report : List.of(session, series, impact)) {
        String id =
            report instanceof org.communityofpractice.report.model.SessionReport s
                ? s.session()
                : report instanceof org.communityofpractice.report.model.SeriesReport r
                    ? r.series()
                    : "impact";
        Path file = reports.resolve(id + "." + renderer.fileExtension());
        Outputs.writeBytes(file, o -> renderer.write(report, o));
        written.add(file);
      }
    }

    written.addAll(writeAideMemoire(community));
    if (!withoutSite) {
      written.addAll(
          ReportSite.builder()
              .composer(composer)
              .renderers(renderers)
              .build()
              .write(community, dir.resolve(SITE)));
    }

    List<Finding> findings =
        Review.guide().language(language().tag()).build().review(community, now);
    Path review = dir.resolve("review.txt");
    Outputs.writeText(
        review,
        w -> {
          java.io.PrintWriter p = new java.io.PrintWriter(w);
          Findings.print(findings, words(), p);
          p.flush();
        });
    written.add(review);

    if (researchTables) {
      Path restricted = Files.createDirectories(dir.resolve(RESTRICTED_RESEARCH));
      Path notice = restricted.resolve("RESTRICTED.txt");
      Outputs.writeText(
          notice,
          w ->
              w.write(
                  String.join(
                      System.lineSeparator(),
                      "RESTRICTED RESEARCH DATA - NOT FOR PUBLICATION",
                      "",
                      "These tables count people exactly, small counts included, so in a small community a row can",
                      "point at one person. Keep them in a trusted research environment; do not publish, email or",
                      "share them. Publish the reports instead, which suppress small counts and never show who",
                      "brings lived experience. Restricted people's ratings are not counted here, and lived",
                      "experience is not analysed unless the analysis is built with withLivedExperience().",
                      "")));
      written.add(notice);
      written.addAll(
          Analysis.asOf(now).run(List.of(community)).exportCsv(restricted.resolve("tables")));
    }

    Path outbox = dir.resolve(OUTBOX);
    CirculationResult sent = circulate(community, now, outbox);

    out().println(words().format("demo.written", community.name(), String.valueOf(dir)));
    out().println("  " + words().format("demo.archive", String.valueOf(folder)));
    int erased = community.register().tombstones().size() - example.register().tombstones().size();
    if (erased > 0) {
      out().println("  " + words().format("demo.erased", String.valueOf(erased)));
    }
    written.forEach(p -> out().println("  " + words().format("demo.wrote", String.valueOf(p))));
    out()
        .println(
            "  "
                + words()
                    .format(
                        "demo.outbox",
                        String.valueOf(outbox.resolve(sent.circulation())),
                        String.valueOf(sent.delivered().size()),
                        String.valueOf(sent.alreadyDelivered().size())));
    java.util.stream.Stream.concat(sent.alreadyDelivered().stream(), sent.delivered().stream())
        .forEach(
            p ->
                out()
                    .println(
                        "  "
                            + words()
                                .format(
                                    "demo.message",
                                    String.valueOf(
                                        outbox
                                            .resolve(sent.circulation())
                                            .resolve(p.value() + ".eml")))));
    out().println(words().get("init.next"));
    out().println("  cop validate " + folder);
    out().println("  cop review " + folder);
    out()
        .println(
            "  cop render "
                + folder
                + " --series "
                + PrisonReleaseSeries.SERIES
                + " --format text");
    out().println("  cop render --list");
    out().println("  cop publish " + folder + " --site " + dir.resolve(SITE));
    out().println("  " + words().format("demo.next.analyse", String.valueOf(folder)));
    out().println("  cop subject export " + folder + " --person p-w942hh3944b6");
    out().println("  cop capture " + folder);
    out()
        .println(
            "  cop send "
                + folder
                + " --session "
                + PrisonReleaseSeries.SECOND
                + " --dry-run"
                + " --from "
                + DEMO_FROM
                + " --unsubscribe "
                + DEMO_UNSUBSCRIBE);
    return Cop.OK;
  }

  /**
   * Circulates the second session's report to the demo's email list as {@code .eml} files, each
   * recorded in the store's send log: running the demo again writes none twice.
   */
  private CirculationResult circulate(Community community, Instant now, Path outbox) {
    FileArchiveStore store = FileArchiveStore.builder(dir.resolve(ARCHIVES)).build();
    Circulation circulation =
        Circulation.builder()
            .settings(
                CirculationSettings.builder()
                    .from(DEMO_FROM, community.name())
                    .unsubscribe(DEMO_UNSUBSCRIBE)
                    .directions(
                        "Federation House is a short walk from Stoke station; buses stop outside.")
                    .accessibility(
                        "Step-free entrance and a hearing loop; tea and coffee from 9:30.")
                    .build())
            .clock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC))
            .language(language().tag())
            .build();
    Circulation.Plan plan = circulation.plan(community, PrisonReleaseSeries.SECOND);
    try (SendLog log = SendLog.open(store, community.id())) {
      return circulation.send(plan, Delivery.outbox(outbox), log);
    }
  }

  /**
   * The facilichair's quick reference card for the community's later sessions: HTML, and PDF on A4,
   * A5 and in large print.
   */
  private List<Path> writeAideMemoire(Community community) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("aide-memoire"));
    RunningOrder order = RunningOrder.subsequentSession();
    List<Path> files = new ArrayList<>();
    Path html = folder.resolve("aide-memoire.html");
    Outputs.writeText(html, w -> w.write(card().build().html(community.name(), order)));
    files.add(html);
    if (AideMemoire.canPrintPdf()) {
      for (var card :
          List.of(
              java.util.Map.entry(
                  "aide-memoire-a4.pdf", card().paper(AideMemoire.Paper.A4).build()),
              java.util.Map.entry(
                  "aide-memoire-a5.pdf", card().paper(AideMemoire.Paper.A5).build()),
              java.util.Map.entry(
                  "aide-memoire-large-print.pdf", card().largePrint(true).build()))) {
        Path file = folder.resolve(card.getKey());
        Outputs.writeBytes(file, out -> card.getValue().writePdf(community.name(), order, out));
        files.add(file);
      }
    }
    return files;
  }

  private AideMemoire.Builder card() {
    return AideMemoire.builder().labels(Labels.forLanguage(language().tag()));
  }

  /**
   * Saves the community as the next version in the demo's store, so running the demo again works.
   */
  private Path saveArchive(Community community) {
    FileArchiveStore store = FileArchiveStore.builder(dir.resolve(ARCHIVES)).build();
    ArchiveVersion current;
    try {
      current = store.load(community.id()).map(StoredArchive::version).orElse(ArchiveVersion.NONE);
    } catch (CorruptArchiveException e) {
      throw UserError.invalid(
          ToolText.says(
              "demo.unreadable",
              ToolText.core(e::messageIn),
              String.valueOf(store.folderOf(community.id()))));
    }
    store.save(community, current);
    return store.folderOf(community.id());
  }
}
