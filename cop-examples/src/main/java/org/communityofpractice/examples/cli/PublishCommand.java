package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.site.ReportSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop publish ARCHIVE --site DIR}: the community's report website, through the disclosure
 * policy as it stands now, as {@link ReportSite} builds it.
 */
@Command(
    name = "publish",
    description = {
      "Build a static website of the community's reports, to copy to any web host.",
      "Every session, series and impact report as HTML, PDF and Markdown, an index by topic and"
          + " series, an Atom feed and the resource list; consent decides who is named."
    })
final class PublishCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      description = "the community archive: a JSON file or a store folder")
  Path archive;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      required = true,
      description =
          "the folder to write the website into; created when missing, rebuilt when it holds one")
  Path site;

  @Override
  int run() throws java.io.IOException {
    Outputs.requireNotAnInput(site, archive);
    Community community = Archives.read(archive);
    ReportComposer composer = composer(DisclosurePolicy.asOf(Instant.now()));
    List<Path> written = ReportSite.builder().composer(composer).build().write(community, site);
    out()
        .println(
            words()
                .format(
                    "publish.wrote",
                    String.valueOf(written.size()),
                    community.name(),
                    String.valueOf(site)));
    out()
        .println("  " + words().format("publish.open", String.valueOf(site.resolve("index.html"))));
    return Cop.OK;
  }
}
