package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.ContributionHandling;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;

/**
 * What data-subject rights produce outside the archive: the access report (written only — it goes
 * to the person, not back into a store) and the erasure log, kept apart from the archive so it can
 * be replayed on a restored backup.
 */
final class RightsJson {
  private RightsJson() {}

  static JsonNode accessReport(AccessReport r) {
    ObjectNode o = object();
    o.set("person", PeopleJson.person(r.entry()));
    o.put("coreGroup", r.coreGroup());
    o.set("consentHistory", array(r.consentHistory(), ConsentJson::event));
    o.set(
        "attendance",
        array(
            r.attendance(),
            a -> {
              ObjectNode n = object();
              n.set("session", text(a.session()));
              n.set("startsAt", JsonOut.dateTime(a.startsAt()));
              n.set("roles", JsonOut.sorted(a.roles(), JsonOut::name));
              return n;
            }));
    o.set("said", array(r.said(), RightsJson::said));
    o.set(
        "ratings",
        array(
            r.ratings(),
            x -> {
              ObjectNode n = object();
              n.set("session", text(x.session()));
              n.set("question", text(x.question()));
              n.put("value", x.value());
              return n;
            }));
    o.set(
        "actions",
        array(
            r.actions(),
            a -> {
              ObjectNode n = object();
              n.set("session", text(a.session()));
              n.set("id", text(a.id()));
              n.set("text", text(a.text()));
              optional(n, "due", a.due(), JsonOut::date);
              optional(n, "completedOn", a.completedOn(), JsonOut::date);
              return n;
            }));
    o.set("smallSteps", array(r.smallSteps(), RightsJson::said));
    o.set("audit", array(r.audit(), PeopleJson::auditEntry));
    ObjectNode explanations = o.putObject("explanations");
    AccessReport.explanations().forEach(explanations::put);
    return o;
  }

  private static JsonNode said(AccessReport.Said s) {
    ObjectNode n = object();
    n.set("session", text(s.session()));
    n.set("what", text(s.what()));
    n.set("text", text(s.text()));
    return n;
  }

  static JsonNode erasureLog(ErasureLog log) {
    ObjectNode o = object();
    o.set("erasures", array(log.entries(), RightsJson::entry));
    return o;
  }

  static ErasureLog erasureLog(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("erasures");
    var entries = o.list("erasures", RightsJson::entry);
    o.read();
    return in.build(() -> new ErasureLog(entries.get()));
  }

  /** An erasure of the log: the request's fields and the opaque id of the tombstone it left. */
  static JsonNode entry(ErasureLog.Entry e) {
    ObjectNode o = erasure(e.request());
    o.set("tombstone", text(e.tombstone()));
    return o;
  }

  /** An erasure of the log; its ids name people of some archive, so they are not checked here. */
  static ErasureLog.Entry entry(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("person", "at", "actor", "ground", "contributions", "tombstone");
    Request request = request(in, o);
    var tombstone = o.required("tombstone", PeopleJson::personId);
    o.read();
    ErasureRequest read = request.build();
    return in.build(() -> new ErasureLog.Entry(read, tombstone.get()));
  }

  static ObjectNode erasure(ErasureRequest r) {
    ObjectNode o = object();
    o.set("person", text(r.person()));
    o.set("at", JsonOut.instant(r.at()));
    o.set("actor", ConsentJson.actor(r.actor()));
    o.set("ground", JsonOut.name(r.ground()));
    o.set("contributions", JsonOut.name(r.contributions()));
    return o;
  }

  /** An erasure request; its ids name people of some archive, so they are not checked here. */
  static ErasureRequest erasure(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("person", "at", "actor", "ground", "contributions");
    Request request = request(in, o);
    o.read();
    return request.build();
  }

  /** An erasure request's fields, declared in an object of its own or in a log entry's. */
  @FunctionalInterface
  private interface Request {
    ErasureRequest build() throws ArchiveFormatException;
  }

  private static Request request(JsonIn in, JsonIn.Obj o) {
    var person = o.required("person", PeopleJson::personId);
    var at = o.required("at", JsonIn::instant);
    var actor = o.required("actor", ConsentJson::actor);
    var ground = o.required("ground", e -> e.enumOf(ErasureGround.class));
    var handling = o.required("contributions", e -> e.enumOf(ContributionHandling.class));
    return () ->
        in.build(
            () ->
                new ErasureRequest(
                    person.get(), at.get(), actor.get(), ground.get(), handling.get()));
  }
}
