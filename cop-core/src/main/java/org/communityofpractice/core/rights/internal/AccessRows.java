package org.communityofpractice.core.rights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.AccessReport.Attendance;
import org.communityofpractice.core.rights.AccessReport.AttributedRating;
import org.communityofpractice.core.rights.AccessReport.OwnedAction;
import org.communityofpractice.core.rights.AccessReport.Row;
import org.communityofpractice.core.rights.AccessReport.Said;
import org.communityofpractice.core.rights.AccessReport.Sent;
import org.communityofpractice.core.topic.FollowUp;

/**
 * A subject access report laid out one field per row, each with what it means in plain words: what
 * {@code AccessReport.rows()}, its table and its CSV show the person.
 */
public final class AccessRows {
  private AccessRows() {}

  /**
   * The report's rows.
   *
   * @param report the report
   * @return one row per field, section by section; unmodifiable
   */
  public static List<Row> of(AccessReport report) {
    List<Row> rows = new ArrayList<>();
    Section register = new Section(rows, "register", 1);
    register.add("id", report.entry().id().value());
    register.add("name", report.entry().name());
    register.add("email", report.entry().contact().email().orElse(""));
    register.add("phone", report.entry().contact().phone().orElse(""));
    register.add("role", report.entry().role().orElse(""));
    register.add("place", report.entry().place().orElse(""));
    register.add("organisation", report.entry().organisation().orElse(""));
    register.add("perspectives", join(report.entry().perspectives()));
    register.add("sector", report.entry().sector().map(Enum::name).orElse(""));
    register.add("livedExperience", join(report.entry().livedExperience()));
    register.add("joined", report.entry().joined().map(LocalDate::toString).orElse(""));
    register.add(
        "restriction",
        report.entry().restriction().map(r -> r.ground() + " since " + r.since()).orElse(""));
    register.add("coreGroup", String.valueOf(report.coreGroup()));
    int i = 1;
    for (ConsentEvent e : report.consentHistory()) {
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
    for (Attendance a : report.attendance()) {
      Section c = new Section(rows, "attendance", i++);
      c.add("session", a.session().value());
      c.add("startsAt", a.startsAt().toString());
      c.add("roles", join(a.roles()));
    }
    i = 1;
    for (Said s : report.said()) {
      Section c = new Section(rows, "said", i++);
      c.add("session", s.session().value());
      c.add("what", s.what());
      c.add("text", s.text());
    }
    i = 1;
    for (AttributedRating r : report.ratings()) {
      Section c = new Section(rows, "ratings", i++);
      c.add("session", r.session().value());
      c.add("question", r.question());
      c.add("value", String.valueOf(r.value()));
    }
    i = 1;
    for (OwnedAction a : report.actions()) {
      Section c = new Section(rows, "actions", i++);
      c.add("session", a.session().value());
      c.add("id", a.id().value());
      c.add("text", a.text());
      c.add("due", a.due().map(LocalDate::toString).orElse(""));
      c.add("completedOn", a.completedOn().map(LocalDate::toString).orElse(""));
    }
    i = 1;
    for (Said s : report.smallSteps()) {
      Section c = new Section(rows, "smallSteps", i++);
      c.add("session", s.session().value());
      c.add("text", s.text());
    }
    i = 1;
    for (AuditEntry e : report.audit()) {
      Section c = new Section(rows, "audit", i++);
      c.add("at", e.at().toString());
      c.add("action", e.action().name());
      c.add("fields", String.join(" ", e.fields()));
      c.add(
          "actor", e.actor().personId().map(PersonId::value).or(() -> e.actor().role()).orElse(""));
    }
    i = 1;
    for (Sent m : report.sent()) {
      Section c = new Section(rows, "sent", i++);
      c.add("circulation", m.circulation());
      c.add("at", m.at().toString());
    }
    i = 1;
    for (FollowUp f : report.followUps()) {
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

  /** What each field means, by section and field ("register.name"). */
  public static final Map<String, String> EXPLANATIONS = explain();

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
}
