package org.communityofpractice.core.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;

/**
 * The erasure log as the store keeps it ({@code erasures.json}): each erased person is named by a
 * keyed hash of their id (HMAC-SHA-256 under a key the store keeps beside it, owner-only, and never
 * in the archive), so the log alone does not say who was erased; the rest of each request and the
 * opaque id of the tombstone it left are kept as they are. A copy restored from elsewhere is
 * matched by hashing the ids its register holds.
 */
public final class KeyedErasures {
  /** The field naming the erased person by keyed hash. */
  static final String PERSON = "personHash";

  /** What stands for the person while the rest of an entry goes through the archive codec. */
  private static final PersonId STAND_IN = PersonId.of("p-keyed");

  /** The length of a key, in bytes. */
  public static final int KEY_BYTES = 32;

  private final byte[] key;

  /**
   * @param key the store's key, {@link #KEY_BYTES} bytes
   */
  public KeyedErasures(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "an erasure key must be " + KEY_BYTES + " bytes but was " + key.length);
    }
    this.key = key.clone();
  }

  /**
   * One logged erasure.
   *
   * @param person the keyed hash of the erased person's id
   * @param entry the rest: the request, with a stand-in for the person, and the tombstone's id
   */
  public record Logged(String person, ErasureLog.Entry entry) {
    public Logged {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(entry, "entry");
    }

    /** The entry for the person it names. */
    ErasureLog.Entry naming(PersonId id) {
      ErasureRequest r = entry.request();
      return new ErasureLog.Entry(
          new ErasureRequest(id, r.at(), r.actor(), r.ground(), r.contributions()),
          entry.tombstone());
    }
  }

  /** The keyed hash of an id, in hex. */
  public String hash(PersonId id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(id.value().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every Java platform", e);
    }
  }

  /**
   * An erasure as logged: the person hashed; an actor who was the person names the tombstone
   * instead.
   */
  public Logged log(ErasureLog.Entry e) {
    ErasureRequest r = e.request();
    ErasureRequest keyed =
        new ErasureRequest(
            STAND_IN,
            r.at(),
            r.actor().replacing(r.person(), e.tombstone()),
            r.ground(),
            r.contributions());
    return new Logged(hash(r.person()), new ErasureLog.Entry(keyed, e.tombstone()));
  }

  /**
   * The logged erasures of any of {@code ids} (such as the ids a restored copy's register holds),
   * in the order carried out, ready to {@linkplain ErasureLog#replay replay}.
   */
  public ErasureLog naming(List<Logged> logged, Collection<PersonId> ids) {
    java.util.Map<String, PersonId> byHash = new java.util.HashMap<>();
    ids.forEach(id -> byHash.put(hash(id), id));
    List<ErasureLog.Entry> entries = new ArrayList<>();
    for (Logged l : logged) {
      PersonId id = byHash.get(l.person());
      if (id != null) {
        entries.add(l.naming(id));
      }
    }
    return new ErasureLog(entries);
  }

  /** The logged erasure of {@code id}, if there is one. */
  public java.util.Optional<ErasureLog.Entry> find(List<Logged> logged, PersonId id) {
    String h = hash(id);
    return logged.stream().filter(l -> l.person().equals(h)).map(l -> l.naming(id)).findFirst();
  }

  /** The log as pretty-printed JSON: {@code {"erasures": [...]}}. */
  public static String write(List<Logged> logged) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode array = root.putArray("erasures");
    for (Logged l : logged) {
      ObjectNode o = (ObjectNode) JsonValues.encode(l.entry());
      o.remove("person");
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      out.put(PERSON, l.person());
      out.setAll(o);
      array.add(out);
    }
    return root.toPrettyString() + "\n";
  }

  /** Why a log does not read: where and what. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    Malformed(String path, String reason) {
      super(reason, null, false, false);
      this.path = path;
    }

    /** The JSON path. */
    public String path() {
      return path;
    }
  }

  /** Reads a log as strictly as the archive is read. */
  public static List<Logged> read(String json) throws Malformed {
    JsonNode root;
    try {
      root = JsonValues.readTree(json);
    } catch (ArchiveFormatException e) {
      throw new Malformed(e.path(), e.expectation());
    }
    if (!root.isObject() || root.size() != 1 || !root.path("erasures").isArray()) {
      throw new Malformed("$", "must be an object with one field, \"erasures\", an array");
    }
    List<Logged> logged = new ArrayList<>();
    int i = 0;
    for (Iterator<JsonNode> it = root.get("erasures").elements(); it.hasNext(); i++) {
      String at = "$.erasures[" + i + "]";
      JsonNode n = it.next();
      if (!n.isObject()
          || !n.path(PERSON).isTextual()
          || n.has("person")
          || !n.get(PERSON).textValue().matches("[0-9a-f]{64}")) {
        throw new Malformed(at + "." + PERSON, "must be a keyed hash: 64 lower-case hex digits");
      }
      ObjectNode rest = ((ObjectNode) n).deepCopy();
      String person = rest.remove(PERSON).textValue();
      rest.put("person", STAND_IN.value());
      try {
        logged.add(new Logged(person, JsonValues.decode(rest, ErasureLog.Entry.class, at)));
      } catch (ArchiveFormatException e) {
        throw new Malformed(e.path(), e.expectation());
      }
    }
    return List.copyOf(logged);
  }
}
