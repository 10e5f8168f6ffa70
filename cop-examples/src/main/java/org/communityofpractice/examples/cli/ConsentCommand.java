package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cop consent grant|withdraw}: one consent decision, appended to the ledger. */
@Command(
    name = "consent",
    mixinStandardHelpOptions = true,
    description =
        "Record one consent decision: a grant or a withdrawal, with when, how, which notice and who recorded it.",
    subcommands = {ConsentCommand.Grant.class, ConsentCommand.Withdraw.class})
final class ConsentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.consent"));
  }

  /** What a grant and a withdrawal share: withdrawing is exactly as easy as granting. */
  abstract static class Decision extends CopCommand {
    @Parameters(
        paramLabel = "STORE",
        description = "a community's folder in an archive store, or the store cop init made")
    Path store;

    @Option(names = "--person", paramLabel = "ID", required = true, description = "the person's id")
    String person;

    @Option(
        names = "--purpose",
        paramLabel = "PURPOSE",
        required = true,
        description =
            "what for: communications, named, quoted, photographed, contact-shared, research or lived-experience-recorded")
    String purpose;

    @Option(
        names = "--notice",
        paramLabel = "VERSION",
        required = true,
        description = "the version of the privacy notice they were shown, such as 2016-1")
    String notice;

    @Option(
        names = "--method",
        paramLabel = "HOW",
        required = true,
        description = "how they said so: paper-attendance-list, verbal, form or email")
    String method;

    @Option(
        names = "--by",
        paramLabel = "WHO",
        required = true,
        description =
            "who recorded it: the id of someone in the register, or a role such as facilitator")
    String by;

    @Option(
        names = "--on",
        paramLabel = "DATE",
        description = "the day they decided (default: today)")
    LocalDate on;

    @Option(
        names = "--wording",
        paramLabel = "TEXT",
        description =
            "the words they confirmed; needed for lived-experience-recorded, which is explicit consent only")
    String wording;

    abstract boolean grant();

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      Community community = in.community();
      PersonId id = Records.held(community, store, person);
      ConsentPurpose what =
          Words.purpose(purpose)
              .orElseThrow(
                  () ->
                      UserError.usage(
                          ToolText.says("consent.purpose", Words.all(ConsentPurpose.class))));
      ConsentMethod how =
          Words.parse(ConsentMethod.class, method)
              .orElseThrow(
                  () ->
                      UserError.usage(
                          ToolText.says("consent.method", Words.all(ConsentMethod.class))));
      Instant at =
          on == null
              ? Instant.now()
              : on.atStartOfDay(InitCommand.zoneOf(in.store().root())).toInstant();
      ConsentTerms.Builder terms =
          ConsentTerms.builder()
              .person(id)
              .purpose(what)
              .at(at)
              .method(how)
              .recordedBy(Records.actor(community, by));
      try {
        terms.notice(NoticeVersion.of(notice));
      } catch (InvalidValueException e) {
        throw UserError.usage(ToolText.says("consent.notice"));
      }
      if (what.isSpecialCategory() && grant()) {
        if (wording == null || wording.isBlank()) {
          throw UserError.usage(ToolText.says("consent.wording", Words.of(what)));
        }
        terms.explicitly(wording.strip());
      }
      ConsentLedger ledger;
      try {
        ConsentTerms decided = terms.build();
        ledger =
            grant() ? community.consent().grant(decided) : community.consent().withdraw(decided);
      } catch (InvalidValueException | IllegalStateException e) {
        // what is wrong is cop-core's words, without the value
        throw UserError.invalid(
            ToolText.says(
                "consent.notRecorded",
                e instanceof InvalidValueException v
                    ? ToolText.fieldAndExpectation(v)
                    : String.valueOf(e.getMessage())));
      }
      Community changed = Records.build(Community.builder().from(community).consent(ledger));
      out()
          .println(
              words()
                  .format(
                      grant() ? "consent.granted" : "consent.withdrew",
                      Words.of(what),
                      words().say(Ids.says(id))));
      Records.save(in, changed, out(), words());
      return Cop.OK;
    }
  }

  /** {@code cop consent grant}. */
  @Command(name = "grant", description = "Record that a person agreed to one purpose.")
  static final class Grant extends Decision {
    @Override
    boolean grant() {
      return true;
    }
  }

  /** {@code cop consent withdraw}. */
  @Command(
      name = "withdraw",
      description =
          "Record that a person withdrew their agreement to one purpose; it is respected from then on.")
  static final class Withdraw extends Decision {
    @Override
    boolean grant() {
      return false;
    }
  }
}
