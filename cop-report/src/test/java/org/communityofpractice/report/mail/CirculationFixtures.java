package org.communityofpractice.report.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.CommunityFixtures;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;

/**
 * The community, settings and clock circulation tests share, and the second parser they read with.
 */
final class CirculationFixtures {
  /**
   * Three days after the second prison-release session: the neutral expert has withdrawn by then.
   */
  static final Instant SENT_AT = Instant.parse("2016-04-10T09:00:00Z");

  private CirculationFixtures() {}

  static Clock clock() {
    return Clock.fixed(SENT_AT, ZoneOffset.UTC);
  }

  static CirculationSettings settings() {
    return settingsBuilder().build();
  }

  static CirculationSettings.Builder settingsBuilder() {
    return CirculationSettings.builder()
        .from("hello@sotcop.example.org", "@SoTCoP")
        .replyTo("chair@sotcop.example.org")
        .unsubscribe("leave@sotcop.example.org")
        .unsubscribeLink(java.net.URI.create("https://sotcop.example.org/leave"))
        .directions("Federation House is five minutes' walk from Stoke station.")
        .accessibility("Step-free entrance; a hearing loop in the meeting room.");
  }

  static Circulation circulation() {
    return Circulation.builder().settings(settings()).clock(clock()).build();
  }

  /** The fixture community with consent, its name and the chair's name not ASCII. */
  static Community community() {
    Community c = CommunityFixtures.sotcopWithConsent();
    List<Person> people =
        c.register().people().stream()
            .map(
                p ->
                    p.id().equals(CommunityFixtures.CHAIR)
                        ? Person.builder().from(p).name("Zoë Ó Example").build()
                        : p)
            .toList();
    return Community.builder()
        .from(c)
        .name("Cymuned Ymarfer Stôk — @SoTCoP")
        .register(MemberRegister.builder().from(c.register()).people(people).build())
        .build();
  }

  /** Parses a message with Apache James mime4j, strictly: not the library that wrote it. */
  static Message parse(Path eml) {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.STRICT);
    try (InputStream in = Files.newInputStream(eml)) {
      return builder.parseMessage(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> emls(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
