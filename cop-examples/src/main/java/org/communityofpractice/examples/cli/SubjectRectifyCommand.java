package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.DataSubjectRights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop subject rectify}: corrects a person's register entry; the audit names the fields
 * changed.
 */
@Command(
    name = "rectify",
    description =
        "Correct one person's register entry (the right to rectification). Give only the fields that change;"
            + " the register's audit keeps which fields changed and who changed them, never the values.")
final class SubjectRectifyCommand extends CopCommand {
  @Parameters(paramLabel = "STORE", description = "a community's folder in an archive store")
  Path store;

  @Option(
      names = "--person",
      paramLabel = "ID",
      required = true,
      description = "the person's id; 'cop subject find --email' finds it")
  String person;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      required = true,
      description =
          "who made the correction, kept in the audit: the id of someone in the register, or a role such as 'data protection lead'")
  String by;

  @Mixin PersonCommand.Fields fields;

  @Override
  int run() {
    Archives.InStore in = Archives.inStore(store);
    Community community = in.community();
    PersonId id = Records.held(community, store, person);
    Person corrected = fields.person(id, community.register().find(id).orElseThrow());
    Community changed =
        Records.done(
            DataSubjectRights.rectify(
                community, corrected, Records.actor(community, by), Instant.now()));
    out().println(words().format("subject.rectified", String.valueOf(id)));
    Records.save(in, changed, out(), words());
    return Cop.OK;
  }
}
