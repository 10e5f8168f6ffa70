package org.communityofpractice.core.rights.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Presentation;

/**
 * The rules an erasure applies to the parts of a session, shared by the erasure of a finished
 * session and the redaction of a session's journal, so the two cannot drift apart.
 */
public final class Redactions {
  private Redactions() {}

  /**
   * The action without {@code person} among its owners. When they owned it alone and their words
   * go, its text becomes {@link Erasure#ERASED_TEXT}; its id and dates stay, since later small
   * steps may follow it. An action they own with others keeps its text: the others agreed to it
   * too.
   */
  public static Action action(Action a, PersonId person, boolean removeWords) {
    if (!a.owners().contains(person)) {
      return a;
    }
    boolean alone = a.owners().size() == 1;
    return Action.builder()
        .from(a)
        .text(alone && removeWords ? Erasure.ERASED_TEXT : a.text())
        .owners(a.owners().stream().filter(o -> !o.equals(person)).toList())
        .build();
  }

  /**
   * A presentation the erased person gave, without them: no presenter and no perspective (theirs),
   * and, when their words go, no summary and {@link Erasure#ERASED_TEXT} for a title. Its kind and
   * length stay.
   */
  public static Presentation presentation(Presentation p, boolean removeWords) {
    return Presentation.builder()
        .from(p)
        .title(removeWords ? Erasure.ERASED_TEXT : p.title())
        .presenter(Optional.empty())
        .summary(removeWords ? Optional.empty() : p.summary())
        .perspective(Optional.empty())
        .build();
  }

  /**
   * {@code ids} without {@code person}, with {@code replacement} at the end when they were there:
   * the place they had in a list would point back at them.
   */
  public static List<PersonId> moveToEnd(
      List<PersonId> ids, PersonId person, PersonId replacement) {
    if (!ids.contains(person)) {
      return ids;
    }
    List<PersonId> out = new ArrayList<>(ids.size());
    ids.stream().filter(id -> !id.equals(person)).forEach(out::add);
    out.add(replacement);
    return out;
  }
}
