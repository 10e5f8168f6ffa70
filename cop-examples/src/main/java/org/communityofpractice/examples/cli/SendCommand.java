package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.store.ArchiveConflictException;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.store.StoreException;
import org.communityofpractice.core.topic.FollowUp;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.check.PublicationFinding;
import org.communityofpractice.report.mail.Circulation;
import org.communityofpractice.report.mail.CirculationResult;
import org.communityofpractice.report.mail.CirculationSettings;
import org.communityofpractice.report.mail.Delivery;
import org.communityofpractice.report.mail.SmtpSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop send}: circulates the report of a session or a series to the community email list —
 * one message per person, with the thanks and the invitation to the next session — into an outbox
 * folder of {@code .eml} files (the default) or through a mail server.
 */
@Command(
    name = "send",
    description =
        "Circulate the report of a session or a series to everyone on the community email list"
            + " as consent stands now: one message each, with the thanks, the invitation to the next"
            + " session and its calendar entry. Writes .eml files into an outbox (the default) or sends"
            + " through a mail server (--smtp; the password is read from COP_SMTP_PASSWORD). A rerun"
            + " sends only what did not go. Held while the publication check has open findings.")
final class SendCommand extends CopCommand {
  /** The environment variable the mail server's password is read from. */
  static final String PASSWORD_VARIABLE = "COP_SMTP_PASSWORD";

  @Parameters(paramLabel = "ARCHIVE", description = "the community's folder in an archive store")
  Path archive;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Exactly one of a session or a series. */
  static final class Target {
    @Option(
        names = "--session",
        paramLabel = "ID",
        description = "the session whose report to circulate")
    String session;

    @Option(
        names = "--series",
        paramLabel = "ID",
        description = "the series whose report to circulate")
    String series;
  }

  @ArgGroup(exclusive = true)
  Where where;

  /** At most one of an outbox or a server. */
  static final class Where {
    @Option(
        names = "--outbox",
        paramLabel = "DIR",
        description = "write .eml files here (default: outbox)")
    Path outbox;

    @Option(
        names = "--smtp",
        paramLabel = "URL",
        description =
            "send through this server: smtp://user@host:587 (STARTTLS), smtps://host:465 (TLS)")
    URI smtp;
  }

  @Option(
      names = "--from",
      paramLabel = "ADDRESS",
      required = true,
      description = "the address messages come from")
  String from;

  @Option(
      names = "--from-name",
      paramLabel = "NAME",
      description = "the name they come from (default: the community's)")
  String fromName;

  @Option(names = "--reply-to", paramLabel = "ADDRESS", description = "where replies go")
  String replyTo;

  @Option(
      names = "--unsubscribe",
      paramLabel = "ADDRESS",
      required = true,
      description = "where requests to stop go; every message says so")
  String unsubscribe;

  @Option(
      names = "--unsubscribe-link",
      paramLabel = "URL",
      description = "an https page that stops messages in one click")
  URI unsubscribeLink;

  @Option(names = "--directions", paramLabel = "TEXT", description = "how to get to the venue")
  String directions;

  @Option(
      names = "--accessibility",
      paramLabel = "TEXT",
      description = "access notes for the venue")
  String accessibility;

  @Option(
      names = "--pdf",
      description = "attach the report as an accessible PDF to each message as well")
  boolean pdf;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "Europe/London",
      description = "the community's time zone (default: ${DEFAULT-VALUE})")
  String zone;

  @Option(
      names = "--publish-anyway",
      paramLabel = "FINDING",
      description =
          "send although the publication check found this (its key, as shown); may be repeated")
  List<String> publishAnyway = new ArrayList<>();

  @Option(
      names = "--redact",
      paramLabel = "FINDING",
      description =
          "send with what the publication check found here taken out of the report (its key, as shown);"
              + " may be repeated")
  List<String> redact = new ArrayList<>();

  @Option(
      names = "--decided-by",
      paramLabel = "WHO",
      defaultValue = "operator",
      description =
          "who decided to publish findings anyway or to redact them, for the log: a member's id or a role, never a name (default: ${DEFAULT-VALUE})")
  String decidedBy;

  @Option(
      names = "--decision-makers",
      description =
          "with --series: send the series' findings to its decision makers (the people who agreed to"
              + " receive them, and the organisations at their generic addresses: 'cop series decision-maker add')"
              + " instead of the email list, and record a follow-up for each")
  boolean decisionMakers;

  @Option(
      names = "--dry-run",
      description = "show who would receive it and what the check found; send nothing")
  boolean dryRun;

  private final Clock clock;

  SendCommand() {
    this(Clock.systemUTC());
  }

  SendCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  int run() throws IOException {
    Archives.InStore in = Archives.inStore(archive);
    Community community = in.community();
    Circulation circulation =
        Circulation.builder()
            .settings(settings(community))
            .clock(clock)
            .language(language().tag())
            .build();
    if (decisionMakers && target.series == null) {
      throw UserError.usage(ToolText.says("send.decisionMakersNeedSeries"));
    }
    Circulation.Plan plan = plan(circulation, community);
    out()
        .println(
            words()
                .format(
                    plan.toDecisionMakers() ? "send.plan.decisionMakers" : "send.plan.emailList",
                    String.valueOf(plan.circulation()),
                    String.valueOf(plan.recipients().size())));
    out().println("  " + words().format("send.recipients", ids(plan.recipients())));
    for (PublicationFinding f : plan.findings()) {
      out()
          .println(
              "  "
                  + words()
                      .format(
                          publishAnyway.contains(f.key())
                              ? "send.finding.publishedAnyway"
                              : redact.contains(f.key()) ? "send.finding.redacted" : "send.finding",
                          f.key()));
    }
    Actor decider =
        publishAnyway.isEmpty() && redact.isEmpty() ? null : Records.actor(community, decidedBy);
    for (String key : publishAnyway) {
      try {
        plan = plan.publishAnyway(key, decider);
      } catch (InvalidValueException e) {
        throw UserError.usage(
            ToolText.says("send.notAFinding", "--publish-anyway", Words.says(key)));
      }
    }
    for (String key : redact) {
      try {
        plan = plan.redact(key, decider);
      } catch (InvalidValueException e) {
        throw UserError.usage(ToolText.says("send.notAFinding", "--redact", Words.says(key)));
      }
    }
    if (dryRun) {
      out().println(words().get("send.dryRun"));
      return plan.openFindings().isEmpty() ? Cop.OK : Cop.FINDINGS_OR_INVALID;
    }
    if (!plan.openFindings().isEmpty()) {
      out().println(words().format("send.held", String.valueOf(plan.openFindings().size())));
      return Cop.FINDINGS_OR_INVALID;
    }
    Delivery delivery = delivery();
    CirculationResult result;
    try (SendLog log = SendLog.open(in.store(), in.id())) {
      result =
          circulation.send(
              plan,
              delivery,
              log,
              new Circulation.Listener() {
                @Override
                public void delivered(RecipientId recipient) {
                  out()
                      .println(
                          "  " + words().format("send.sent", words().say(Ids.says(recipient))));
                }
              });
    } catch (StoreException e) {
      if (e.reason() != StoreException.Reason.SEND_LOG_IN_USE) {
        throw e;
      }
      throw UserError.usage(ToolText.says("send.logInUse", ToolText.core(e::messageIn)));
    }
    out()
        .println(
            words()
                .format(
                    "send.result",
                    String.valueOf(delivery),
                    String.valueOf(result.delivered().size()),
                    String.valueOf(result.alreadyDelivered().size()),
                    String.valueOf(result.refused().size()),
                    String.valueOf(result.notSent().size())));
    result
        .refused()
        .forEach(
            (p, why) ->
                out()
                    .println(
                        "  "
                            + words()
                                .format(
                                    "send.refused",
                                    words().say(Ids.says(p)),
                                    String.valueOf(why))));
    if (!result.isComplete()) {
      out().println(words().format("send.stopped", result.stoppedBecause().orElse("")));
      return Cop.FINDINGS_OR_INVALID;
    }
    record(in, plan, result);
    return Cop.OK;
  }

  private CirculationSettings settings(Community community) {
    try {
      CirculationSettings.Builder b =
          CirculationSettings.builder()
              .from(from, fromName == null ? community.name() : fromName)
              .unsubscribe(unsubscribe)
              .zone(ZoneId.of(zone))
              .reportAsPdf(pdf);
      if (replyTo != null) {
        b.replyTo(replyTo);
      }
      if (unsubscribeLink != null) {
        b.unsubscribeLink(unsubscribeLink);
      }
      if (directions != null) {
        b.directions(directions);
      }
      if (accessibility != null) {
        b.accessibility(accessibility);
      }
      return b.build();
    } catch (InvalidValueException e) {
      throw UserError.usage(ToolText.core(e::messageIn));
    } catch (java.time.DateTimeException e) {
      throw UserError.usage(ToolText.says("send.zone"));
    }
  }

  private Circulation.Plan plan(Circulation circulation, Community community) {
    if (decisionMakers) {
      return ReportTargets.resolve(
          archive,
          community,
          null,
          target.series,
          id -> circulation.plan(community, id),
          id -> circulation.planFindings(community, id));
    }
    return ReportTargets.resolve(
        archive,
        community,
        target.session,
        target.series,
        id -> circulation.plan(community, id),
        id -> circulation.plan(community, id));
  }

  private Delivery delivery() {
    if (where != null && where.smtp != null) {
      String password = System.getenv(PASSWORD_VARIABLE);
      try {
        return Delivery.smtp(
            SmtpSettings.parse(
                where.smtp, password == null ? new char[0] : password.toCharArray()));
      } catch (InvalidValueException e) {
        throw UserError.usage(ToolText.core(e::messageIn));
      }
    }
    return Delivery.outbox(
        where != null && where.outbox != null ? where.outbox : Path.of("outbox"));
  }

  /**
   * Records in the archive, in one save, that the report went out (when, to which list, to how
   * many) and for a series' findings the follow-up owed to each decision maker, so the review stops
   * asking for the one and reminds of the other. A rerun after the messages went records nothing
   * twice.
   */
  private void record(Archives.InStore in, Circulation.Plan plan, CirculationResult result) {
    LocalDate today = LocalDate.now(clock);
    Community recorded = Circulation.record(in.community(), plan, result, today);
    Community followedUp =
        plan.toDecisionMakers()
            ? Circulation.recordDistributed(
                recorded, Ids.series(target.series), result, today, FollowUp.DEFAULT_AFTER)
            : recorded;
    if (followedUp == in.community()) {
      return;
    }
    try {
      in.store().save(followedUp, in.archive().version());
    } catch (ArchiveConflictException e) {
      throw UserError.invalid(ToolText.says("send.conflict"));
    }
    out()
        .println(
            words()
                .format(
                    plan.toDecisionMakers()
                        ? "send.recorded.decisionMakers"
                        : "send.recorded.emailList",
                    String.valueOf(in.folder()),
                    String.valueOf(plan.circulation()),
                    String.valueOf(result.delivered().size() + result.alreadyDelivered().size())));
    if (followedUp != recorded) {
      out()
          .println(
              words()
                  .format(
                      "send.followUp",
                      String.valueOf(in.folder()),
                      today.plus(FollowUp.DEFAULT_AFTER).toString()));
    }
  }

  /**
   * People by id, where {@link Ids#shown(RecipientId)} allows; an organisation as {@code
   * organisation:<id>}.
   */
  private String ids(List<RecipientId> recipients) {
    return recipients.isEmpty()
        ? words().get("send.nobody")
        : recipients.stream().map(r -> words().say(Ids.says(r))).collect(Collectors.joining(", "));
  }
}
