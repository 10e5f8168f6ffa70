package org.communityofpractice.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A fold's state of each community, by the community's ordinal, and each community's id: spilled
 * state holds the ordinal, and the rows written at the end the id.
 *
 * @param <M> the state kept for each community
 */
final class ByCommunity<M> {
  private final Supplier<M> fresh;
  private List<M> states = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();

  /**
   * @param fresh makes a community's state when the community is first met
   */
  ByCommunity(Supplier<M> fresh) {
    this.fresh = fresh;
  }

  /** The community's state, made when it is first met; its id is noted then. */
  M of(CommunityIndex c) {
    while (states.size() <= c.ordinal) {
      states.add(null);
    }
    M m = states.get(c.ordinal);
    if (m == null) {
      m = fresh.get();
      states.set(c.ordinal, m);
      note(c);
    }
    return m;
  }

  /** Notes the community's id, for a fold that keeps no other state of it. */
  void note(CommunityIndex c) {
    while (ids.size() <= c.ordinal) {
      ids.add(null);
    }
    if (ids.get(c.ordinal) == null) {
      ids.set(c.ordinal, c.id);
    }
  }

  /** The id of the community with this ordinal. */
  String id(int ordinal) {
    return ids.get(ordinal);
  }

  /** Lets the states go, keeping the ids, for the rows written at the end. */
  void forgetStates() {
    states = new ArrayList<>();
  }
}
