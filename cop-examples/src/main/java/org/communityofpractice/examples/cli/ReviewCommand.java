package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cop review ARCHIVE}: the guide's warnings, checked against every session. */
@Command(
    name = "review",
    description =
        "Check a community against the guide's warnings: no lived experience in the room,"
            + " missing perspectives, no best hopes, scaling, next steps or usefulness round, and more."
            + " Suggestions and notes are shown and exit with 0 (\"flexibility is key\"); only an important"
            + " finding, something to act on, exits with 1.")
final class ReviewCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      description = "the community archive: a JSON file or a store folder")
  Path archive;

  @Override
  int run() {
    Community community = Archives.read(archive);
    List<Finding> findings =
        Review.guide().language(language().tag()).build().review(community, Instant.now());
    Findings.print(findings, words(), out());
    return Findings.needsActing(findings) ? Cop.FINDINGS_OR_INVALID : Cop.OK;
  }
}
