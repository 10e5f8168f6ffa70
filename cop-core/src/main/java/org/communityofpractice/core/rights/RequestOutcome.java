package org.communityofpractice.core.rights;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a data-subject request: done, with its result, or refused, with the reason.
 *
 * <pre>{@code
 * import org.communityofpractice.core.community.Community;
 * import org.communityofpractice.core.people.RestrictionGround;
 * RequestOutcome<Community> outcome =
 *     DataSubjectRights.restrict(community, sam, RestrictionGround.ACCURACY_CONTESTED, actor, now);
 * if (outcome.isDone()) {
 *   community = outcome.result();
 * } else {
 *   System.out.println(outcome.refusal().orElseThrow().explanation()); // to the person who asked
 * }
 * }</pre>
 *
 * @param <T> the result of a request that was carried out
 */
public final class RequestOutcome<T> {
  private final T result;
  private final Refusal refusal;

  private RequestOutcome(T result, Refusal refusal) {
    this.result = result;
    this.refusal = refusal;
  }

  /**
   * A request carried out, with its result; for stores and other callers that carry out requests.
   *
   * @param <T> the type of the result
   * @param result the result; must not be {@literal null}
   * @return the outcome, never {@literal null}
   */
  public static <T> RequestOutcome<T> done(T result) {
    return new RequestOutcome<>(Objects.requireNonNull(result, "result"), null);
  }

  static <T> RequestOutcome<T> refused(Refusal refusal) {
    return new RequestOutcome<>(null, Objects.requireNonNull(refusal, "refusal"));
  }

  /** {@return whether the request was carried out; {@code false} when it was refused} */
  public boolean isDone() {
    return result != null;
  }

  /**
   * The result of a request that was carried out.
   *
   * @return the result, never {@literal null}
   * @throws NoSuchElementException naming the refusal's reason when the request was refused
   */
  public T result() {
    if (result == null) {
      throw new NoSuchElementException("the request was refused: " + refusal.reason());
    }
    return result;
  }

  /** {@return why the request was refused, or empty when it was carried out} */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  @Override
  public String toString() {
    return isDone() ? "RequestOutcome{done}" : "RequestOutcome{refused=" + refusal.reason() + "}";
  }
}
