package org.communityofpractice.core.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.runningorder.RunningOrder;

/**
 * The ids a document holds, so a reference to nothing is reported where it is written, as a
 * dangling reference, before the model's own (coarser) checks see it. Reading a whole community
 * fills it as it goes; reading a single value checks nothing but running orders, which resolve to
 * the guide's templates.
 *
 * <p>The document is read in one pass, and an id may be named before it is defined (the core group
 * before the register, a small step following a later session): a reference to an id not seen yet
 * is held until its kind is {@linkplain #complete complete} — people at the end of the register,
 * everything at the end of the community — and then reported if it still names nothing.
 */
final class Refs {
  /** What an id names. */
  enum Kind {
    PERSON,
    TOPIC,
    SERIES,
    SESSION,
    ACTION
  }

  private record Pending(Kind kind, Object id, JsonIn at, String expectation) {}

  private final boolean checked;
  private final Map<Kind, Set<Object>> ids = new EnumMap<>(Kind.class);
  private final Set<Kind> complete = EnumSet.noneOf(Kind.class);
  private final List<Pending> pending = new ArrayList<>();
  final Map<String, RunningOrder> runningOrders = new HashMap<>();

  private Refs(boolean checked) {
    this.checked = checked;
    for (Kind kind : Kind.values()) {
      ids.put(kind, new HashSet<>());
    }
  }

  /** References inside one community document, checked against the ids it holds. */
  static Refs checked() {
    return new Refs(true);
  }

  /** References in a value read on its own: nothing to check them against. */
  static Refs unchecked() {
    return new Refs(false);
  }

  /** Notes an id the document defines. */
  void define(Kind kind, Object id) {
    ids.get(kind).add(id);
  }

  /**
   * Checks a reference found at {@code at}: one to an id already defined passes, one to nothing
   * is dangling once every id of its kind has been read, and is held until then.
   */
  void check(Kind kind, Object id, JsonIn at, String expectation) throws ArchiveFormatException {
    if (!checked || ids.get(kind).contains(id)) {
      return;
    }
    if (complete.contains(kind)) {
      throw at.dangling(expectation, id);
    }
    pending.add(new Pending(kind, id, at, expectation));
  }

  /**
   * Every id of these kinds has been read: a held reference that still names nothing is
   * dangling; the first, in the document's order, is reported.
   */
  void complete(Kind... kinds) throws ArchiveFormatException {
    if (!checked) {
      return;
    }
    complete.addAll(List.of(kinds));
    for (Pending p : pending) {
      if (complete.contains(p.kind()) && !ids.get(p.kind()).contains(p.id())) {
        throw p.at().dangling(p.expectation(), p.id());
      }
    }
    pending.removeIf(p -> complete.contains(p.kind()));
  }

  Optional<RunningOrder> runningOrder(String id) {
    return Optional.ofNullable(runningOrders.get(id)).or(() -> RunningOrder.template(id));
  }
}
