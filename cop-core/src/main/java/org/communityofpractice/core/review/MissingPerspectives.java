package org.communityofpractice.core.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.topic.Topic;

/**
 * "Who should be here?": the perspectives a topic names, and the services the group noticed were
 * missing, checked against the room. A service counts as in the room when someone's organisation or
 * role holds its distinctive words ("the prison service" → "prison": "HM Prison and Probation
 * Service", "Former Prison Governor").
 */
final class MissingPerspectives extends GuideCheck.GuideRule {
  private static final Set<String> COMMON_WORDS =
      Set.of("the", "a", "an", "of", "and", "for", "hm", "service", "services", "team", "local");

  @Override
  public List<Finding> session(Session session, ReviewContext context) {
    Topic topic = context.community().topic(session.topic()).orElseThrow();
    Set<Perspective> missing = EnumSet.noneOf(Perspective.class);
    missing.addAll(topic.neededPerspectives());
    missing.removeAll(context.perspectivesInTheRoom(session));
    List<String> missingServices = new ArrayList<>();
    for (String service : topic.neededServices()) {
      if (!inTheRoom(service, session, context)) {
        missingServices.add(service);
      }
    }
    if (missing.isEmpty() && missingServices.isEmpty()) {
      return List.of();
    }
    Finding.Builder f =
        context
            .finding(code(), Severity.SUGGESTION, session)
            .noticed(
                context.says(
                    code(),
                    "noticed",
                    String.valueOf(missing.size() + missingServices.size()),
                    String.valueOf(
                        topic.neededPerspectives().size() + topic.neededServices().size())))
            .tryNext(context.says(code(), "tryNext"));
    missing.forEach(p -> f.addEvidence(Evidence.category("missing_perspective", p)));
    missingServices.forEach(s -> f.addEvidence(Evidence.neededService(s)));
    return List.of(f.build());
  }

  private static boolean inTheRoom(String service, Session session, ReviewContext context) {
    Set<String> wanted = words(service);
    if (wanted.isEmpty()) {
      wanted = Set.of(service.toLowerCase(Locale.ROOT).trim());
    }
    for (PersonId id : session.attendees()) {
      Person p = context.person(id).orElse(null);
      if (p == null) {
        continue;
      }
      Set<String> theirs = new java.util.HashSet<>();
      p.organisation().ifPresent(o -> theirs.addAll(words(o)));
      p.role().ifPresent(r -> theirs.addAll(words(r)));
      if (theirs.containsAll(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !COMMON_WORDS.contains(w))
        .collect(Collectors.toSet());
  }
}
