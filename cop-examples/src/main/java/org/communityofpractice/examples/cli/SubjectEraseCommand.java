package org.communityofpractice.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.store.ErasureAcrossStore;
import org.communityofpractice.core.store.FilesReached;
import org.communityofpractice.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cop subject erase}: erases one person from a community in a file store, after asking. The
 * erasure goes through the store: the erased community is saved as a new version, every backup is
 * rewritten without the person, and the journals of closed sessions are redacted, so no file under
 * the community's folder still holds them. The journal of a paused capture is redacted too, so the
 * capture carries on without them; while another program is recording a session, nothing is erased.
 */
@Command(
    name = "erase",
    description =
        "Erase one person from a community (the right to erasure). Their register entry, consent"
            + " history and words go; a tombstone with an opaque id stays, so headcounts and anonymous"
            + " ratings still add up. Asks for confirmation unless --yes is given.")
final class SubjectEraseCommand extends CopCommand {
  @ParentCommand SubjectCommand subject;

  @Parameters(
      paramLabel = "ARCHIVE",
      description =
          "a community's folder in an archive store, such as cop-demo-out/archives/sotcop")
  Path archive;

  @Option(
      names = "--person",
      paramLabel = "ID",
      required = true,
      description = "the person's id, such as p-fb0pd29tg35j")
  String person;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      required = true,
      description =
          "who carries out the erasure, kept with it: the id of someone in the register, or a role such as 'data protection lead'")
  String by;

  @Option(names = "--yes", description = "erase without asking for confirmation")
  boolean yes;

  @Option(
      names = "--keep-words",
      description = "keep what they said, attributed to nobody (only when they agreed to it)")
  boolean keepWords;

  @Override
  int run() throws IOException {
    Archives.InStore in = Archives.inStore(archive);
    PersonId id = Records.held(in.community(), archive, person);
    Actor actor = Records.actor(in.community(), by);
    AccessReport held = SubjectExportCommand.access(id, in.folder());
    out()
        .println(
            words()
                .format(
                    keepWords ? "erase.about.keepingWords" : "erase.about",
                    String.valueOf(id),
                    String.valueOf(in.folder()),
                    String.valueOf(held.consentHistory().size()),
                    String.valueOf(held.said().size() + held.smallSteps().size()),
                    String.valueOf(held.attendance().size()),
                    String.valueOf(held.ratings().size())));
    if (!yes && !confirmed()) {
      out().println(words().get("erase.nothing"));
      return Cop.FINDINGS_OR_INVALID;
    }
    ErasureRequest request =
        ErasureRequest.of(id, Instant.now(), actor, ErasureGround.REQUESTED_BY_PERSON);
    // through the store, so its backups and the journals of closed sessions are reached too
    ErasureAcrossStore done;
    try {
      done =
          in.store()
              .erase(in.id(), keepWords ? request.keepingContributionsUnattributed() : request);
    } catch (StoreException e) {
      if (e.reason() != StoreException.Reason.JOURNAL_IN_USE) {
        throw e;
      }
      throw UserError.invalid(
          ToolText.says("erase.sessionInProgress", String.valueOf(in.folder())));
    }
    RequestOutcome<Erasure> outcome = done.outcome();
    if (!outcome.isDone()) {
      throw UserError.invalid(
          ToolText.says("erase.refused", outcome.refusal().orElseThrow().explanation()));
    }
    // a person the current archive had already lost, erased from the backups and journals only

    Erasure erasure = outcome.result();
    FilesReached reached = done.reached();
    out()
        .println(
            words()
                .format(
                    "erase.done",
                    String.valueOf(id),
                    String.valueOf(erasure.tombstone().id()),
                    String.valueOf(erasure.tombstone().erasedAt())));
    done.version()
        .ifPresent(
            v ->
                out()
                    .println(
                        "  "
                            + words()
                                .format(
                                    "records.saved",
                                    String.valueOf(in.store().archiveFile(in.id(), v)))));
    out()
        .println(
            "  "
                + words()
                    .format(
                        "erase.backups",
                        String.valueOf(reached.backupsRewritten().size()),
                        String.valueOf(reached.backupsDeleted().size()),
                        String.valueOf(reached.journalsRewritten().size())));
    out()
        .println(
            "  "
                + words()
                    .format(
                        "erase.logged",
                        String.valueOf(in.store().erasureLogFile(in.id())),
                        String.valueOf(in.store().erasureKeyFile(in.id()).getFileName())));
    out().println(words().get("erase.notReached"));
    out().println("  - " + words().get("erase.notReached.reports"));
    out().println("  - " + words().get("erase.notReached.copies"));
    if (done.mentionedIn().isEmpty()) {
      out().println("  - " + words().get("erase.notReached.noMentions"));
    } else {
      out()
          .println(
              "  - "
                  + words()
                      .format(
                          "erase.notReached.mentions",
                          String.valueOf(done.mentionedIn().size()),
                          String.join(
                              ", ", done.mentionedIn().stream().map(s -> s.value()).toList())));
    }
    return Cop.OK;
  }

  /** Asks on the tool's input; only "yes" goes ahead. */
  private boolean confirmed() throws IOException {
    out().print(words().get("erase.confirm") + " ");
    out().flush();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(subject.cop.in(), StandardCharsets.UTF_8));
    String answer = reader.readLine();
    return answer != null && answer.strip().equalsIgnoreCase("yes");
  }
}
