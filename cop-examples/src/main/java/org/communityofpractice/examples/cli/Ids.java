package org.communityofpractice.examples.cli;

import java.util.function.Function;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Ids typed on the command line. One that is not an id at all is a usage error; the message does
 * not repeat what was typed, since a name typed by mistake is personal data.
 */
final class Ids {
  private Ids() {}

  static SessionId session(String text) {
    return parse(text, SessionId::of, "--session");
  }

  static SeriesId series(String text) {
    return parse(text, SeriesId::of, "--series");
  }

  static PersonId person(String text) {
    return person(text, "--person");
  }

  /** A person's id given with another option, such as {@code --facilitator}. */
  static PersonId person(String text, String option) {
    return parse(text, PersonId::of, option);
  }

  /**
   * The first of p-1, p-2, … that {@code taken} does not hold: an id that says nothing about the
   * person, for someone joining without one.
   */
  static PersonId nextPerson(java.util.Set<PersonId> taken) {
    int next = 1;
    while (taken.contains(PersonId.of("p-" + next))) {
      next++;
    }
    return PersonId.of("p-" + next);
  }

  /**
   * A person's id to show in a message: as it is when minted or opaque, otherwise not at all, since
   * an id such as "dee.turner" says who someone is.
   */
  static String shown(PersonId id) {
    return says(id).toString();
  }

  /** {@link #shown(PersonId)} as something to say in the command's language. */
  static ToolText.Says says(PersonId id) {
    return id.looksPersonal()
        ? ToolText.says("ids.personal")
        : ToolText.says("core.words", id.value());
  }

  /**
   * A recipient to show in a list: an organisation as {@code organisation:<id>}, a person by id
   * only when the id is minted or opaque, as {@link #shown(PersonId)} allows.
   */
  static String shown(RecipientId recipient) {
    return recipient
        .person()
        .filter(PersonId::looksPersonal)
        .map(p -> ToolText.in(Language.EN).get("ids.personalRecipient"))
        .orElse(recipient.toString());
  }

  /** {@link #shown(RecipientId)} as something to say in the command's language. */
  static ToolText.Says says(RecipientId recipient) {
    return recipient.person().filter(PersonId::looksPersonal).isPresent()
        ? ToolText.says("ids.personalRecipient")
        : ToolText.says("core.words", recipient.toString());
  }

  static TopicId topic(String text) {
    return parse(text, TopicId::of, "--topic");
  }

  private static <T> T parse(String text, Function<String, T> of, String option) {
    try {
      return of.apply(text);
    } catch (InvalidValueException e) {
      throw UserError.usage(ToolText.says("id.invalid", option));
    }
  }
}
