package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.ContributionHandling;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.validation.InvalidValueException;

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

  private static final String[] LOG = {"erasures"};

  static ErasureLog erasureLog(JsonIn in) throws ArchiveFormatException {
    in.fields();
    List<ErasureLog.Entry> entries = null;
    while (in.nextField(LOG) >= 0) {
      entries = entries(in.value(LOG[0]));
    }
    in.require(entries, LOG[0]);
    try {
      return new ErasureLog(entries);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  private static List<ErasureLog.Entry> entries(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<ErasureLog.Entry> entries = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(entries.size())) != null; ) {
      entries.add(entry(e));
    }
    return entries;
  }

  /** An erasure of the log: the request's fields and the opaque id of the tombstone it left. */
  static JsonNode entry(ErasureLog.Entry e) {
    ObjectNode o = erasure(e.request());
    o.set("tombstone", text(e.tombstone()));
    return o;
  }

  private static final String[] ENTRY = {
    "person", "at", "actor", "ground", "contributions", "tombstone"
  };

  /** An erasure of the log; its ids name people of some archive, so they are not checked here. */
  static ErasureLog.Entry entry(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Request request = new Request();
    PersonId tombstone = null;
    for (int f; (f = in.nextField(ENTRY)) >= 0; ) {
      if (f == 5) {
        tombstone = PeopleJson.personId(in.value(ENTRY[5]));
      } else {
        request.read(f, in.value(ENTRY[f]));
      }
    }
    request.require(in);
    in.require(tombstone, ENTRY[5]);
    ErasureRequest read = request.build(in);
    try {
      return new ErasureLog.Entry(read, tombstone);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
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

  private static final String[] REQUEST = {"person", "at", "actor", "ground", "contributions"};

  /** An erasure request; its ids name people of some archive, so they are not checked here. */
  static ErasureRequest erasure(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Request request = new Request();
    for (int f; (f = in.nextField(REQUEST)) >= 0; ) {
      request.read(f, in.value(REQUEST[f]));
    }
    request.require(in);
    return request.build(in);
  }

  /**
   * An erasure request's fields, read in an object of its own or in a log entry's, where they come
   * first in the same order.
   */
  private static final class Request {
    private PersonId person;
    private Instant at;
    private Actor actor;
    private ErasureGround ground;
    private ContributionHandling handling;

    /** Reads the request's field {@code f}, in the order of {@link #REQUEST}. */
    void read(int f, JsonIn value) throws ArchiveFormatException {
      switch (f) {
        case 0 -> person = PeopleJson.personId(value);
        case 1 -> at = value.instant();
        case 2 -> actor = ConsentJson.actor(value);
        case 3 -> ground = value.enumOf(ErasureGround.class);
        default -> handling = value.enumOf(ContributionHandling.class);
      }
    }

    void require(JsonIn in) throws ArchiveFormatException {
      in.require(person, REQUEST[0]);
      in.require(at, REQUEST[1]);
      in.require(actor, REQUEST[2]);
      in.require(ground, REQUEST[3]);
      in.require(handling, REQUEST[4]);
    }

    ErasureRequest build(JsonIn in) throws ArchiveFormatException {
      try {
        return new ErasureRequest(person, at, actor, ground, handling);
      } catch (InvalidValueException e) {
        throw in.invalid(e);
      }
    }
  }
}
