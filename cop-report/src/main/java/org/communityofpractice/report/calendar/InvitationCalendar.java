package org.communityofpractice.report.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.Invitation;

/**
 * The invitation to the next session as an iCalendar file (RFC 5545) people add to their own
 * calendar: one {@code VEVENT} published ({@code METHOD:PUBLISH}) with a stable {@code UID}, its
 * {@code SEQUENCE}, start and end (the agreed end, or the configured length after the start) in the
 * community's time zone with that zone's {@code VTIMEZONE}, the venue as {@code LOCATION} and a
 * {@code DESCRIPTION}. It names no attendees: a list of who is invited would disclose the mailing
 * list.
 *
 * <pre>{@code
 * InvitationCalendar calendar = InvitationCalendar.builder().zone(ZoneId.of("Europe/London")).build();
 * String ics = calendar.write(report.nextSession().orElseThrow(),
 *     "next-after-s-2016-04@sotcop.example.org", 0, "@SoTCoP: prison release", "All welcome.");
 * }</pre>
 *
 * <p>Written with ical4j, which this class needs at run time (an optional dependency of cop-report:
 * add {@code org.mnode.ical4j:ical4j} to use it). Built once, then thread-safe.
 */
public final class InvitationCalendar {
  /**
   * How long a session lasts when nothing says otherwise: two hours, cop's own default (the guide
   * gives no length; its running order of twelve stages fits a morning).
   */
  public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

  /** The community's zone when nothing says otherwise: Stoke-on-Trent's. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

  private final ZoneId zone;
  private final Duration length;
  private final Clock clock;

  private InvitationCalendar(Builder b) {
    this.zone = b.zone;
    this.length = b.length;
    this.clock = b.clock;
  }

  /**
   * Starts a calendar writer: {@link #DEFAULT_ZONE}, {@link #DEFAULT_LENGTH}, the system's UTC
   * clock.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link InvitationCalendar}. */
  public static final class Builder {
    private ZoneId zone = DEFAULT_ZONE;
    private Duration length = DEFAULT_LENGTH;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the community's time zone; times are written in it. {@link #DEFAULT_ZONE} unless set.
     *
     * @param value the zone; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder zone(ZoneId value) {
      zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /**
     * How long a session lasts when its invitation gives no end ({@link Invitation#endsAt()}).
     * {@link #DEFAULT_LENGTH} unless set.
     *
     * @param value the length: positive; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     * @throws InvalidValueException naming {@code length} when it is not positive
     */
    public Builder length(Duration value) {
      Objects.requireNonNull(value, "length");
      if (value.isNegative() || value.isZero()) {
        throw InvalidValueException.of("length", "must be positive", value);
      }
      length = value;
      return this;
    }

    /**
     * Sets the clock stamping {@code DTSTAMP}; the system's UTC clock unless set.
     *
     * @param value the clock; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * The calendar writer; immutable and thread-safe.
     *
     * @return the writer; never {@literal null}
     */
    public InvitationCalendar build() {
      return new InvitationCalendar(this);
    }
  }

  /**
   * The zone times are written in.
   *
   * @return the zone; never {@literal null}
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * How long a session lasts when its invitation gives no end.
   *
   * @return the length, positive; never {@literal null}
   */
  public Duration length() {
    return length;
  }

  /**
   * Writes the invitation as an iCalendar file.
   *
   * @param invitation the next session
   * @param uid its stable id, the same each time this session is announced
   * @param sequence 0 at first, one more each time its date, time or venue changes
   * @param summary the event's title
   * @param description what the event is, and how to get there
   * @return the iCalendar text, CRLF line ends, lines folded at 75 octets
   */
  public String write(
      Invitation invitation, String uid, int sequence, String summary, String description) {
    return write(invitation, uid, sequence, summary, description, clock.instant());
  }

  /**
   * {@link #write(Invitation, String, int, String, String)} stamped ({@code DTSTAMP}) at {@code
   * stamp}.
   */
  String write(
      Invitation invitation,
      String uid,
      int sequence,
      String summary,
      String description,
      Instant stamp) {
    Objects.requireNonNull(invitation, "invitation");
    requireText(uid, "uid");
    requireText(summary, "summary");
    Objects.requireNonNull(description, "description");
    if (sequence < 0) {
      throw InvalidValueException.of("sequence", "must not be negative", sequence);
    }
    ZonedDateTime start = invitation.startsAt().withZoneSameInstant(zone);
    ZonedDateTime end =
        invitation.endsAt().map(e -> e.withZoneSameInstant(zone)).orElse(start.plus(length));
    VEvent event = new VEvent(start, end, summary);
    event.add(new Uid(uid));
    event.add(new Sequence(sequence));
    event.replace(
        new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS))); // the constructor stamps the time now
    event.add(
        new Location(
            invitation
                .address()
                .map(a -> invitation.venue() + ", " + a)
                .orElse(invitation.venue())));
    if (!description.isBlank()) {
      event.add(new Description(description));
    }
    return output(Optional.of(event));
  }

  /**
   * A calendar with the community's zone and no event: what there is to publish while no next
   * session is agreed (RFC 5545 asks for at least one component, and the zone is one).
   */
  String withoutEvent() {
    return output(Optional.empty());
  }

  private String output(Optional<VEvent> event) {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    VTimeZone vtimezone = registry.getTimeZone(zone.getId()).getVTimeZone();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//communityofpractice.org//cop//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(vtimezone);
    event.ifPresent(calendar::add);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw InvalidValueException.of(field, "must not be blank", value);
    }
  }
}
