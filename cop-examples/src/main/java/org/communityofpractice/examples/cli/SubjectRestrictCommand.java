package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.rights.DataSubjectRights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop subject restrict}: restricts processing of a person's data, or lifts a restriction.
 */
@Command(
    name = "restrict",
    description =
        "Restrict processing of one person's data (the right to restriction): they are kept out of reports,"
            + " mailing and analysis, and their data is kept untouched, until the restriction is lifted with --lift.")
final class SubjectRestrictCommand extends CopCommand {
  @Parameters(paramLabel = "STORE", description = "a community's folder in an archive store")
  Path store;

  @Option(
      names = "--person",
      paramLabel = "ID",
      required = true,
      description = "the person's id; 'cop subject find --email' finds it")
  String person;

  @Option(
      names = "--ground",
      paramLabel = "GROUND",
      description =
          "why: accuracy-contested, unlawful-processing, needed-for-legal-claim or objection-pending (needed unless --lift)")
  String ground;

  @Option(names = "--lift", description = "lift the restriction instead")
  boolean lift;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      required = true,
      description =
          "who did it, kept in the register's audit: the id of someone in the register, or a role such as 'data protection lead'")
  String by;

  @Override
  int run() {
    Archives.InStore in = Archives.inStore(store);
    Community community = in.community();
    PersonId id = Records.held(community, store, person);
    Actor actor = Records.actor(community, by);
    Community changed;
    if (lift) {
      changed =
          Records.done(DataSubjectRights.liftRestriction(community, id, actor, Instant.now()));
      out().println(words().format("subject.lifted", String.valueOf(id)));
    } else {
      if (ground == null) {
        throw UserError.usage(
            ToolText.says("subject.giveGround", Words.all(RestrictionGround.class)));
      }
      RestrictionGround why =
          Words.parse(RestrictionGround.class, ground)
              .orElseThrow(
                  () ->
                      UserError.usage(
                          ToolText.says("subject.ground", Words.all(RestrictionGround.class))));
      changed = Records.done(DataSubjectRights.restrict(community, id, why, actor, Instant.now()));
      out().println(words().format("subject.restricted", String.valueOf(id), Words.of(why)));
    }
    Records.save(in, changed, out(), words());
    return Cop.OK;
  }
}
