package org.communityofpractice.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;

/**
 * Finds the sessions whose words, by others, mention a person by name or given name: what an
 * erasure cannot take out by itself, since it takes the person's own words and cannot tell a
 * mention from a namesake, and so reports for a person to check.
 */
final class Mentions {
  private Mentions() {}

  /**
   * The sessions of {@code after} (the community without the person) whose free texts mention the
   * person's name, or their given name when it is three letters or more.
   */
  static List<SessionId> of(Community after, Person person) {
    List<String> names = new ArrayList<>();
    names.add(person.name());
    String given = person.name().strip().split("\\s+")[0];
    if (given.length() >= 3) {
      names.add(given);
    }
    List<Pattern> patterns =
        names.stream()
            .map(
                n ->
                    Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
    List<SessionId> found = new ArrayList<>();
    for (Session s : after.sessions()) {
      if (texts(s).anyMatch(t -> patterns.stream().anyMatch(p -> p.matcher(t).find()))) {
        found.add(s.id());
      }
    }
    return found;
  }

  /** Every free text of a session. */
  private static Stream<String> texts(Session s) {
    List<String> t = new ArrayList<>();
    s.title().ifPresent(t::add);
    s.chairsIntroduction().ifPresent(t::add);
    s.bestHopes().forEach(h -> t.add(h.text()));
    s.presentation()
        .ifPresent(
            p -> {
              t.add(p.title());
              p.summary().ifPresent(t::add);
            });
    s.contributions().forEach(c -> t.add(c.text()));
    s.scaling().forEach(r -> r.onePointUpIdeas().forEach(i -> t.add(i.text())));
    s.actions().forEach(a -> t.add(a.text()));
    s.smallSteps().forEach(k -> t.add(k.text()));
    t.addAll(s.conclusions());
    t.addAll(s.recommendations());
    t.addAll(s.questions());
    s.artefacts()
        .forEach(
            a -> {
              t.add(a.caption());
              t.add(a.altText());
            });
    return t.stream();
  }
}
