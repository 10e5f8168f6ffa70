package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import org.communityofpractice.core.community.Community;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cop validate ARCHIVE}: reads an archive strictly and says what it holds or where it is wrong. */
@Command(
    name = "validate",
    description = {
      "Read a community archive strictly and say what it holds.",
      "An error names the file and the JSON path of the fault, such as",
      "  $.sessions[2].scaling[0].ratings[4].value must be within 1..10 but was 11"
    })
final class ValidateCommand extends CopCommand {
  @Parameters(paramLabel = "ARCHIVE", description = "the community archive (JSON), such as cop-demo-out/sotcop.json")
  Path archive;

  @Override
  int run() {
    Community community = Archives.read(archive);
    out().printf("%s: valid. %s (%s): %d people, %d topics, %d series, %d sessions%n",
        archive, community.name(), community.id(), community.register().size(),
        community.topics().size(), community.series().size(), community.sessions().size());
    return Cop.OK;
  }
}
