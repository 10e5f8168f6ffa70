package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop subject export}: a subject access request — everything the community holds about one
 * person, as CSV (to read) and JSON Lines (to process), one field a row with what it means.
 */
@Command(
    name = "export",
    description =
        "Export everything the community holds about one person (a subject access request):"
            + " their register entry, consent history, attendance, what they said, ratings in their"
            + " name, actions, small steps and the audit of changes, as CSV and JSON Lines. From a"
            + " store folder, what the journals of sessions being recorded hold is included.")
final class SubjectExportCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      description = "the community archive: a JSON file or a store folder")
  Path archive;

  @Option(
      names = "--person",
      paramLabel = "ID",
      required = true,
      description = "the person's id, such as p-w942hh3944b6")
  String person;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the folder to write into (default: subject-ID); created when missing")
  Path dir;

  @Override
  int run() throws IOException {
    PersonId id = Ids.person(person);
    AccessReport report = access(id, archive);
    Table table = report.table();
    Path folder = Files.createDirectories(dir == null ? Path.of("subject-" + id.value()) : dir);
    Path csv = folder.resolve(id.value() + "-access.csv");
    Path jsonl = folder.resolve(id.value() + "-access.jsonl");
    Outputs.writeText(csv, w -> TableFormat.CSV.write(table, w));
    Outputs.writeText(jsonl, w -> TableFormat.JSON_LINES.write(table, w));
    out()
        .println(
            words()
                .format(
                    "subject.export.held",
                    String.valueOf(id),
                    String.valueOf(table.rowCount()),
                    String.valueOf(report.attendance().size()),
                    String.valueOf(report.said().size()),
                    String.valueOf(report.consentHistory().size())));
    out().println("  " + words().format("subject.wrote", String.valueOf(csv)));
    out().println("  " + words().format("subject.wrote", String.valueOf(jsonl)));
    out().println(words().get("subject.export.personal"));
    return Cop.OK;
  }

  /**
   * The access report — from a store, with what its journals hold of sessions being recorded — or a
   * usage error naming the id when the register does not hold them (or when they were erased).
   */
  static AccessReport access(PersonId id, Path archive) {
    Community community;
    RequestOutcome<AccessReport> outcome;
    if (Files.isDirectory(archive)) {
      Archives.InStore in = Archives.inStore(archive);
      community = in.community();
      outcome = in.store().access(in.id(), id);
    } else {
      community = Archives.read(archive);
      outcome = DataSubjectRights.access(community, id);
    }
    if (!outcome.isDone()) {
      Records.held(community, archive, id.value());
    }
    return outcome.result();
  }
}
