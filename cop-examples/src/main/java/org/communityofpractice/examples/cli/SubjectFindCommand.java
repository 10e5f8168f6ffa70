package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop subject find --email}: a request arrives by email, not by id; this finds the id the
 * other subject commands take. It prints ids only, never the name or contact details it matched.
 */
@Command(
    name = "find",
    description =
        "Find the id of the person a request is about, from the email address it came from."
            + " Prints ids only; the other subject commands take the id.")
final class SubjectFindCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      description = "the community archive: a JSON file or a store folder")
  Path archive;

  @Option(
      names = "--email",
      paramLabel = "EMAIL",
      required = true,
      description = "the email address the request came from")
  String email;

  @Override
  int run() {
    Community community = Archives.read(archive);
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    List<Person> found =
        community.register().people().stream()
            .filter(
                p ->
                    p.contact()
                        .email()
                        .map(e -> e.toLowerCase(Locale.ROOT).equals(wanted))
                        .orElse(false))
            .collect(Collectors.toList());
    if (found.isEmpty()) {
      int erased = community.register().tombstones().size();
      out()
          .println(
              words().get("subject.find.none")
                  + (erased == 0 ? "" : " " + words().plural("subject.find.erased", erased)));
      return Cop.FINDINGS_OR_INVALID;
    }
    for (Person p : found) {
      out()
          .println(
              p.isRestricted()
                  ? words().format("subject.find.restricted", p.id().value())
                  : p.id().value());
    }
    return Cop.OK;
  }
}
