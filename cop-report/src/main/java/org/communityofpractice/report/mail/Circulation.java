package org.communityofpractice.report.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentRules;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.privacy.MailingList;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.topic.DecisionMaker;
import org.communityofpractice.core.topic.FollowUp;
import org.communityofpractice.core.topic.Organisation;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.calendar.InvitationCalendar;
import org.communityofpractice.report.check.PublicationCheck;
import org.communityofpractice.report.check.PublicationFinding;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.pdf.PdfRenderer;
import org.communityofpractice.report.spi.ReportRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Circulating a report to the community email list, as the guide asks: "Circulate the report and
 * session notes to community members via the email list… Include a thank you and invitation to
 * future meetings in all correspondence."
 *
 * <pre>{@code
 * CirculationSettings settings = CirculationSettings.builder()
 *     .from("hello@sotcop.example.org", "@SoTCoP").unsubscribe("leave@sotcop.example.org").build();
 * Circulation circulation = Circulation.builder().settings(settings).build();
 * Circulation.Plan plan = circulation.plan(community, SessionId.of("prison-release-2"));
 * plan.recipients();  // ids of everyone on the list now
 * plan.findings();    // what the publication check found; sending holds while any is open
 * try (SendLog log = SendLog.open(store, community.id())) {
 *   CirculationResult result = circulation.send(plan, Delivery.outbox(folder.resolve("outbox")), log);
 * }
 * }</pre>
 *
 * <p>Each recipient gets a message of their own — nobody sees another's address — saying why they
 * receive it (the consent they gave, and when) and how to stop. Recipients are the {@link
 * MailingList} as consent stands when the messages are sent: nobody who withdrew, was restricted,
 * whose consent expired or who was erased. A series' findings go as well to the {@link
 * Organisation}s among its decision makers, at their generic addresses. With {@link
 * CirculationSettings#reportAsPdf()} each message carries the report as a PDF as well, printed once
 * per circulation from the same report as the text and HTML. Every message is recorded in the
 * {@link SendLog} before and after it is handed over, so a rerun after a crash or a refused
 * connection sends only what did not go. Needs Jakarta Mail, Angus Mail and ical4j at run time
 * (optional dependencies of cop-report). Built once, then thread-safe; one circulation at a time
 * per send log.
 */
public final class Circulation {
  private static final Logger LOG = LoggerFactory.getLogger(Circulation.class);

  /** What the id of a circulation of a series' findings to its decision makers starts with. */
  public static final String FINDINGS_PREFIX = "series-findings-";

  private final CirculationSettings settings;
  private final Clock clock;
  private final String language;
  private final ConsentRules consentRules;
  private final InvitationCalendar calendar;
  private final ReportRenderer pdf;

  private Circulation(Builder b) {
    this.pdf = b.pdf;
    this.settings = b.settings;
    this.clock = b.clock;
    this.language = b.language;
    this.consentRules = b.consentRules;
    this.calendar =
        InvitationCalendar.builder()
            .zone(settings.zone())
            .length(settings.sessionLength())
            .clock(clock)
            .build();
  }

  /**
   * Starts a circulation; {@link Builder#settings} is required.
   *
   * @return a new builder with the system clock, British English and no consent rules; never
   *     {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link Circulation}; {@code settings} is required. */
  public static final class Builder {
    private CirculationSettings settings;
    private Clock clock = Clock.systemUTC();
    private String language = SessionReport.DEFAULT_LANGUAGE;
    private ConsentRules consentRules = ConsentRules.none();
    private ReportRenderer pdf = new PdfRenderer();

    private Builder() {}

    /**
     * Sets when consent expires and which notice it must have been given under; by default never
     * and any.
     *
     * @param value the rules; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder consentRules(ConsentRules value) {
      consentRules = Objects.requireNonNull(value, "consentRules");
      return this;
    }

    /**
     * Sets who the messages are from, how they are addressed and what they carry; required.
     *
     * @param value the settings; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder settings(CirculationSettings value) {
      settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /**
     * Sets the clock consent is judged by and messages are dated with; the system's UTC clock
     * unless set.
     *
     * @param value the clock; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the reports' language; see {@link ReportComposer.Builder#language(String)}. {@code
     * "en-GB"} unless set.
     *
     * @param tag the BCP 47 tag; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code tag} is {@literal null}
     */
    public Builder language(String tag) {
      language = Objects.requireNonNull(tag, "language");
      return this;
    }

    /**
     * What prints the report for {@link CirculationSettings#reportAsPdf()}: a test counts with it.
     */
    Builder pdf(ReportRenderer value) {
      pdf = Objects.requireNonNull(value, "pdf");
      return this;
    }

    /**
     * Builds the circulation.
     *
     * @return the circulation; never {@literal null}
     * @throws NullPointerException if no settings were set
     * @throws IllegalStateException when the settings ask for the report as PDF and the pdf
     *     renderer's printing libraries are not on the class path
     */
    public Circulation build() {
      Objects.requireNonNull(settings, "settings");
      if (settings.reportAsPdf() && !pdf.isAvailable()) {
        throw new IllegalStateException(
            "the report as PDF needs io.github.openhtmltopdf:openhtmltopdf-pdfbox,"
                + " openhtmltopdf-svg-support and org.jsoup:jsoup on the class path");
      }
      return new Circulation(this);
    }
  }

  /** What to listen to while a circulation runs, such as to show progress. */
  public interface Listener {
    /**
     * A message to {@code recipient} is recorded as attempted and about to be handed over.
     *
     * @param recipient who it is for, by id only; never {@literal null}
     */
    default void attempting(RecipientId recipient) {}

    /**
     * A message to {@code recipient} is recorded as delivered.
     *
     * @param recipient who it was for, by id only; never {@literal null}
     */
    default void delivered(RecipientId recipient) {}
  }

  /**
   * A report ready to circulate: who would receive it (ids only), what the publication check found
   * and which findings the operator decided to publish anyway or to redact. {@link #toString()}
   * shows counts.
   */
  public static final class Plan {
    private final Community community;
    private final String circulation;
    private final Report report;
    private final Optional<String> invitedFrom;
    private final List<RecipientId> recipients;
    private final List<PublicationFinding> findings;

    /** The keys of the findings decided on: published anyway or redacted. */
    private final Set<String> decidedKeys;

    /** The series whose decision makers receive it; empty for the community email list. */
    private final Optional<SeriesId> toDecisionMakersOf;

    private final PublicationCheck check;

    /** Whose report it is: a session's, or else a series'. */
    private final Optional<SessionId> ofSession;

    private final Optional<SeriesId> ofSeries;

    private Plan(
        Community community,
        String circulation,
        Report report,
        Optional<String> invitedFrom,
        List<RecipientId> recipients,
        List<PublicationFinding> findings,
        Set<String> decidedKeys,
        Optional<SeriesId> toDecisionMakersOf,
        PublicationCheck check,
        Optional<SessionId> ofSession,
        Optional<SeriesId> ofSeries) {
      this.ofSession = ofSession;
      this.ofSeries = ofSeries;
      this.toDecisionMakersOf = toDecisionMakersOf;
      this.check = check;
      this.community = community;
      this.circulation = circulation;
      this.report = report;
      this.invitedFrom = invitedFrom;
      this.recipients = List.copyOf(recipients);
      this.findings = List.copyOf(findings);
      this.decidedKeys = Collections.unmodifiableSet(new HashSet<>(decidedKeys));
    }

    /**
     * The circulation's id, such as {@code report-s-2016-04-prison-release}: the send log's key.
     *
     * @return the id; never {@literal null}
     */
    public String circulation() {
      return circulation;
    }

    /**
     * The report to circulate, without what was {@linkplain #redact redacted}.
     *
     * @return the report; never {@literal null}
     */
    public Report report() {
      return report;
    }

    /**
     * Whether it goes to a series' decision makers rather than to the community email list.
     *
     * @return {@code true} for a {@link #planFindings} plan
     */
    public boolean toDecisionMakers() {
      return toDecisionMakersOf.isPresent();
    }

    /**
     * Who is on the list as consent stood when the plan was made, in register order (the series'
     * order for decision makers, organisations among them).
     *
     * @return the recipients by id; may be empty; never {@literal null}
     */
    public List<RecipientId> recipients() {
      return recipients;
    }

    /**
     * Everything the publication check found.
     *
     * @return the findings, decided or not; may be empty; never {@literal null}
     */
    public List<PublicationFinding> findings() {
      return findings;
    }

    /**
     * The findings nobody has decided on: sending holds while there is any.
     *
     * @return the open findings; empty when the plan may be sent; never {@literal null}
     */
    public List<PublicationFinding> openFindings() {
      return findings.stream().filter(f -> !decidedKeys.contains(f.key())).toList();
    }

    /**
     * This plan with one finding published as it stands, by an operator's explicit decision, which
     * is logged (the finding's key and who decided; never the text).
     *
     * @param findingKey a {@link PublicationFinding#key()} of this plan
     * @param decidedBy who decided: a member by id or a role, so the log holds no name; must not be
     *     {@literal null}
     * @return a new plan with the finding decided; this plan is unchanged
     * @throws NullPointerException if {@code decidedBy} is {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code
     *     findingKey} when no finding of this plan has that key
     */
    public Plan publishAnyway(String findingKey, Actor decidedBy) {
      finding(findingKey, decidedBy);
      LOG.info(
          "circulation {}: finding {} published anyway, decided by {}",
          circulation,
          findingKey,
          decidedBy);
      return decided(findingKey, report);
    }

    /**
     * This plan with what one finding found taken out of the report that is sent: each occurrence
     * in that field of the name, address or number becomes {@code [removed]} ({@link
     * PublicationCheck#redact}). An operator's explicit decision, logged as {@link #publishAnyway}
     * is (the finding's key and who decided; never the text). The archive is unchanged: correct it
     * there too, so the next report does not carry it again.
     *
     * @param findingKey a {@link PublicationFinding#key()} of this plan
     * @param decidedBy who decided: a member by id or a role; must not be {@literal null}
     * @return a new plan with the finding decided and its text removed from the report; this plan
     *     is unchanged
     * @throws NullPointerException if {@code decidedBy} is {@literal null}
     * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code
     *     findingKey} when no finding of this plan has that key
     */
    public Plan redact(String findingKey, Actor decidedBy) {
      PublicationFinding finding = finding(findingKey, decidedBy);
      LOG.info(
          "circulation {}: finding {} redacted, decided by {}", circulation, findingKey, decidedBy);
      return decided(findingKey, check.redact(report, finding));
    }

    private PublicationFinding finding(String findingKey, Actor decidedBy) {
      Objects.requireNonNull(decidedBy, "decidedBy");
      return findings.stream()
          .filter(f -> f.key().equals(findingKey))
          .findFirst()
          .orElseThrow(
              () ->
                  org.communityofpractice.core.validation.InvalidValueException.of(
                      "findingKey", "must be the key of one of this plan's findings", findingKey));
    }

    private Plan decided(String findingKey, Report sent) {
      Set<String> decided = new java.util.HashSet<>(decidedKeys);
      decided.add(findingKey);
      return new Plan(
          community,
          circulation,
          sent,
          invitedFrom,
          recipients,
          findings,
          decided,
          toDecisionMakersOf,
          check,
          ofSession,
          ofSeries);
    }

    @Override
    public String toString() {
      return "Plan["
          + circulation
          + ", recipients="
          + recipients.size()
          + ", findings="
          + findings.size()
          + "]";
    }
  }

  /**
   * Plans circulating the summary report of one session to the community email list, as consent
   * stands now.
   *
   * @param community the community, with its register; never {@literal null}
   * @param session the session whose report goes; never {@literal null}
   * @return the plan, with the publication check's findings; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code session}
   *     when the community holds no such session
   */
  public Plan plan(Community community, SessionId session) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(session, "session");
    DisclosurePolicy policy = policy(clock.instant());
    SessionReport report = composer(policy).session(community, session);
    return plan(
        community,
        policy,
        "report-" + session.value(),
        report,
        Optional.of(session.value()),
        Optional.empty(),
        Optional.of(session),
        Optional.empty());
  }

  /**
   * Plans circulating the report of a series to the community email list, as consent stands now.
   *
   * @param community the community, with its register; never {@literal null}
   * @param series the series whose report goes; never {@literal null}
   * @return the plan, with the publication check's findings; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code series}
   *     when the community has no such series
   */
  public Plan plan(Community community, SeriesId series) {
    return planSeries(community, series, "series-report-", false);
  }

  /**
   * Plans distributing the findings of a series to its decision makers: "When a series of sessions
   * are complete, and the summary report is finalised, share findings with organisations and people
   * that can make decisions". The same report, publication check and send log as any circulation;
   * the recipients are the series' {@link Series#decisionMakers()} in its order: the people of them
   * on {@link DisclosurePolicy#decisionMakers} (held with an address, {@code
   * DECISION_MAKER_COMMUNICATIONS} in force) and every {@link Organisation} at its generic address.
   * The circulation's id is {@code series-findings-<series>}. Record the follow-ups with {@link
   * #recordDistributed}.
   *
   * @param community the community, with its register; never {@literal null}
   * @param series the series whose findings go; never {@literal null}
   * @return the plan, with the publication check's findings; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code series}
   *     when the community has no such series
   */
  public Plan planFindings(Community community, SeriesId series) {
    return planSeries(community, series, FINDINGS_PREFIX, true);
  }

  private Plan planSeries(
      Community community, SeriesId series, String prefix, boolean toDecisionMakers) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(series, "series");
    DisclosurePolicy policy = policy(clock.instant());
    SeriesReport report = composer(policy).series(community, series);
    Optional<String> last =
        community.sessionsOf(series).stream().reduce((a, b) -> b).map(s -> s.id().value());
    return plan(
        community,
        policy,
        prefix + series.value(),
        report,
        last,
        toDecisionMakers ? Optional.of(series) : Optional.empty(),
        Optional.empty(),
        Optional.of(series));
  }

  private Plan plan(
      Community community,
      DisclosurePolicy policy,
      String circulation,
      Report report,
      Optional<String> invitedFrom,
      Optional<SeriesId> toDecisionMakersOf,
      Optional<SessionId> ofSession,
      Optional<SeriesId> ofSeries) {
    List<RecipientId> recipients =
        addressees(community, policy, toDecisionMakersOf).stream().map(To::id).toList();
    PublicationCheck check = PublicationCheck.of(community, policy);
    return new Plan(
        community,
        circulation,
        report,
        invitedFrom,
        recipients,
        check.check(report),
        Set.of(),
        toDecisionMakersOf,
        check,
        ofSession,
        ofSeries);
  }

  /**
   * One recipient of a circulation: whom, where, how to greet them and the consent they gave (none
   * for an organisation). Never shown: {@link #toString()} is the id.
   */
  private record To(RecipientId id, String email, String name, Optional<ConsentEvent> grant) {
    @Override
    public String toString() {
      return id.toString();
    }
  }

  /**
   * Everyone to write to as consent stands at {@code policy}'s instant: the community email list,
   * or a series' decision makers in the series' order — its people as far as they are on the
   * consent-derived list, and its organisations.
   */
  private static List<To> addressees(
      Community community, DisclosurePolicy policy, Optional<SeriesId> decisionMakersOf) {
    ConsentPurpose purpose =
        decisionMakersOf.isPresent()
            ? ConsentPurpose.DECISION_MAKER_COMMUNICATIONS
            : ConsentPurpose.COMMUNITY_COMMUNICATIONS;
    MailingList list =
        decisionMakersOf
            .map(s -> policy.decisionMakers(community, s))
            .orElseGet(() -> policy.mailingList(community));
    Map<PersonId, To> people = new LinkedHashMap<>();
    for (MailingList.Recipient r : list.recipients()) {
      people.put(
          r.person(),
          new To(
              RecipientId.of(r.person()),
              r.email(),
              name(community, r.person()),
              community.consent().decisionAt(r.person(), purpose, policy.asOf())));
    }
    if (decisionMakersOf.isEmpty()) {
      return List.copyOf(people.values());
    }
    List<To> to = new ArrayList<>();
    for (DecisionMaker d :
        community.series(decisionMakersOf.get()).orElseThrow().decisionMakers()) {
      if (d instanceof Organisation o) {
        to.add(new To(o.recipient(), o.address(), o.name(), Optional.empty()));
      } else {
        Optional.ofNullable(people.get(((DecisionMaker.InRegister) d).person())).ifPresent(to::add);
      }
    }
    return to;
  }

  private DisclosurePolicy policy(Instant at) {
    return DisclosurePolicy.asOf(at).withConsentRules(consentRules);
  }

  private ReportComposer composer(DisclosurePolicy policy) {
    return ReportComposer.builder().policy(policy).language(language).build();
  }

  /**
   * {@link #send(Plan, Delivery, SendLog, Listener)} without a listener.
   *
   * @param plan the plan to send; never {@literal null}
   * @param delivery the outbox or mail server; never {@literal null}
   * @param log the circulation's send log; never {@literal null}
   * @return what was sent, held or left for a rerun; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public CirculationResult send(Plan plan, Delivery delivery, SendLog log) {
    return send(plan, delivery, log, new Listener() {});
  }

  /**
   * Sends the plan's report to everyone on the list as consent stands now, skipping whoever the log
   * records as delivered. Holds, sending nothing, while the plan has open findings. Stops at the
   * first failure of the outbox or the server, leaving the rest for a rerun; a recipient the server
   * refuses for good is recorded and reported by id, and the others still go.
   *
   * @param plan the plan to send; never {@literal null}
   * @param delivery the outbox or mail server; never {@literal null}
   * @param log the circulation's send log, which records each attempt and delivery; never {@literal
   *     null}
   * @param listener told of each attempt and delivery; never {@literal null}
   * @return what was sent, held or left for a rerun; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public CirculationResult send(Plan plan, Delivery delivery, SendLog log, Listener listener) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(listener, "listener");
    if (!plan.openFindings().isEmpty()) {
      return CirculationResult.held(plan.circulation(), plan.openFindings());
    }
    Instant now = clock.instant();
    // consent as it stands at the time of sending, not when the plan was made
    List<To> list = addressees(plan.community, policy(now), plan.toDecisionMakersOf);
    Map<RecipientId, SendLog.Outcome> before = log.statusOf(plan.circulation());
    jakarta.mail.Session session = jakarta.mail.Session.getInstance(delivery.properties());
    MessageWriter writer = new MessageWriter(settings, session);
    String uid =
        "next-after-"
            + plan.invitedFrom.orElse(plan.circulation())
            + "."
            + plan.community.id().value()
            + "@"
            + settings.domain();
    int sequence =
        plan.report().nextSession().map(i -> log.sequenceOf(uid, Messages.details(i))).orElse(0);
    // printed once for everyone, from the report the text and HTML come from
    Optional<byte[]> printed =
        settings.reportAsPdf() ? Optional.of(print(plan.report())) : Optional.empty();
    Messages messages =
        new Messages(
            plan.community,
            plan.report(),
            new Messages.CalendarEntry(uid, sequence),
            settings,
            calendar,
            plan.toDecisionMakers(),
            printed);

    List<RecipientId> delivered = new ArrayList<>();
    List<RecipientId> already = new ArrayList<>();
    List<RecipientId> unconfirmed = new ArrayList<>();
    Map<RecipientId, String> refused = new LinkedHashMap<>();
    List<RecipientId> notSent = new ArrayList<>();
    Optional<String> stopped = Optional.empty();
    try {
      delivery.open(session);
    } catch (Delivery.Unavailable e) {
      list.forEach(r -> notSent.add(r.id()));
      return new CirculationResult(
          plan.circulation(),
          delivered,
          already,
          unconfirmed,
          refused,
          notSent,
          Optional.of(e.getMessage()),
          List.of());
    }
    try {
      for (To r : list) {
        RecipientId recipient = r.id();
        if (stopped.isPresent()) {
          notSent.add(recipient);
          continue;
        }
        SendLog.Outcome outcome = before.get(recipient);
        if (outcome == SendLog.Outcome.DELIVERED) {
          already.add(recipient);
          continue;
        }
        if (outcome == SendLog.Outcome.REFUSED) {
          refused.put(recipient, "refused before");
          continue;
        }
        if (outcome == SendLog.Outcome.ATTEMPTED) {
          if (delivery.arrived(plan.circulation(), recipient)) {
            log.delivered(plan.circulation(), recipient, clock.instant());
            already.add(recipient);
            continue;
          }
          unconfirmed.add(recipient);
        }
        MimeMessage message;
        try {
          MessageWriter.Content content =
              recipient.kind() == RecipientId.Kind.PERSON
                  ? messages.content(r.name(), r.grant())
                  : messages.organisationContent(r.name());
          message =
              writer.write(
                  content,
                  r.email(),
                  r.name(),
                  messageId(plan.circulation(), recipient),
                  clock.instant());
        } catch (MessagingException e) {
          // an address the mail library cannot write: reported by id, never shown
          refused.put(recipient, "address not valid");
          log.refused(plan.circulation(), recipient, clock.instant(), "address not valid");
          continue;
        }
        log.attempting(plan.circulation(), recipient, clock.instant());
        listener.attempting(recipient);
        try {
          delivery.deliver(message, plan.circulation(), recipient);
          log.delivered(plan.circulation(), recipient, clock.instant());
          delivered.add(recipient);
          listener.delivered(recipient);
        } catch (Delivery.Refused e) {
          log.refused(plan.circulation(), recipient, clock.instant(), e.getMessage());
          refused.put(recipient, e.getMessage());
        } catch (Delivery.Unavailable e) {
          stopped = Optional.of(e.getMessage());
          notSent.add(recipient);
        }
      }
    } finally {
      delivery.close();
    }
    LOG.info(
        "circulation {}: {} delivered, {} already, {} refused, {} not sent",
        plan.circulation(),
        delivered.size(),
        already.size(),
        refused.size(),
        notSent.size());
    return new CirculationResult(
        plan.circulation(), delivered, already, unconfirmed, refused, notSent, stopped, List.of());
  }

  private byte[] print(Report report) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    pdf.write(report, out);
    return out.toByteArray();
  }

  /**
   * The community with a complete circulation recorded with the session or series whose report it
   * sent ({@link Session#circulations()}, {@link Series#circulations()}): on {@code on}, its id,
   * the list it went to and how many it was delivered to in this run or before, never who. So the
   * review's "report not circulated" goes quiet, and the send log's entries under the same id say
   * who was sent it. Recorded once per circulation: recording it again, as a rerun after a crash
   * between sending and recording does, changes nothing, but a count grown by people who joined the
   * list since and were sent it in a later run (the first date is kept).
   *
   * <pre>{@code
   * import org.communityofpractice.core.store.StoredArchive;
   * Circulation circulation = Circulation.builder().settings(CirculationSettings.builder()
   *     .from("hello@sotcop.example.org", "@SoTCoP").unsubscribe("leave@sotcop.example.org").build()).build();
   * StoredArchive stored = store.load(community.id()).orElseThrow();
   * Circulation.Plan plan = circulation.plan(stored.community(), SessionId.of("prison-release-2"));
   * try (SendLog log = SendLog.open(store, community.id())) {
   *   CirculationResult result = circulation.send(plan, Delivery.outbox(folder.resolve("outbox")), log);
   *   if (result.isComplete()) {
   *     store.save(Circulation.record(stored.community(), plan, result, LocalDate.now()), stored.version());
   *   }
   * }
   * }</pre>
   *
   * @param community the community the plan was made from, or the same community saved since; never
   *     {@literal null}
   * @param plan the plan that was sent
   * @param result what sending it did; must be {@linkplain CirculationResult#isComplete() complete}
   * @param on when; not before the session whose report it is
   * @return the community with the circulation recorded on its session or series, or unchanged when
   *     that circulation is already recorded; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException when the result is not
   *     complete or not the plan's, or the session or series is not the community's
   */
  public static Community record(
      Community community, Plan plan, CirculationResult result, LocalDate on) {
    return Recording.record(
        community, plan.ofSession, plan.ofSeries, plan.toDecisionMakers(), result, on);
  }

  private static String name(Community community, PersonId person) {
    return community.register().find(person).map(Person::name).orElse("");
  }

  /**
   * The community with a follow-up owed, {@code after} the date, to each decision maker the series'
   * findings were delivered to in {@code result} (or before it) and not yet owed one for this
   * circulation; the community unchanged when there is none to add.
   *
   * @param community the community holding the series; never {@literal null}
   * @param series the series whose findings were distributed
   * @param result the result of sending a {@link #planFindings} plan; never {@literal null}
   * @param on when the findings went; never {@literal null}
   * @param after how long after to follow up, such as {@link FollowUp#DEFAULT_AFTER}; never
   *     {@literal null}
   * @return the community with the follow-ups added to the series; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code series}
   *     when the community has no such series
   */
  public static Community recordDistributed(
      Community community,
      SeriesId series,
      CirculationResult result,
      LocalDate on,
      java.time.Period after) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(after, "after");
    Series held =
        community
            .series(series)
            .orElseThrow(
                () ->
                    org.communityofpractice.core.validation.InvalidValueException.of(
                        "series", "must be a series of the community", series));
    Set<RecipientId> owed = new java.util.HashSet<>();
    held.followUps().stream()
        .filter(f -> f.circulation().equals(result.circulation()))
        .forEach(f -> owed.add(f.decisionMaker()));
    Set<RecipientId> decisionMakers = new java.util.HashSet<>();
    held.decisionMakers().forEach(d -> decisionMakers.add(d.recipient()));
    List<FollowUp> added = new ArrayList<>(held.followUps());
    List<RecipientId> sent = new ArrayList<>(result.alreadyDelivered());
    sent.addAll(result.delivered());
    for (RecipientId recipient : sent) {
      if (decisionMakers.contains(recipient) && owed.add(recipient)) {
        added.add(FollowUp.of(recipient, result.circulation(), on, on.plus(after)));
      }
    }
    if (added.size() == held.followUps().size()) {
      return community;
    }
    return community.withSeries(Series.builder().from(held).followUps(added).build());
  }

  /**
   * The same for a circulation and recipient on every run, so a resent message is known as the same
   * (a person's as it always was; an organisation's from its tagged id, never a person's).
   */
  String messageId(String circulation, RecipientId recipient) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((circulation + "\n" + recipient).getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".cop@" + settings.domain() + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  @Override
  public String toString() {
    return "Circulation[from " + settings.domain() + "]";
  }
}
