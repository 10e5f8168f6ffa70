package org.communityofpractice.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;
import org.junit.jupiter.api.Test;

/** The next session as a renderer format, read back by ical4j's own parser. */
class IcsRendererTest {
  private static final Instant LATER = Instant.parse("2016-06-01T09:00:00Z");

  private final ReportRenderer ics = ReportRenderers.load().get("ics");

  @Test
  void isFoundAsTheIcsFormatWithTheCalendarMediaType() {
    assertThat(ics).isInstanceOf(IcsRenderer.class);
    assertThat(ics.mediaType()).startsWith("text/calendar");
    assertThat(ics.fileExtension()).isEqualTo("ics");
    assertThat(ics.writesText()).isTrue();
  }

  @Test
  void theAgreedEndIsTheEventsEnd() throws Exception {
    NextSession next = nextOf(CommunityFixtures.sotcopWithConsent());
    ZonedDateTime end = next.startsAt().plusMinutes(150);
    VEvent event = onlyEvent(parse(ics.render(report(next.withEndsAt(end)))));

    assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(next.startsAt().toInstant());
    assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(end.toInstant());
    assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Europe/London");
    assertThat(event.getLocation().getValue()).contains(next.venue().name());
  }

  @Test
  void withoutAnAgreedEndTheEventLastsCopsDefaultLength() throws Exception {
    NextSession next = nextOf(CommunityFixtures.sotcopWithConsent());
    VEvent event = onlyEvent(parse(ics.render(report(next))));

    assertThat(instant(event.getDateTimeEnd().getDate()))
        .isEqualTo(next.startsAt().plus(InvitationCalendar.DEFAULT_LENGTH).toInstant());
  }

  @Test
  void isPublishedWithAStableUidAndTheSameBytesEachTime() throws Exception {
    SessionReport report = report(nextOf(CommunityFixtures.sotcopWithConsent()));
    String first = ics.render(report);
    Calendar calendar = parse(first);

    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
    assertThat(onlyEvent(calendar).getUid().orElseThrow().getValue())
        .isEqualTo("next-after-" + report.session() + "@" + IcsRenderer.DEFAULT_DOMAIN);
    assertThat(onlyEvent(calendar).getProperties("ATTENDEE")).isEmpty();
    assertThat(onlyEvent(calendar).getProperties("DTSTAMP")).hasSize(1);
    assertThat(first)
        .contains(
            "DTSTAMP:"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .format(report.startsAt().withZoneSameInstant(java.time.ZoneOffset.UTC)));
    assertThat(ics.render(report)).isEqualTo(first);
    assertThat(first.split("\r\n")).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
  }

  @Test
  void aWelshReportsEventIsSummarisedAndDescribedInWelshAndABritishOneInBritishEnglish()
      throws Exception {
    NextSession next = nextOf(CommunityFixtures.sotcopWithConsent());
    SessionReport welsh = report(next, "cy");
    String topic = welsh.nextSession().orElseThrow().topic().orElseThrow();
    String rendered = ics.render(welsh);
    VEvent event = onlyEvent(parse(rendered));

    assertThat(event.getProperty("SUMMARY").orElseThrow().getValue())
        .isEqualTo(welsh.community() + ": y sesiwn nesaf, ar y pwnc “" + topic + "”");
    assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
        .isEqualTo("Sesiwn nesaf " + welsh.community() + ", " + welsh.place() + ". Croeso i bawb.");
    assertThat(rendered).doesNotContain("next session", "All welcome");

    SessionReport british = report(next, "en-GB");
    VEvent britishEvent = onlyEvent(parse(ics.render(british)));
    assertThat(britishEvent.getProperty("SUMMARY").orElseThrow().getValue())
        .isEqualTo(british.community() + ": next session on " + topic);
    assertThat(britishEvent.getProperty("DESCRIPTION").orElseThrow().getValue())
        .isEqualTo(
            "The next session of "
                + british.community()
                + ", "
                + british.place()
                + ". All welcome.");
  }

  @Test
  void withNoNextSessionTheCalendarHoldsTheZoneAndNoEvent() throws Exception {
    SessionReport r = report(nextOf(CommunityFixtures.sotcopWithConsent()));
    SessionReport without =
        new SessionReport(
            r.language(),
            r.community(),
            r.place(),
            r.session(),
            r.title(),
            r.topic(),
            r.series(),
            r.startsAt(),
            r.venue(),
            r.introduction(),
            r.representation(),
            r.bestHopes(),
            r.presentation(),
            r.goodPractice(),
            r.preferredFuture(),
            r.workingWell(),
            r.scaling(),
            r.actions(),
            r.smallSteps(),
            r.conclusions(),
            r.recommendations(),
            r.questions(),
            r.resources(),
            r.artefacts(),
            Optional.empty(),
            r.principles());
    Calendar calendar = parse(ics.render(without));

    assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
    assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
  }

  private static NextSession nextOf(Community community) {
    return community
        .session(CommunityFixtures.PRISON_RELEASE_3)
        .orElseThrow()
        .nextSession()
        .orElseThrow();
  }

  private static SessionReport report(NextSession next) {
    return report(next, "en-GB");
  }

  private static SessionReport report(NextSession next, String language) {
    Community community = CommunityFixtures.sotcopWithConsent();
    Session last = community.session(CommunityFixtures.PRISON_RELEASE_3).orElseThrow();
    Session changed = Session.builder().from(last).nextSession(next).build();
    Community withNext =
        Community.builder()
            .from(community)
            .sessions(
                community.sessions().stream()
                    .map(s -> s.id().equals(changed.id()) ? changed : s)
                    .toList())
            .build();
    return ReportComposer.builder()
        .policy(DisclosurePolicy.asOf(LATER))
        .language(language)
        .build()
        .session(withNext, CommunityFixtures.PRISON_RELEASE_3);
  }

  private static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static VEvent onlyEvent(Calendar calendar) {
    assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
    return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
  }

  private static Instant instant(Temporal t) {
    return t instanceof ZonedDateTime z ? z.toInstant() : Instant.from(t);
  }
}
