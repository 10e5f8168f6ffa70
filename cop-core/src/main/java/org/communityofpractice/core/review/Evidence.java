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

  /**
   * A count, such as the number of attendees.
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param count the count
   * @return the evidence, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code name} is not an
   *     identifier
   */
  public static Evidence count(String name, long count) {
    return new Evidence(name, Long.toString(count));
  }

  /**
   * A share in 0..1, written with two decimals.
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param share the share, within 0..1
   * @return the evidence, never {@literal null}
   * @throws IllegalArgumentException if {@code share} is outside 0..1 or not a number
   */
  public static Evidence share(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be within 0..1 but was " + share);
    }
    return new Evidence(name, String.format(java.util.Locale.ROOT, "%.2f", share));
  }

  /**
   * An average of counts, such as a mean headcount, written with one decimal.
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param mean the average; finite and not negative
   * @return the evidence, never {@literal null}
   * @throws IllegalArgumentException if {@code mean} is negative or not finite
   */
  public static Evidence mean(String name, double mean) {
    if (!Double.isFinite(mean) || mean < 0) {
      throw new IllegalArgumentException("mean must be finite and not negative but was " + mean);
    }
    return new Evidence(name, String.format(java.util.Locale.ROOT, "%.1f", mean));
  }

  /**
   * An id: a {@code PersonId}, {@code SessionId}, {@code SeriesId}, {@code ActionId}…
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param id one of cop's id records, whose text is an identifier; must not be {@literal null}
   * @return the evidence, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code name} or the
   *     id's text is not an identifier
   */
  public static Evidence id(String name, Record id) {
    return new Evidence(
        name, Checks.identifier(Objects.requireNonNull(id, "id").toString(), "evidence.id"));
  }

  /**
   * Several ids, comma separated, in the given order.
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param ids cop's id records; must not be {@literal null} nor hold {@literal null}, may be empty
   * @return the evidence, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code name} or an
   *     id's text is not an identifier
   */
  public static Evidence ids(String name, Collection<? extends Record> ids) {
    return new Evidence(
        name,
        ids.stream()
            .map(id -> Checks.identifier(id.toString(), "evidence.id"))
            .collect(Collectors.joining(",")));
  }

  /**
   * A category, such as a perspective or a life-cycle stage.
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param category the category, written by its constant's name; must not be {@literal null}
   * @return the evidence, never {@literal null}
   */
  public static Evidence category(String name, Enum<?> category) {
    return new Evidence(name, category.name());
  }

  /**
   * A duration, in whole minutes.
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param duration the duration, rounded down to whole minutes; must not be {@literal null}
   * @return the evidence, never {@literal null}
   */
  public static Evidence minutes(String name, Duration duration) {
    return new Evidence(name, Long.toString(duration.toMinutes()));
  }

  /**
   * A date, written as ISO-8601 ({@code 2016-04-14}).
   *
   * @param name what the fact is, such as {@code attendees}: 1..64 letters, digits, '.', '_' or
   *     '-'; must not be {@literal null}
   * @param date the date; must not be {@literal null}
   * @return the evidence, never {@literal null}
   */
  public static Evidence date(String name, LocalDate date) {
    return new Evidence(name, date.toString());
  }

  /**
   * A service the topic names as needed, such as "the prison service": the community's own label
   * for a service, held on the {@code Topic}, not anything about a person.
   *
   * @param service the service, in the community's words; must not be {@literal null} or blank
   * @return the evidence named {@code needed_service}, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if {@code service} is
   *     blank or holds forbidden characters
   */
  public static Evidence neededService(String service) {
    return new Evidence("needed_service", Checks.text(service, "service"));
  }

  /** {@return what the fact is, such as {@code attendees}; never {@literal null}} */
  public String name() {
    return name;
  }

  /** {@return the fact as text, never {@literal null}} */
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
