package org.communityofpractice.core.analysis;

import java.util.Objects;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;

/**
 * A session with the community it was held by: what an analysis folds over. The community supplies
 * what the session refers to by id — the register (perspectives, sector, organisation, restriction)
 * and the consent ledger; the session need not be among the community's own {@link
 * Community#sessions()}, so a stream of sessions far too large to hold can share one community.
 *
 * <pre>{@code
 * Stream<CommunitySession> all = CommunitySession.of(community);
 * }</pre>
 *
 * @param community the community, must not be {@literal null}
 * @param session the session, must not be {@literal null}
 */
public record CommunitySession(Community community, Session session) {
  /**
   * Checks the record.
   *
   * @param community the community; must not be {@literal null}
   * @param session the session; must not be {@literal null}
   * @throws NullPointerException if {@code community} or {@code session} is {@literal null}
   */
  public CommunitySession {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(session, "session");
  }

  /**
   * Every session of a community, in date order.
   *
   * @param community the community; must not be {@literal null}
   * @return the sessions with the community, lazily; never {@literal null}
   */
  public static Stream<CommunitySession> of(Community community) {
    return community.sessions().stream().map(s -> new CommunitySession(community, s));
  }

  @Override
  public String toString() {
    return "CommunitySession{" + community.id() + ", " + session.id() + "}";
  }
}
