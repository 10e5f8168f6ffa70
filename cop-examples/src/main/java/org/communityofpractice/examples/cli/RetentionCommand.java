package org.communityofpractice.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.communityofpractice.core.rights.RetentionCategory;
import org.communityofpractice.core.rights.RetentionPolicy;
import org.communityofpractice.core.rights.RetentionReport;
import org.communityofpractice.core.store.RetentionAcrossStore;
import org.communityofpractice.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cop retention sweep}: anonymises what is past its retention period, through the store. */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = "How long personal data is kept: sweep away what is past its period.",
    subcommands = {RetentionCommand.Sweep.class})
final class RetentionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new SaidParameterException(spec.commandLine(), ToolText.says("group.retention"));
  }

  /** {@code cop retention sweep STORE --keep CATEGORY=PERIOD… --by WHO}. */
  @Command(
      name = "sweep",
      description =
          "Anonymise what is past its retention period, counted from when each person last took part;"
              + " lived experience held without explicit consent in force always goes. Restricted people are left as they are."
              + " Reaches the store's backups and journals, and logs each erasure.")
  static final class Sweep extends CopCommand {
    @Parameters(paramLabel = "STORE", description = "a community's folder in an archive store")
    Path store;

    @Option(
        names = "--keep",
        paramLabel = "CATEGORY=PERIOD",
        description =
            "how long to keep one kind of data, such as contact-details=P2Y or whole-record=P6Y; categories:"
                + " contact-details, role-and-organisation, lived-experience, whole-record (repeat for each)")
    List<String> keep = List.of();

    @Option(
        names = "--by",
        paramLabel = "WHO",
        required = true,
        description =
            "who runs the sweep, kept with each change: the id of someone in the register, or a role such as 'data protection lead'")
    String by;

    @Override
    int run() {
      Archives.InStore in = Archives.inStore(store);
      RetentionPolicy policy = RetentionPolicy.none();
      for (String k : keep) {
        String[] parts = k.split("=", 2);
        RetentionCategory category =
            parts.length < 2 ? null : Words.parse(RetentionCategory.class, parts[0]).orElse(null);
        if (category == null) {
          throw UserError.usage(
              ToolText.says("retention.keep", Words.all(RetentionCategory.class)));
        }
        try {
          policy =
              policy.keep(
                  category, Period.parse(parts[1].strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw UserError.usage(ToolText.says("retention.period", Words.of(category)));
        }
      }
      RetentionAcrossStore done;
      try {
        done =
            in.store()
                .applyRetention(in.id(), policy, Instant.now(), Records.actor(in.community(), by));
      } catch (StoreException e) {
        if (e.reason() != StoreException.Reason.JOURNAL_IN_USE) {
          throw e;
        }
        throw UserError.invalid(
            ToolText.says("retention.sessionInProgress", String.valueOf(in.folder())));
      }
      RetentionReport report = done.report();
      out()
          .println(
              words()
                  .format(
                      "retention.swept",
                      String.valueOf(report.anonymised().size()),
                      String.valueOf(report.erasures().size()),
                      String.valueOf(report.skipped().size())));
      report
          .anonymised()
          .forEach(
              a ->
                  out()
                      .println(
                          "  "
                              + words()
                                  .format(
                                      "retention.removed",
                                      String.valueOf(a.person()),
                                      Words.of(a.category()))));
      report
          .erasures()
          .forEach(
              e ->
                  out()
                      .println(
                          "  "
                              + words()
                                  .format(
                                      "retention.erased",
                                      String.valueOf(e.request().person()),
                                      String.valueOf(e.tombstone()))));
      out()
          .println(
              "  "
                  + words()
                      .format(
                          "retention.archive",
                          String.valueOf(in.store().archiveFile(in.id(), done.version()))));
      return Cop.OK;
    }
  }
}
