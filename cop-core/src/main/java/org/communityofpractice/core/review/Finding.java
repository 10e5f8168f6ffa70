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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /** The check that made it, such as {@code no-lived-experience}; stable across versions. */
  public abstract String code();

  public abstract Severity severity();

  public abstract CommunityId community();

  /** The series it is about, if any. */
  public abstract Optional<SeriesId> series();

  /** The session it is about, if any. */
  public abstract Optional<SessionId> session();

  /** What was noticed, in a sentence or two. */
  public abstract String noticed();

  /** What the community might try next, in the guide's words. */
  public abstract String tryNext();

  /** The facts behind it: ids and counts. */
  public abstract List<Evidence> evidence();

  /** The value of a piece of evidence by name, if present. */
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
