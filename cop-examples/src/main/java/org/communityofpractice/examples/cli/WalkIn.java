package org.communityofpractice.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Someone who walks in at the door and is not in the register yet, registered during {@code cop
 * capture}: who they are (the name they wish to be called and, if they like, an email address, role
 * and perspectives), then each consent purpose asked in the plain words of a sign-in form, one at a
 * time, answered yes or no. Nothing is assumed: a purpose is granted only on a "yes", and an answer
 * that is neither is asked again. The consent is recorded as given verbally, recorded by the
 * facilichair, under the privacy notice they were shown.
 *
 * <p>Answers that cannot be used are named by their field, never repeated: what was typed may be
 * personal. The end of the input abandons the registration and nothing is kept.
 */
final class WalkIn {
  /** Who they are and what they agreed to, ready to be added to the community. */
  record Registered(PersonId id, Community community, List<ConsentPurpose> agreed) {}

  private final BufferedReader input;
  private final PrintWriter out;
  private final ToolText words;

  /** A registration asked in the language of {@code words}. */
  WalkIn(BufferedReader input, PrintWriter out, ToolText words) {
    this.input = input;
    this.out = out;
    this.words = words;
  }

  /**
   * Asks the questions and returns {@code community} with the walk-in in its register and their
   * answers in its consent ledger; empty when the input ended before every question was answered.
   */
  Optional<Registered> register(Community community, PersonId facilichair, Instant at)
      throws IOException {
    out.println("  " + words.get("walkIn.start"));
    Map<String, String> fields = new LinkedHashMap<>();
    if (!answer(fields, "name", "  " + words.get("walkIn.name"), true)
        || !answer(fields, "email", "  " + words.get("walkIn.email"), false)
        || !answer(fields, "role", "  " + words.get("walkIn.role"), false)
        || !answer(
            fields,
            "perspectives",
            "  " + words.format("walkIn.perspectives", Words.all(Perspective.class)),
            false)) {
      return Optional.empty();
    }
    PersonId id = Ids.nextPerson(community.register().knownIds());
    Person person;
    while (true) {
      List<PersonFields.Problem> problems = new ArrayList<>();
      person = PersonFields.person(id, fields, null, problems);
      if (person != null) {
        break;
      }
      PersonFields.Problem first = problems.get(0);
      String field = fields.containsKey(first.field()) ? first.field() : "email";
      // what the field must be is PersonFields' (English) words
      out.println("  " + words.format("walkIn.cannotUse", field, words.say(first.message())));
      if (!answer(
          fields, field, "  " + words.format("walkIn.again", field), field.equals("name"))) {
        return Optional.empty();
      }
    }
    Optional<NoticeVersion> notice = notice(community.consent());
    if (notice.isEmpty()) {
      return Optional.empty();
    }
    out.println("  " + words.get("walkIn.consents"));
    ConsentLedger ledger = community.consent();
    List<ConsentPurpose> agreed = new ArrayList<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      Optional<Boolean> yes = yesOrNo("  \"" + plainly(purpose) + "\"");
      if (yes.isEmpty()) {
        return Optional.empty();
      }
      if (yes.get()) {
        ConsentTerms.Builder terms =
            ConsentTerms.builder()
                .person(id)
                .purpose(purpose)
                .at(at)
                .method(ConsentMethod.VERBAL)
                .notice(notice.get())
                .recordedBy(Actor.person(facilichair));
        if (purpose.isSpecialCategory()) {
          terms.explicitly(plainly(purpose)); // the words they heard and said yes to
        }
        ledger = ledger.grant(terms.build());
        agreed.add(purpose);
      }
    }
    Community changed =
        Records.build(
            Community.builder()
                .from(community)
                .register(
                    MemberRegister.builder().from(community.register()).addPerson(person).build())
                .consent(ledger));
    return Optional.of(new Registered(id, changed, List.copyOf(agreed)));
  }

  /** The notice version they were shown: the one used last is offered, Enter takes it. */
  private Optional<NoticeVersion> notice(ConsentLedger ledger) throws IOException {
    Optional<String> last =
        ledger.events().isEmpty()
            ? Optional.empty()
            : Optional.of(ledger.events().get(ledger.events().size() - 1).terms().notice().value());
    while (true) {
      String answer =
          line(
              "  "
                  + last.map(v -> words.format("walkIn.notice.last", v))
                      .orElse(words.get("walkIn.notice")));
      if (answer == null) {
        return Optional.empty();
      }
      String version = answer.isBlank() ? last.orElse("") : answer.strip();
      try {
        return Optional.of(NoticeVersion.of(version));
      } catch (InvalidValueException e) {
        out.println("  " + words.get("walkIn.notice.invalid"));
      }
    }
  }

  /** Yes or no; anything else is asked again. Empty at the end of the input. */
  private Optional<Boolean> yesOrNo(String question) throws IOException {
    while (true) {
      String answer = line(question + " " + words.get("walkIn.yesOrNo"));
      if (answer == null) {
        return Optional.empty();
      }
      switch (answer.strip().toLowerCase(Locale.ROOT)) {
        // the English words are understood in every language, as are the language's own
        case "yes", "y", "ie", "do", "oes", "ydw", "ydy", "ydyn" -> {
          return Optional.of(true);
        }
        case "no", "n", "na", "nac oes", "nac ydw", "nac ydy", "nac ydyn" -> {
          return Optional.of(false);
        }
        default -> out.println("  " + words.get("walkIn.yesOrNo.again"));
      }
    }
  }

  /**
   * Puts the answer into {@code fields}; false at the end of the input. A required one is asked
   * until given.
   */
  private boolean answer(
      Map<String, String> fields, String field, String question, boolean required)
      throws IOException {
    while (true) {
      String answer = line(question);
      if (answer == null) {
        return false;
      }
      if (!answer.isBlank() || !required) {
        fields.put(field, answer.isBlank() ? null : answer.strip());
        return true;
      }
    }
  }

  private String line(String question) throws IOException {
    out.print(question + ": ");
    out.flush();
    return input.readLine();
  }

  /**
   * The sign-in form's words for a purpose, in the registration's language: in British English the
   * same as at the door of the web app ({@code ToolBundlesTest} holds them alike).
   */
  private String plainly(ConsentPurpose purpose) {
    return words.get("consent.purpose." + purpose.name());
  }
}
