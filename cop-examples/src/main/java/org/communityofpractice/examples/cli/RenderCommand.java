package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.check.PublicationCheck;
import org.communityofpractice.report.check.PublicationFinding;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop render}: one report of a session or a series in one format, through the disclosure
 * policy as it stands now. Any renderer on the class path can be used; {@code --list} names them.
 */
@Command(
    name = "render",
    description = {
      "Write the report of a session or a series in one format.",
      "Consent decides who is named; small counts are suppressed. See the formats with --list."
    })
final class RenderCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      arity = "0..1",
      description = "the community archive: a JSON file or a store folder")
  Path archive;

  @ArgGroup(exclusive = true)
  Target target;

  /** Exactly one of a session or a series. */
  static final class Target {
    @Option(names = "--session", paramLabel = "ID", description = "the session to report on")
    String session;

    @Option(names = "--series", paramLabel = "ID", description = "the series to report on")
    String series;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "the report format, such as html or markdown")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the report; standard out when not given")
  Path out;

  @Option(names = "--list", description = "list the report formats available, and stop")
  boolean list;

  @picocli.CommandLine.Mixin SuppressionThreshold suppression;

  @Override
  int run() throws java.io.IOException {
    ReportRenderers renderers = ReportRenderers.load();
    if (list) {
      for (String name : renderers.formats()) {
        ReportRenderer r = renderers.get(name);
        out().printf("%-10s .%-12s %s%n", name, r.fileExtension(), r.mediaType());
      }
      return Cop.OK;
    }
    if (archive == null) {
      throw UserError.usage(ToolText.says("render.giveArchive"));
    }
    if (target == null) {
      throw UserError.usage(ToolText.says("render.sayTarget"));
    }
    if (format == null) {
      throw UserError.usage(
          ToolText.says("render.sayFormat", String.join(", ", renderers.formats())));
    }
    ReportRenderer renderer =
        renderers
            .find(format)
            .orElseThrow(
                () ->
                    UserError.usage(
                        ToolText.says(
                            "render.unknownFormat",
                            Words.says(format),
                            String.join(", ", renderers.formats()))));
    Outputs.requireNotAnInput(out, archive);
    Community community = Archives.read(archive);
    DisclosurePolicy policy = suppression.applyTo(DisclosurePolicy.asOf(Instant.now()));
    Report report = compose(community, composer(policy));
    // the report is written all the same: publishing it is the next step, and this is the moment to
    // look
    for (PublicationFinding f : PublicationCheck.of(community, policy).check(report)) {
      err()
          .println(
              words()
                  .format(
                      "render.publicationWarning",
                      f.kind().name().toLowerCase(java.util.Locale.ROOT),
                      f.field() + f.person().map(p -> " (" + p + ")").orElse("")));
    }
    if (out == null) {
      if (!renderer.writesText()) {
        throw UserError.usage(ToolText.says("render.notText", renderer.format()));
      }
      renderer.render(report, out());
    } else {
      Outputs.writeBytes(out, o -> renderer.write(report, o));
      out().println(words().format("render.wrote", String.valueOf(out), renderer.format()));
    }
    return Cop.OK;
  }

  private Report compose(Community community, ReportComposer composer) {
    return ReportTargets.resolve(
        archive,
        community,
        target.session,
        target.series,
        id -> composer.session(community, id),
        id -> composer.series(community, id));
  }
}
