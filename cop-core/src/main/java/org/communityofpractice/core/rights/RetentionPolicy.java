package org.communityofpractice.core.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.AuditEntry.AuditAction;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.validation.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long each kind of personal data is kept after a person last took part — their last session,
 * or when they joined or first gave consent if they never attended — and the sweep that anonymises
 * what is past its period.
 *
 * <pre>{@code
 * RetentionPolicy policy = RetentionPolicy.none()
 *     .keep(RetentionCategory.CONTACT_DETAILS, Period.ofMonths(24))
 *     .keep(RetentionCategory.WHOLE_RECORD, Period.ofYears(6));
 * RetentionReport report = policy.sweep(community, Instant.now(), Actor.role("data protection lead"));
 * community = report.community();
 * ErasureLog log = ErasureLog.empty();
 * for (ErasureLog.Entry e : report.erasures()) {
 *   log = log.append(e);                                 // keep the erasure log in step
 * }
 * }</pre>
 *
 * <p>People whose processing is restricted are left as they are and listed as skipped: a
 * restriction means their data is kept untouched until it is lifted.
 */
public final class RetentionPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionPolicy.class);
  private static final RetentionPolicy NONE =
      new RetentionPolicy(new EnumMap<>(RetentionCategory.class));

  private final Map<RetentionCategory, Period> periods;

  private RetentionPolicy(Map<RetentionCategory, Period> periods) {
    this.periods = Collections.unmodifiableMap(new EnumMap<>(periods));
  }

  /**
   * {@return a policy with no periods: a sweep only removes lived experience held without explicit
   * consent in force; never {@literal null}}
   */
  public static RetentionPolicy none() {
    return NONE;
  }

  /**
   * The same policy keeping {@code category} for {@code period} after a person last took part.
   *
   * @param category the kind of data; must not be {@literal null}
   * @param period how long to keep it; must not be {@literal null} nor negative
   * @return a new policy, never {@literal null}
   * @throws InvalidValueException naming {@code periods[category]} when the period is negative
   */
  public RetentionPolicy keep(RetentionCategory category, Period period) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(period, "period");
    if (period.isNegative()) {
      throw InvalidValueException.of("periods[" + category + "]", "must not be negative", period);
    }
    Map<RetentionCategory, Period> more = new EnumMap<>(RetentionCategory.class);
    more.putAll(periods);
    more.put(category, period);
    return new RetentionPolicy(more);
  }

  /** {@return the period of each category that has one, unmodifiable; never {@literal null}} */
  public Map<RetentionCategory, Period> periods() {
    return periods;
  }

  /**
   * Anonymises whatever is past its period at {@code now}, recording each change in the register's
   * audit, and reports what it did.
   *
   * @param community the community; must not be {@literal null}
   * @param now the instant to judge at; must not be {@literal null}
   * @param actor who runs the sweep, for the audit; must not be {@literal null}
   * @return what the sweep did, with the community after it; never {@literal null}
   */
  public RetentionReport sweep(Community community, Instant now, Actor actor) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(actor, "actor");
    List<RetentionReport.Anonymisation> done = new ArrayList<>();
    List<RetentionReport.Skipped> skipped = new ArrayList<>();
    List<ErasureLog.Entry> erasures = new ArrayList<>();
    Community current = community;
    for (Person person : community.register().people()) {
      if (person.isRestricted()) {
        skipped.add(
            new RetentionReport.Skipped(person.id(), RetentionReport.Skipped.Reason.RESTRICTED));
        continue;
      }
      Optional<Instant> reference = lastTookPart(community, person);
      if (reference.isPresent() && past(RetentionCategory.WHOLE_RECORD, reference.get(), now)) {
        ErasureRequest request =
            ErasureRequest.of(person.id(), now, actor, ErasureGround.RETENTION_PERIOD_ENDED);
        Erasure erasure = DataSubjectRights.erase(current, request).result();
        current = erasure.community();
        erasures.add(ErasureLog.Entry.of(erasure));
        done.add(
            new RetentionReport.Anonymisation(
                erasure.tombstone().id(), RetentionCategory.WHOLE_RECORD, List.of("person")));
        continue;
      }
      Person.Builder after = Person.builder().from(person);
      List<String> fields = new ArrayList<>();
      if (!person.livedExperience().isEmpty()
          && ((reference.isPresent()
                  && past(RetentionCategory.LIVED_EXPERIENCE, reference.get(), now))
              || !community
                  .consent()
                  .inForce(person.id(), ConsentPurpose.LIVED_EXPERIENCE_RECORDED, now))) {
        after.livedExperience(List.of());
        record(done, person.id(), RetentionCategory.LIVED_EXPERIENCE, fields, "livedExperience");
      }
      if (reference.isEmpty()) {
        if (fields.isEmpty()) {
          skipped.add(
              new RetentionReport.Skipped(
                  person.id(), RetentionReport.Skipped.Reason.NO_REFERENCE_DATE));
        }
      } else {
        if (!person.contact().isEmpty()
            && past(RetentionCategory.CONTACT_DETAILS, reference.get(), now)) {
          after.contact(ContactDetails.none());
          record(
              done,
              person.id(),
              RetentionCategory.CONTACT_DETAILS,
              fields,
              "contact.email",
              "contact.phone");
        }
        if ((person.role().isPresent()
                || person.place().isPresent()
                || person.organisation().isPresent())
            && past(RetentionCategory.ROLE_AND_ORGANISATION, reference.get(), now)) {
          after.role(Optional.empty()).place(Optional.empty()).organisation(Optional.empty());
          record(
              done,
              person.id(),
              RetentionCategory.ROLE_AND_ORGANISATION,
              fields,
              "role",
              "place",
              "organisation");
        }
      }
      if (!fields.isEmpty()) {
        current =
            DataSubjectRights.replace(
                current,
                after.build(),
                new AuditEntry(
                    now, person.id(), AuditAction.ANONYMISED_BY_RETENTION, fields, actor));
      }
    }
    LOG.info(
        "retention sweep at {}: {} anonymisations, {} people skipped, {} erased",
        now,
        done.size(),
        skipped.size(),
        erasures.size());
    return new RetentionReport(current, done, skipped, erasures);
  }

  private static void record(
      List<RetentionReport.Anonymisation> done,
      PersonId person,
      RetentionCategory category,
      List<String> fields,
      String... names) {
    fields.addAll(List.of(names));
    done.add(new RetentionReport.Anonymisation(person, category, List.of(names)));
  }

  private boolean past(RetentionCategory category, Instant reference, Instant now) {
    Period period = periods.get(category);
    return period != null
        && !now.isBefore(reference.atOffset(ZoneOffset.UTC).plus(period).toInstant());
  }

  /**
   * When the person last took part: their last session, else when they joined, else their first
   * consent.
   */
  private static Optional<Instant> lastTookPart(Community community, Person person) {
    Optional<Instant> last = Optional.empty();
    for (Session s : community.sessions()) {
      if (s.peopleNamed().contains(person.id())) {
        last = Optional.of(s.startsAt().toInstant());
      }
    }
    return last.or(
            () ->
                person.joined().map(LocalDate::atStartOfDay).map(d -> d.toInstant(ZoneOffset.UTC)))
        .or(
            () ->
                community.consent().history(person.id()).stream()
                    .map(ConsentEvent::at)
                    .min(Instant::compareTo));
  }

  @Override
  public String toString() {
    return "RetentionPolicy" + periods;
  }
}
