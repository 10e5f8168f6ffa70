package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.GuideCheck;
import org.communityofpractice.core.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cop validate ARCHIVE}: reads an archive strictly and says what it holds or where it is
 * wrong.
 */
@Command(
    name = "validate",
    description = {
      "Read a community archive strictly and say what it holds.",
      "An error names the file and the JSON path of the fault, such as",
      "  $.sessions[2].scaling[0].ratings[4].value must be within 1..10 but was 11"
    })
final class ValidateCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      description = "the community archive (JSON), such as cop-demo-out/sotcop.json")
  Path archive;

  @Override
  int run() {
    Community community = Archives.read(archive);
    out()
        .println(
            words()
                .format(
                    "validate.valid",
                    String.valueOf(archive),
                    community.name(),
                    community.id().value(),
                    String.valueOf(community.register().size()),
                    String.valueOf(community.topics().size()),
                    String.valueOf(community.series().size()),
                    String.valueOf(community.sessions().size())));
    // valid JSON can still hold what it should not: say so, as warnings that do not fail validation
    Review privacy =
        Review.builder()
            .with(GuideCheck.LIVED_EXPERIENCE_WITHOUT_CONSENT.rule())
            .with(GuideCheck.CONSENT_OUT_OF_ORDER.rule())
            .with(GuideCheck.IDS_THAT_LOOK_PERSONAL.rule())
            .language(language().tag())
            .build();
    for (Finding f : privacy.review(community, Instant.now())) {
      out().println(words().format("validate.warning", f.code(), f.noticed()));
    }
    return Cop.OK;
  }
}
