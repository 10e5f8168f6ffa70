package org.communityofpractice.core.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
import org.communityofpractice.core.rights.internal.AccessGathering;
import org.communityofpractice.core.rights.internal.AccessRows;
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
    AccessGathering parts = AccessGathering.of(sessions, id);
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
        parts.attendance(),
        parts.said(),
        parts.ratings(),
        parts.actions(),
        parts.smallSteps(),
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
    return AccessRows.EXPLANATIONS;
  }

  /**
   * {@return the whole report, one field per row, with each field's explanation; never {@literal
   * null}}
   */
  public List<Row> rows() {
    return AccessRows.of(this);
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
