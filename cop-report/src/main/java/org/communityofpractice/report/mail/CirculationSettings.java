package org.communityofpractice.report.mail;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.calendar.InvitationCalendar;

/**
 * How a community's messages go out: who they come from, where replies and requests to stop go, the
 * community's time zone and what people need to know to get to a session. Configured by the
 * charity, kept outside the archive.
 *
 * <pre>{@code
 * CirculationSettings settings = CirculationSettings.builder()
 *     .from("hello@sotcop.example.org", "@SoTCoP")
 *     .unsubscribe("leave@sotcop.example.org")
 *     .directions("Federation House is five minutes' walk from the bus station.")
 *     .accessibility("Step-free entrance; hearing loop in the meeting room.")
 *     .reportAsPdf(true)   // the report attached as PDF too
 *     .build();
 * }</pre>
 *
 * @param fromAddress the address messages come from
 * @param fromName the name they come from, such as the community's name
 * @param replyTo where replies go, when not to {@code fromAddress}
 * @param unsubscribeAddress where a request to stop goes (a {@code mailto:} in {@code
 *     List-Unsubscribe})
 * @param unsubscribeLink a web page that stops messages in one click ({@code https} only; RFC 8058)
 * @param zone the community's time zone
 * @param sessionLength how long a session lasts, for the calendar entry
 * @param directions how to get to the venue, when it helps
 * @param accessibility access notes: step-free entrance, hearing loop, quiet room
 * @param reportAsPdf whether each message carries the report as a PDF attachment as well, for
 *     people who print what they read or pass it to a Board; off by default (a PDF makes each
 *     message some hundred kilobytes larger). Needs the {@linkplain
 *     org.communityofpractice.report.pdf.PdfRenderer pdf renderer}'s optional printing libraries.
 */
public record CirculationSettings(
    String fromAddress,
    String fromName,
    Optional<String> replyTo,
    String unsubscribeAddress,
    Optional<URI> unsubscribeLink,
    ZoneId zone,
    Duration sessionLength,
    Optional<String> directions,
    Optional<String> accessibility,
    boolean reportAsPdf) {
  private static final int MAX_ADDRESS = 254;
  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");

  /**
   * Checks every component.
   *
   * @param fromAddress the address messages come from: an email address of at most 254 characters;
   *     never {@literal null}
   * @param fromName the name they come from; not blank; never {@literal null}
   * @param replyTo where replies go, or empty; never {@literal null}
   * @param unsubscribeAddress where a request to stop goes: an email address; never {@literal null}
   * @param unsubscribeLink the one-click page, an absolute {@code https} address, or empty; never
   *     {@literal null}
   * @param zone the community's time zone; never {@literal null}
   * @param sessionLength how long a session lasts: positive; never {@literal null}
   * @param directions how to get to the venue, or empty; never {@literal null}
   * @param accessibility access notes, or empty; never {@literal null}
   * @param reportAsPdf whether each message carries the report as a PDF attachment as well
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws InvalidValueException naming the component that is not an email address, not an https
   *     address, blank or not positive
   */
  public CirculationSettings {
    address(fromAddress, "fromAddress");
    text(fromName, "fromName");
    Objects.requireNonNull(replyTo, "replyTo").ifPresent(a -> address(a, "replyTo"));
    address(unsubscribeAddress, "unsubscribeAddress");
    Objects.requireNonNull(unsubscribeLink, "unsubscribeLink")
        .ifPresent(
            u -> {
              if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                throw InvalidValueException.of(
                    "unsubscribeLink", "must be an absolute https address", u);
              }
            });
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(sessionLength, "sessionLength");
    if (sessionLength.isNegative() || sessionLength.isZero()) {
      throw InvalidValueException.of("sessionLength", "must be positive", sessionLength);
    }
    Objects.requireNonNull(directions, "directions").ifPresent(d -> text(d, "directions"));
    Objects.requireNonNull(accessibility, "accessibility").ifPresent(d -> text(d, "accessibility"));
  }

  /**
   * Starts settings: Europe/London, cop's own two-hour session, no PDF attachment.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The domain of {@link #fromAddress()}, which message ids and the list id are made under.
   *
   * @return the part after the {@code @}, such as {@code sotcop.example.org}; never {@literal null}
   */
  public String domain() {
    return fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
  }

  private static void address(String value, String field) {
    Objects.requireNonNull(value, field);
    // bounded before it is matched (an SMTP path holds at most 254 characters): the pattern
    // backtracks over the dots of a long domain
    if (value.length() > MAX_ADDRESS || !ADDRESS.matcher(value).matches()) {
      // the community's own address, not a member's: safe to show
      throw InvalidValueException.of(
          field, "must be an email address such as hello@example.org", value);
    }
  }

  private static void text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw InvalidValueException.of(field, "must not be blank", value);
    }
  }

  /** Builds {@link CirculationSettings}; {@code from} and {@code unsubscribe} are required. */
  public static final class Builder {
    private String fromAddress;
    private String fromName;
    private Optional<String> replyTo = Optional.empty();
    private String unsubscribeAddress;
    private Optional<URI> unsubscribeLink = Optional.empty();
    private ZoneId zone = InvitationCalendar.DEFAULT_ZONE;
    private Duration sessionLength = InvitationCalendar.DEFAULT_LENGTH;
    private Optional<String> directions = Optional.empty();
    private Optional<String> accessibility = Optional.empty();
    private boolean reportAsPdf;

    private Builder() {}

    /**
     * Sets who messages come from; required.
     *
     * @param address the email address; must not be {@literal null}
     * @param name the name shown with it, such as the community's; must not be {@literal null} nor
     *     blank
     * @return this builder
     */
    public Builder from(String address, String name) {
      fromAddress = address;
      fromName = name;
      return this;
    }

    /**
     * Sets where replies go, when not to the from address.
     *
     * @param address the email address; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code address} is {@literal null}
     */
    public Builder replyTo(String address) {
      replyTo = Optional.of(address);
      return this;
    }

    /**
     * Sets where requests to stop go; required, since every message says how to stop. With {@link
     * #unsubscribeLink}, the one-click page as well.
     *
     * @param address the email address; must not be {@literal null}
     * @return this builder
     */
    public Builder unsubscribe(String address) {
      unsubscribeAddress = address;
      return this;
    }

    /**
     * Sets a web page that stops messages in one click (RFC 8058).
     *
     * @param link an absolute {@code https} address; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code link} is {@literal null}
     */
    public Builder unsubscribeLink(URI link) {
      unsubscribeLink = Optional.of(link);
      return this;
    }

    /**
     * Sets the community's time zone, for the calendar entry; Europe/London unless set.
     *
     * @param value the zone; must not be {@literal null}
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      zone = value;
      return this;
    }

    /**
     * Sets how long a session lasts when no end was agreed; {@link
     * InvitationCalendar#DEFAULT_LENGTH}, cop's own, unless set.
     *
     * @param value the length: positive; must not be {@literal null}
     * @return this builder
     */
    public Builder sessionLength(Duration value) {
      sessionLength = value;
      return this;
    }

    /**
     * Sets how to get to the venue.
     *
     * @param value the directions; not blank; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder directions(String value) {
      directions = Optional.of(value);
      return this;
    }

    /**
     * Sets the venue's access notes: step-free entrance, hearing loop, quiet room.
     *
     * @param value the notes; not blank; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder accessibility(String value) {
      accessibility = Optional.of(value);
      return this;
    }

    /**
     * Sets whether the report is attached as a PDF to each message as well; off unless set.
     *
     * @param value whether to attach it
     * @return this builder
     */
    public Builder reportAsPdf(boolean value) {
      reportAsPdf = value;
      return this;
    }

    /**
     * The settings.
     *
     * @return the settings; never {@literal null}
     * @throws InvalidValueException naming {@code fromAddress} or {@code unsubscribeAddress} when
     *     not set, or the part that breaks its rule
     * @throws NullPointerException if a part set was {@literal null}
     */
    public CirculationSettings build() {
      if (fromAddress == null) {
        throw InvalidValueException.of("fromAddress", "must be set", null);
      }
      if (unsubscribeAddress == null) {
        throw InvalidValueException.of(
            "unsubscribeAddress", "must be set: every message says how to stop", null);
      }
      return new CirculationSettings(
          fromAddress,
          fromName,
          replyTo,
          unsubscribeAddress,
          unsubscribeLink,
          zone,
          sessionLength,
          directions,
          accessibility,
          reportAsPdf);
    }
  }
}
