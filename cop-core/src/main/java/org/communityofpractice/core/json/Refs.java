package org.communityofpractice.core.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;

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
 *
 * <p>It also hands out one value for each person id and stage key the document writes, so the
 * thousands of references to the same few people share one checked id instead of each holding a
 * copy.
 */
final class Refs {
  /** The ids of one kind the document defines, and what a reference to one of them must do. */
  static final class Ids<T> {
    private final String expectation;
    private final Set<T> defined = new HashSet<>();
    private boolean complete;

    private Ids(String expectation) {
      this.expectation = expectation;
    }

    /** Notes an id the document defines. */
    void define(T id) {
      defined.add(id);
    }
  }

  private record Pending<T>(Ids<T> ids, T id, JsonIn at) {}

  /**
   * A person id as the document writes it, made once, and whether the register holds it, so a
   * reference to someone held, nearly every reference, is checked by the one look-up that finds its
   * id.
   */
  static final class WrittenPerson {
    final PersonId id;
    private boolean held;

    private WrittenPerson(PersonId id) {
      this.id = id;
    }
  }

  final Ids<PersonId> people = new Ids<>("must name a person held by the register");
  final Ids<TopicId> topics = new Ids<>("must name a topic of the community");
  final Ids<SeriesId> series = new Ids<>("must name a series of the community");
  final Ids<SessionId> sessions = new Ids<>("must name a session of the community");
  final Ids<ActionId> actions =
      new Ids<>("must name an action agreed at a session of the community");
  final Map<String, RunningOrder> runningOrders = new HashMap<>();

  private final boolean checked;
  private final List<Pending<?>> pending = new ArrayList<>();

  /** Each person id the document writes, made once. */
  final ByText<WrittenPerson> persons = new ByText<>();

  /** Each topic a reference names, made once. */
  final ByText<TopicId> topicIds = new ByText<>();

  /** Each stage key the document writes, made once. */
  final ByText<StageKey> stageKeys = new ByText<>();

  private Refs(boolean checked) {
    this.checked = checked;
  }

  /** References inside one community document, checked against the ids it holds. */
  static Refs checked() {
    return new Refs(true);
  }

  /** References in a value read on its own: nothing to check them against. */
  static Refs unchecked() {
    return new Refs(false);
  }

  /**
   * Checks a reference found at {@code at}: one to an id already defined passes, one to nothing is
   * dangling once every id of its kind has been read, and is held until then.
   */
  <T> void check(Ids<T> ids, T id, JsonIn at) throws ArchiveFormatException {
    if (!checked || ids.defined.contains(id)) {
      return;
    }
    if (ids.complete) {
      throw at.dangling(ids.expectation, id);
    }
    // the cursor moves on: the reference keeps its path
    pending.add(new Pending<>(ids, id, at.detached()));
  }

  /**
   * Every id of these kinds has been read: a held reference that still names nothing is dangling;
   * the first, in the document's order, is reported.
   */
  void complete(Ids<?>... kinds) throws ArchiveFormatException {
    if (!checked) {
      return;
    }
    for (Ids<?> kind : kinds) {
      kind.complete = true;
    }
    // the references still open (of kinds not complete yet) are kept, in order, in one pass
    int open = 0;
    for (int i = 0; i < pending.size(); i++) {
      Pending<?> p = pending.get(i);
      if (!p.ids().complete) {
        pending.set(open++, p);
      } else if (!p.ids().defined.contains(p.id())) {
        throw p.at().dangling(p.ids().expectation, p.id());
      }
    }
    pending.subList(open, pending.size()).clear();
  }

  /** Every kind of id has been read: the end of the community. */
  void completeAll() throws ArchiveFormatException {
    complete(people, topics, series, sessions, actions);
  }

  /**
   * The running order a session names: one of the community's own, else one of the guide's
   * templates; {@code null} if neither.
   */
  RunningOrder runningOrder(String id) {
    RunningOrder own = runningOrders.get(id);
    return own != null ? own : RunningOrder.template(id).orElse(null);
  }

  /** A person id met for the first time; it fails as {@link PersonId#of} does. */
  static WrittenPerson person(String value) {
    return new WrittenPerson(PersonId.of(value));
  }

  /** Notes a person the register holds (or held: an erased person's opaque id). */
  void definePerson(PersonId id) {
    people.define(id);
    WrittenPerson person = persons.get(id.value());
    if (person == null) {
      person = new WrittenPerson(id);
      persons.put(id.value(), person);
    }
    person.held = true;
  }

  /** Checks a reference to a person, as {@link #check} does. */
  void checkPerson(WrittenPerson person, JsonIn at) throws ArchiveFormatException {
    if (!person.held) {
      check(people, person.id, at);
    }
  }
}
