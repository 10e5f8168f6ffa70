package org.communityofpractice.report.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * The report's invitation to the next session as an iCalendar file (format {@code ics}), written by
 * {@link InvitationCalendar}: one published event with a stable {@code UID} made from the session
 * the date was agreed at, so importing it twice updates one entry rather than adding a second.
 * While no next session is agreed the file holds the community's time zone and no event. Its {@code
 * SUMMARY} and {@code DESCRIPTION} are in the report's language ({@code calendar.*} labels).
 *
 * <pre>{@code
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ReportRenderer ics = ReportRenderers.load().get("ics");
 * Files.writeString(folder.resolve("next-session.ics"), ics.render(report));
 * }</pre>
 *
 * <p>The same report always gives the same bytes: {@code DTSTAMP} is when the session that agreed
 * the date started, not the time of rendering, and {@code SEQUENCE} is 0 (a circulation, which
 * keeps a send log, raises it when the date or venue moves). Needs ical4j at run time (an optional
 * dependency of cop-report); without it this renderer is {@linkplain #isAvailable() not available}.
 * Built once, then thread-safe.
 */
public final class IcsRenderer implements ReportRenderer {
  /** The domain a {@code UID} is made under unless the builder names the community's own. */
  public static final String DEFAULT_DOMAIN = "cop.communityofpractice.org";

  private final String domain;
  private final ZoneId zone;
  private final Duration length;

  /**
   * The renderer with {@link #DEFAULT_DOMAIN}, {@link InvitationCalendar#DEFAULT_ZONE} and {@link
   * InvitationCalendar#DEFAULT_LENGTH}.
   */
  public IcsRenderer() {
    this(builder());
  }

  private IcsRenderer(Builder b) {
    this.domain = b.domain;
    this.zone = b.zone;
    this.length = b.length;
  }

  /**
   * Starts a renderer: Europe/London, cop's own two-hour session.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link IcsRenderer}. */
  public static final class Builder {
    private String domain = DEFAULT_DOMAIN;
    private ZoneId zone = InvitationCalendar.DEFAULT_ZONE;
    private Duration length = InvitationCalendar.DEFAULT_LENGTH;

    private Builder() {}

    /**
     * The community's mail domain, such as {@code sotcop.example.org}, which {@code UID}s are made
     * under.
     *
     * @param value the domain name; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     * @throws InvalidValueException naming {@code domain} when it is not a domain name
     */
    public Builder domain(String value) {
      Objects.requireNonNull(value, "domain");
      if (!value.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?")) {
        throw InvalidValueException.of(
            "domain", "must be a domain name such as sotcop.example.org", value);
      }
      domain = value;
      return this;
    }

    /**
     * Sets the community's time zone; see {@link InvitationCalendar.Builder#zone(ZoneId)}.
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
     * How long a session lasts when no end was agreed; see {@link
     * InvitationCalendar.Builder#length(Duration)}.
     *
     * @param value the length: positive; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     * @throws InvalidValueException naming {@code length} when it is not positive
     */
    public Builder length(Duration value) {
      InvitationCalendar.builder().length(value); // the same check, in one place
      length = value;
      return this;
    }

    /**
     * The renderer; immutable and thread-safe.
     *
     * @return the renderer; never {@literal null}
     */
    public IcsRenderer build() {
      return new IcsRenderer(this);
    }
  }

  @Override
  public String format() {
    return "ics";
  }

  @Override
  public String mediaType() {
    return "text/calendar; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "ics";
  }

  /** Whether ical4j is on the class path. */
  @Override
  public boolean isAvailable() {
    try {
      Class.forName("net.fortuna.ical4j.model.Calendar", false, IcsRenderer.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(output, "output");
    try {
      output.append(render(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String render(Report report) {
    Objects.requireNonNull(report, "report");
    InvitationCalendar calendar = InvitationCalendar.builder().zone(zone).length(length).build();
    Optional<Invitation> next = report.nextSession();
    Optional<SessionReport> agreedAt = agreedAt(report);
    if (next.isEmpty() || agreedAt.isEmpty()) {
      return calendar.withoutEvent();
    }
    Invitation invitation = next.get();
    Labels labels = Labels.forLanguage(report.language());
    String summary =
        invitation
            .topic()
            .map(t -> labels.format("calendar.summary.topic", report.community(), t))
            .orElseGet(() -> labels.format("calendar.summary", report.community()));
    String description = labels.format("calendar.description", report.community(), report.place());
    return calendar.write(
        invitation,
        uid(agreedAt.get().session()),
        0,
        summary,
        description,
        agreedAt.get().startsAt().toInstant());
  }

  /** The session the next date was agreed at: the session itself, or a series' last. */
  private static Optional<SessionReport> agreedAt(Report report) {
    if (report instanceof SessionReport s) {
      return Optional.of(s);
    }
    if (!(report instanceof SeriesReport series)) {
      return Optional.empty(); // an impact report invites to no session
    }
    List<SessionReport> sessions = series.sessions();
    return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1));
  }

  private String uid(String session) {
    // a session id is 1..64 letters, digits, '.', '_' or '-': safe in a UID as it is
    return "next-after-" + session + "@" + domain;
  }

  @Override
  public String toString() {
    return "IcsRenderer[" + domain + ", " + zone + "]";
  }
}
