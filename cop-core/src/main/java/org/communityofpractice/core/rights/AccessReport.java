package org.communityofpractice.core.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.communityofpractice.core.topic.FollowUp;

/**
 * Everything a community holds about one person, for a subject access request: their register
 * entry, consent history, attendance and the parts they played, what they said, the ratings given
 * in their name, the actions they own, the small steps they noticed, and the audit of changes to
 * their entry — in the archive's sessions and in the sessions still being recorded, when the caller
 * passes those (a store reads them from its journals). {@link #rows()} lays it out as one field per
 * row with a short explanation, and {@link #csv()} writes that as CSV; the archive codec writes it
 * as JSON ({@code ArchiveJson.writeAccessReport}). {@link #toString()} shows counts only.
 *
 * <pre>{@code
 * AccessReport report = DataSubjectRights.access(community, sam).result();
 * report.attendance().size();
 * for (AccessReport.Row row : report.rows()) {
 *   System.out.println(row.section() + "," + row.item() + "," + row.field() + "," + row.value() + "," + row.explanation());
 * }
 * }</pre>
 */
public final class AccessReport {
  /** The part a person played in a session. */
  public enum SessionRole {
    /** In the room. */
    ATTENDEE,
    /** The facilichair. */
    FACILITATOR,
    /** A co-facilitator. */
    CO_FACILITATOR,
    /** A volunteer who recorded the session. */
    RECORDER,
    /** Gave the session's presentation or case study. */
    PRESENTER,
    /** Shown in a photograph of the session (an artefact). */
    PICTURED
  }

  /**
   * One session attended.
   *
   * @param session which
   * @param startsAt when
   * @param roles the parts they played there
   */
  public record Attendance(SessionId session, ZonedDateTime startsAt, Set<SessionRole> roles) {
    /**
     * Checks the record.
     *
     * @param session which; must not be {@literal null}
     * @param startsAt when; must not be {@literal null}
     * @param roles the parts they played there; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Attendance {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(startsAt, "startsAt");
      Set<SessionRole> each = EnumSet.noneOf(SessionRole.class);
      each.addAll(roles);
      roles = Collections.unmodifiableSet(each);
    }
  }

  /**
   * Something they said that was recorded in their name.
   *
   * @param session where
   * @param what what kind: a contribution kind such as {@code GOOD_PRACTICE}, or {@code BEST_HOPE},
   *     {@code ONE_POINT_UP_IDEA}, {@code PRESENTATION} (its title), {@code PRESENTATION_SUMMARY},
   *     {@code CHAIRS_INTRODUCTION}
   * @param text the words recorded
   */
  public record Said(SessionId session, String what, String text) {
    /**
     * Checks the record.
     *
     * @param session where; must not be {@literal null}
     * @param what what kind: a contribution kind such as {@code GOOD_PRACTICE}, or {@code
     *     BEST_HOPE}, {@code ONE_POINT_UP_IDEA}, {@code PRESENTATION} (its title), {@code
     *     PRESENTATION_SUMMARY}, {@code CHAIRS_INTRODUCTION}; must not be {@literal null}
     * @param text the words recorded; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Said {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return "Said{" + session + ", " + what + "}";
    }
  }

  /**
   * A scaling rating given in their name.
   *
   * @param session where
   * @param question the question answered
   * @param value the rating
   */
  public record AttributedRating(SessionId session, String question, int value) {
    /**
     * Checks the record.
     *
     * @param session where; must not be {@literal null}
     * @param question the question answered; must not be {@literal null}
     * @param value the rating
     * @throws NullPointerException if a component is {@literal null}
     */
    public AttributedRating {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(question, "question");
    }
  }

  /**
   * An action they own.
   *
   * @param session where it was agreed
   * @param id the action
   * @param text what was agreed
   * @param due when due, if agreed
   * @param completedOn when done, if it has been
   */
  public record OwnedAction(
      SessionId session,
      ActionId id,
      String text,
      Optional<LocalDate> due,
      Optional<LocalDate> completedOn) {
    /**
     * Checks the record.
     *
     * @param session where it was agreed; must not be {@literal null}
     * @param id the action; must not be {@literal null}
     * @param text what was agreed; must not be {@literal null}
     * @param due when due, if agreed; must not be {@literal null}
     * @param completedOn when done, if it has been; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public OwnedAction {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(completedOn, "completedOn");
    }

    @Override
    public String toString() {
      return "OwnedAction{" + session + ", " + id + "}";
    }
  }

  /**
   * One field of the report, for a CSV file.
   *
   * @param section which part of the report, such as {@code register} or {@code consent}
   * @param item the number of the item within the section, from 1
   * @param field the field's name
   * @param value its value as text (empty when not held)
   * @param explanation what the field means, in a sentence
   */
  public record Row(String section, int item, String field, String value, String explanation) {
    @Override
    public String toString() {
      return "Row{" + section + "[" + item + "]." + field + "}";
    }
  }

  private final Person entry;
  private final boolean coreGroup;
  private final List<ConsentEvent> consentHistory;
  private final List<Attendance> attendance;
  private final List<Said> said;
  private final List<AttributedRating> ratings;
  private final List<OwnedAction> actions;
  private final List<Said> smallSteps;
  private final List<AuditEntry> audit;
  private final List<FollowUp> followUps;
  private final List<Sent> sent;

  /**
   * A message delivered to the person: which circulation (such as {@code
   * report-s-2016-04-prison-release}, or {@code series-findings-...} for a series' findings) and
   * when, as the store's send log records it.
   *
   * @param circulation the circulation's id
   * @param at when it was delivered
   */
  public record Sent(String circulation, Instant at) {
    /**
     * Checks the record.
     *
     * @param circulation the circulation's id; must not be {@literal null}
     * @param at when it was delivered; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Sent {
      Objects.requireNonNull(circulation, "circulation");
      Objects.requireNonNull(at, "at");
    }
  }

  private AccessReport(
      Person entry,
      boolean coreGroup,
      List<ConsentEvent> consentHistory,
      List<Attendance> attendance,
      List<Said> said,
      List<AttributedRating> ratings,
      List<OwnedAction> actions,
      List<Said> smallSteps,
      List<AuditEntry> audit,
      List<FollowUp> followUps,
      List<Sent> sent) {
    this.followUps = List.copyOf(followUps);
    this.sent = List.copyOf(sent);
    this.entry = entry;
    this.coreGroup = coreGroup;
    this.consentHistory = List.copyOf(consentHistory);
    this.attendance = List.copyOf(attendance);
    this.said = List.copyOf(said);
    this.ratings = List.copyOf(ratings);
    this.actions = List.copyOf(actions);
    this.smallSteps = List.copyOf(smallSteps);
    this.audit = List.copyOf(audit);
  }

  static AccessReport of(Community community, List<Session> inProgress, PersonId id) {
    Person entry = community.register().find(id).orElseThrow();
    List<Session> sessions = new ArrayList<>(community.sessions());
    sessions.addAll(inProgress);
    List<Attendance> attendance = new ArrayList<>();
    List<Said> said = new ArrayList<>();
    List<AttributedRating> ratings = new ArrayList<>();
    List<OwnedAction> actions = new ArrayList<>();
    List<Said> steps = new ArrayList<>();
    for (Session s : sessions) {
      Set<SessionRole> roles = EnumSet.noneOf(SessionRole.class);
      if (s.attendees().contains(id)) {
        roles.add(SessionRole.ATTENDEE);
      }
      if (s.facilitator().equals(id)) {
        roles.add(SessionRole.FACILITATOR);
        s.chairsIntroduction().ifPresent(t -> said.add(new Said(s.id(), "CHAIRS_INTRODUCTION", t)));
      }
      if (s.coFacilitators().contains(id)) {
        roles.add(SessionRole.CO_FACILITATOR);
      }
      if (s.recorders().contains(id)) {
        roles.add(SessionRole.RECORDER);
      }
      s.presentation()
          .filter(p -> p.presenter().filter(id::equals).isPresent())
          .ifPresent(
              p -> {
                roles.add(SessionRole.PRESENTER);
                said.add(new Said(s.id(), "PRESENTATION", p.title()));
                p.summary().ifPresent(x -> said.add(new Said(s.id(), "PRESENTATION_SUMMARY", x)));
              });
      if (s.artefacts().stream().anyMatch(a -> a.pictures(id))) {
        roles.add(SessionRole.PICTURED);
      }
      if (!roles.isEmpty()) {
        attendance.add(new Attendance(s.id(), s.startsAt(), roles));
      }
      s.bestHopes().stream()
          .filter(h -> h.by().filter(id::equals).isPresent())
          .forEach(h -> said.add(new Said(s.id(), "BEST_HOPE", h.text())));
      s.contributions().stream()
          .filter(c -> c.by().filter(id::equals).isPresent())
          .forEach(c -> said.add(new Said(s.id(), c.kind().name(), c.text())));
      for (ScalingRound round : s.scaling()) {
        for (Rating r : round.ratings()) {
          if (r.ratedBy().filter(id::equals).isPresent()) {
            ratings.add(new AttributedRating(s.id(), round.question().text(), r.value()));
          }
        }
        round.onePointUpIdeas().stream()
            .filter(i -> i.offeredBy().filter(id::equals).isPresent())
            .forEach(i -> said.add(new Said(s.id(), "ONE_POINT_UP_IDEA", i.text())));
      }
      for (Action a : s.actions()) {
        if (a.owners().contains(id)) {
          actions.add(new OwnedAction(s.id(), a.id(), a.text(), a.due(), a.completedOn()));
        }
      }
      s.smallSteps().stream()
          .filter(k -> k.noticedBy().filter(id::equals).isPresent())
          .forEach(k -> steps.add(new Said(s.id(), "SMALL_STEP", k.text())));
    }
    List<AuditEntry> audit =
        community.register().audit().stream().filter(e -> e.person().equals(id)).toList();
    List<FollowUp> followUps =
        community.series().stream()
            .flatMap(s -> s.followUps().stream())
            .filter(f -> f.decisionMaker().is(id))
            .toList();
    return new AccessReport(
        entry,
        community.coreGroup().contains(id),
        community.consent().history(id),
        attendance,
        said,
        ratings,
        actions,
        steps,
        audit,
        followUps,
        List.of());
  }

  /**
   * This report with the messages delivered to the person, such as a store reads from its send log
   * ({@code FileArchiveStore.access} adds them).
   *
   * @param delivered must not be {@literal null}
   * @return a new report with those messages, never {@literal null}
   */
  public AccessReport withSent(List<Sent> delivered) {
    Objects.requireNonNull(delivered, "delivered");
    return new AccessReport(
        entry,
        coreGroup,
        consentHistory,
        attendance,
        said,
        ratings,
        actions,
        smallSteps,
        audit,
        followUps,
        delivered);
  }

  /**
   * {@return the follow-ups owed to them as a decision maker a series' findings went to; never
   * {@literal null}, may be empty}
   */
  public List<FollowUp> followUps() {
    return followUps;
  }

  /**
   * {@return the messages delivered to them, oldest first; never {@literal null}, empty unless read
   * from a store's send log}
   */
  public List<Sent> sent() {
    return sent;
  }

  /** {@return their register entry, never {@literal null}} */
  public Person entry() {
    return entry;
  }

  /** {@return whether they are in the community's core group} */
  public boolean coreGroup() {
    return coreGroup;
  }

  /** {@return every consent decision they made, in the order recorded; never {@literal null}} */
  public List<ConsentEvent> consentHistory() {
    return consentHistory;
  }

  /** {@return the sessions they were part of, in date order; never {@literal null}} */
  public List<Attendance> attendance() {
    return attendance;
  }

  /** {@return what they said that was recorded in their name; never {@literal null}} */
  public List<Said> said() {
    return said;
  }

  /** {@return the scaling ratings given in their name; never {@literal null}} */
  public List<AttributedRating> ratings() {
    return ratings;
  }

  /** {@return the actions they own; never {@literal null}} */
  public List<OwnedAction> actions() {
    return actions;
  }

  /** {@return the small steps they noticed; never {@literal null}} */
  public List<Said> smallSteps() {
    return smallSteps;
  }

  /**
   * {@return rectifications, restrictions and retention changes to their entry; never {@literal
   * null}}
   */
  public List<AuditEntry> audit() {
    return audit;
  }

  /** The columns of {@link #table()}: one row per field, with the field's explanation. */
  public static final Schema SCHEMA =
      Schema.of(
          "access_report",
          "Everything the community holds about one person, one field per row",
          Column.text(
              "section",
              "Which part of the record: register, consent, attendance, said, ratings, actions, smallSteps, audit, sent, followUps"),
          Column.integer("item", "The number of the item within its section, from 1"),
          Column.text("field", "The field's name"),
          Column.freeText("value", "The value held, as text; empty when nothing is held"),
          Column.text("explanation", "What the field means"));

  /** {@return the report as a tidy table of {@link #SCHEMA}, never {@literal null}} */
  public Table table() {
    Table.Builder table = Table.builder(SCHEMA);
    for (Row r : rows()) {
      table.addRow(r.section(), r.item(), r.field(), r.value(), r.explanation());
    }
    return table.build();
  }

  /**
   * The report as RFC 4180 CSV for the person to open in a spreadsheet: a header, then one field
   * per row with its explanation; words they said are guarded against formula injection.
   *
   * @return the CSV text, never {@literal null}
   */
  public String csv() {
    return TableFormat.CSV.write(table());
  }

  /**
   * {@return what each field of {@link #rows()} means, by section and field ("register.name");
   * unmodifiable, never {@literal null}}
   */
  public static Map<String, String> explanations() {
    return EXPLANATIONS;
  }

  /**
   * {@return the whole report, one field per row, with each field's explanation; never {@literal
   * null}}
   */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    Section register = new Section(rows, "register", 1);
    register.add("id", entry.id().value());
    register.add("name", entry.name());
    register.add("email", entry.contact().email().orElse(""));
    register.add("phone", entry.contact().phone().orElse(""));
    register.add("role", entry.role().orElse(""));
    register.add("place", entry.place().orElse(""));
    register.add("organisation", entry.organisation().orElse(""));
    register.add("perspectives", join(entry.perspectives()));
    register.add("sector", entry.sector().map(Enum::name).orElse(""));
    register.add("livedExperience", join(entry.livedExperience()));
    register.add("joined", entry.joined().map(LocalDate::toString).orElse(""));
    register.add(
        "restriction", entry.restriction().map(r -> r.ground() + " since " + r.since()).orElse(""));
    register.add("coreGroup", String.valueOf(coreGroup));
    int i = 1;
    for (ConsentEvent e : consentHistory) {
      Section c = new Section(rows, "consent", i++);
      c.add("purpose", e.purpose().name());
      c.add("decision", e.decision().name());
      c.add("at", e.at().toString());
      c.add("method", e.terms().method().name());
      c.add("notice", e.terms().notice().value());
      c.add(
          "recordedBy",
          e.terms()
              .recordedBy()
              .personId()
              .map(PersonId::value)
              .or(() -> e.terms().recordedBy().role())
              .orElse(""));
      c.add("explicit", String.valueOf(e.terms().explicit()));
      c.add("confirmingWording", e.terms().confirmingWording().orElse(""));
      c.add("basis", e.terms().basis().name());
    }
    i = 1;
    for (Attendance a : attendance) {
      Section c = new Section(rows, "attendance", i++);
      c.add("session", a.session().value());
      c.add("startsAt", a.startsAt().toString());
      c.add("roles", join(a.roles()));
    }
    i = 1;
    for (Said s : said) {
      Section c = new Section(rows, "said", i++);
      c.add("session", s.session().value());
      c.add("what", s.what());
      c.add("text", s.text());
    }
    i = 1;
    for (AttributedRating r : ratings) {
      Section c = new Section(rows, "ratings", i++);
      c.add("session", r.session().value());
      c.add("question", r.question());
      c.add("value", String.valueOf(r.value()));
    }
    i = 1;
    for (OwnedAction a : actions) {
      Section c = new Section(rows, "actions", i++);
      c.add("session", a.session().value());
      c.add("id", a.id().value());
      c.add("text", a.text());
      c.add("due", a.due().map(LocalDate::toString).orElse(""));
      c.add("completedOn", a.completedOn().map(LocalDate::toString).orElse(""));
    }
    i = 1;
    for (Said s : smallSteps) {
      Section c = new Section(rows, "smallSteps", i++);
      c.add("session", s.session().value());
      c.add("text", s.text());
    }
    i = 1;
    for (AuditEntry e : audit) {
      Section c = new Section(rows, "audit", i++);
      c.add("at", e.at().toString());
      c.add("action", e.action().name());
      c.add("fields", String.join(" ", e.fields()));
      c.add(
          "actor", e.actor().personId().map(PersonId::value).or(() -> e.actor().role()).orElse(""));
    }
    i = 1;
    for (Sent m : sent) {
      Section c = new Section(rows, "sent", i++);
      c.add("circulation", m.circulation());
      c.add("at", m.at().toString());
    }
    i = 1;
    for (FollowUp f : followUps) {
      Section c = new Section(rows, "followUps", i++);
      c.add("circulation", f.circulation());
      c.add("distributedOn", f.distributedOn().toString());
      c.add("due", f.due().toString());
      c.add("done", f.done().map(LocalDate::toString).orElse(""));
    }
    return List.copyOf(rows);
  }

  private static String join(Set<? extends Enum<?>> values) {
    return String.join(" ", values.stream().map(Enum::name).sorted().toList());
  }

  private record Section(List<Row> rows, String name, int item) {
    void add(String field, String value) {
      rows.add(new Row(name, item, field, value, EXPLANATIONS.get(name + "." + field)));
    }
  }

  private static final Map<String, String> EXPLANATIONS = explain();

  private static Map<String, String> explain() {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("register.id", "The identifier the community uses for you instead of your name.");
    e.put("register.name", "Your name, as you asked to be called.");
    e.put("register.email", "Your email address, if you gave one.");
    e.put("register.phone", "Your phone number, if you gave one.");
    e.put("register.role", "Your role, used to quote you by role if you agreed.");
    e.put("register.place", "Your place, used with your role if you agreed to be quoted by role.");
    e.put("register.organisation", "The organisation you come from, if any.");
    e.put(
        "register.perspectives",
        "The perspectives you bring, such as lived experience or frontline practice.");
    e.put("register.sector", "The sector you work in or come from.");
    e.put(
        "register.livedExperience",
        "Categories of lived experience, recorded only with your explicit consent.");
    e.put("register.joined", "When you joined the community.");
    e.put("register.restriction", "Whether use of your data is restricted, why and since when.");
    e.put(
        "register.coreGroup", "Whether you are in the core group that keeps the community going.");
    e.put("consent.purpose", "What the decision was about.");
    e.put("consent.decision", "Whether you granted or withdrew consent.");
    e.put("consent.at", "When you decided.");
    e.put("consent.method", "How you told us: attendance list, verbally, a form or email.");
    e.put("consent.notice", "The version of the privacy notice you were shown.");
    e.put("consent.recordedBy", "Who recorded the decision: a member's identifier or a role.");
    e.put(
        "consent.explicit",
        "Whether you confirmed the decision explicitly, as special-category data needs.");
    e.put("consent.confirmingWording", "The wording you confirmed, for an explicit decision.");
    e.put(
        "consent.basis", "Consent, or the charity soft opt-in you could opt out of (emails only).");
    e.put("attendance.session", "A session you were part of.");
    e.put("attendance.startsAt", "When it started.");
    e.put(
        "attendance.roles",
        "The parts you played: attendee, facilitator, co-facilitator, recorder, presenter.");
    e.put("said.session", "The session where it was recorded.");
    e.put(
        "said.what",
        "What kind of thing it was: a best hope, a contribution, an idea, a presentation.");
    e.put("said.text", "The words recorded in your name.");
    e.put("ratings.session", "The session where you gave the rating.");
    e.put("ratings.question", "The scaling question you answered.");
    e.put("ratings.value", "The rating recorded in your name.");
    e.put("actions.session", "The session where the action was agreed.");
    e.put("actions.id", "The action's identifier.");
    e.put("actions.text", "What was agreed.");
    e.put("actions.due", "When it is due, if agreed.");
    e.put("actions.completedOn", "When it was done, if it has been.");
    e.put("smallSteps.session", "The session where you mentioned it.");
    e.put("smallSteps.text", "The small step you noticed.");
    e.put("audit.at", "When your entry was changed.");
    e.put(
        "audit.action",
        "What was done: rectified, restricted, restriction lifted, anonymised by retention.");
    e.put("audit.fields", "Which fields were changed (not their values).");
    e.put("audit.actor", "Who made the change: a member's identifier or a role.");
    e.put(
        "sent.circulation",
        "What was sent to you: a session's report, a series' report or a series' findings.");
    e.put(
        "sent.at",
        "When it was delivered to your address (or written to the outbox the charity sends from).");
    e.put(
        "followUps.circulation",
        "The findings of a series sent to you as someone who can make decisions.");
    e.put("followUps.distributedOn", "When they were sent.");
    e.put(
        "followUps.due",
        "When the community planned to follow up with an offer of a meeting or presentation.");
    e.put("followUps.done", "When it followed up, if it has.");
    return Collections.unmodifiableMap(e);
  }

  @Override
  public String toString() {
    return "AccessReport{person="
        + entry.id()
        + ", consent="
        + consentHistory.size()
        + ", sessions="
        + attendance.size()
        + ", said="
        + said.size()
        + ", ratings="
        + ratings.size()
        + ", sent="
        + sent.size()
        + "}";
  }
}
