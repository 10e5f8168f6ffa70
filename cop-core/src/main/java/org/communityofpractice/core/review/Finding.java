package org.communityofpractice.core.review;

import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.immutables.value.Value;

/**
 * Something a review noticed: which check, how much it matters, what it is about, what was noticed,
 * the evidence, and what the community might try next. Phrased as the guide would — everyone is
 * inherently competent — so a finding is an invitation, not a verdict. Evidence holds ids and
 * counts only; see {@link Evidence}.
 *
 * <pre>{@code
 * Finding f = Finding.builder()
 *     .code("presentation-overran")
 *     .severity(Severity.SUGGESTION)
 *     .community(CommunityId.of("sotcop"))
 *     .session(SessionId.of("s-2"))
 *     .noticed("The presentation ran 12 minutes; the guide suggests five at most.")
 *     .tryNext("Consider agreeing a five-minute slot with the presenter beforehand.")
 *     .addEvidence(Evidence.minutes("duration_minutes", Duration.ofMinutes(12)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** {@return a builder for a finding, never {@literal null}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * {@return the check that made it, such as {@code no-lived-experience}, stable across versions;
   * never {@literal null}}
   */
  public abstract String code();

  /** {@return how much it matters, never {@literal null}} */
  public abstract Severity severity();

  /** {@return the community it is about, never {@literal null}} */
  public abstract CommunityId community();

  /**
   * {@return the series it is about, or empty when it is about a session or the whole community}
   */
  public abstract Optional<SeriesId> series();

  /**
   * {@return the session it is about, or empty when it is about a series or the whole community}
   */
  public abstract Optional<SessionId> session();

  /** {@return what was noticed, in a sentence or two; never {@literal null} or blank} */
  public abstract String noticed();

  /**
   * {@return what the community might try next, in the guide's words; never {@literal null} or
   * blank}
   */
  public abstract String tryNext();

  /** {@return the facts behind it, ids and counts; never {@literal null}, may be empty} */
  public abstract List<Evidence> evidence();

  /**
   * The value of a piece of evidence by name, if present.
   *
   * @param name the evidence's name, such as {@code attendees}; must not be {@literal null}
   * @return the first value under that name, or empty when the finding has none
   */
  public Optional<String> evidence(String name) {
    return evidence().stream().filter(e -> e.name().equals(name)).map(Evidence::value).findFirst();
  }

  @Value.Check
  void check() {
    Checks.identifier(code(), "code");
    Checks.text(noticed(), "noticed");
    Checks.text(tryNext(), "tryNext");
  }

  @Override
  public String toString() {
    return "Finding{"
        + code()
        + ", "
        + severity()
        + ", "
        + community()
        + series().map(s -> ", series=" + s).orElse("")
        + session().map(s -> ", session=" + s).orElse("")
        + ", evidence="
        + evidence()
        + "}";
  }
}
