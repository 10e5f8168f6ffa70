package org.communityofpractice.core.review;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.communityofpractice.core.internal.Checks;

/**
 * One fact behind a {@link Finding}: a count, a share, an id, a category, a duration or a date. It
 * can only be made from such values, so a finding never carries a name, a contact detail or words
 * someone said.
 *
 * <pre>{@code
 * import org.communityofpractice.core.people.Perspective;
 * import org.communityofpractice.core.session.SessionId;
 * Evidence.count("attendees", 14);
 * Evidence.ids("sessions", List.of(SessionId.of("s-4"), SessionId.of("s-5")));
 * Evidence.category("missing_perspective", Perspective.EXPERT_WITNESS);
 * }</pre>
 */
public final class Evidence {
  private final String name;
  private final String value;

  private Evidence(String name, String value) {
    this.name = Checks.identifier(name, "evidence.name");
    this.value = value;
  }

  public static Evidence count(String name, long count) {
    return new Evidence(name, Long.toString(count));
  }

  /** A share in 0..1, written with two decimals. */
  public static Evidence share(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be within 0..1 but was " + share);
    }
    return new Evidence(name, String.format(java.util.Locale.ROOT, "%.2f", share));
  }

  /** An average of counts, such as a mean headcount, written with one decimal. */
  public static Evidence mean(String name, double mean) {
    if (!Double.isFinite(mean) || mean < 0) {
      throw new IllegalArgumentException("mean must be finite and not negative but was " + mean);
    }
    return new Evidence(name, String.format(java.util.Locale.ROOT, "%.1f", mean));
  }

  /** An id: a {@code PersonId}, {@code SessionId}, {@code SeriesId}, {@code ActionId}… */
  public static Evidence id(String name, Record id) {
    return new Evidence(
        name, Checks.identifier(Objects.requireNonNull(id, "id").toString(), "evidence.id"));
  }

  /** Several ids, comma separated, in the given order. */
  public static Evidence ids(String name, Collection<? extends Record> ids) {
    return new Evidence(
        name,
        ids.stream()
            .map(id -> Checks.identifier(id.toString(), "evidence.id"))
            .collect(Collectors.joining(",")));
  }

  /** A category, such as a perspective or a life-cycle stage. */
  public static Evidence category(String name, Enum<?> category) {
    return new Evidence(name, category.name());
  }

  /** A duration, in whole minutes. */
  public static Evidence minutes(String name, Duration duration) {
    return new Evidence(name, Long.toString(duration.toMinutes()));
  }

  public static Evidence date(String name, LocalDate date) {
    return new Evidence(name, date.toString());
  }

  /**
   * A service the topic names as needed, such as "the prison service": the community's own label
   * for a service, held on the {@code Topic}, not anything about a person.
   */
  public static Evidence neededService(String service) {
    return new Evidence("needed_service", Checks.text(service, "service"));
  }

  /** What the fact is, such as {@code attendees}. */
  public String name() {
    return name;
  }

  /** The fact as text. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence evidence
        && evidence.name.equals(name)
        && evidence.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value);
  }

  @Override
  public String toString() {
    return name + "=" + value;
  }
}
