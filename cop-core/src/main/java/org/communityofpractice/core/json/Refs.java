package org.communityofpractice.core.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;

/**
 * The ids a document holds, so a reference to nothing is reported where it is written, as a
 * dangling reference, before the model's own (coarser) checks see it. Reading a whole community
 * fills it as it goes; reading a single value checks nothing but running orders, which resolve to
 * the guide's templates.
 */
final class Refs {
  private final boolean checked;
  final Set<PersonId> people = new HashSet<>();
  final Set<TopicId> topics = new HashSet<>();
  final Set<SeriesId> series = new HashSet<>();
  final Set<SessionId> sessions = new HashSet<>();
  final Set<ActionId> actions = new HashSet<>();
  final Map<String, RunningOrder> runningOrders = new HashMap<>();

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

  boolean knowsPerson(PersonId id) {
    return !checked || people.contains(id);
  }

  boolean knowsTopic(TopicId id) {
    return !checked || topics.contains(id);
  }

  boolean knowsSeries(SeriesId id) {
    return !checked || series.contains(id);
  }

  boolean knowsSession(SessionId id) {
    return !checked || sessions.contains(id);
  }

  boolean knowsAction(ActionId id) {
    return !checked || actions.contains(id);
  }

  Optional<RunningOrder> runningOrder(String id) {
    return Optional.ofNullable(runningOrders.get(id)).or(() -> RunningOrder.template(id));
  }
}
