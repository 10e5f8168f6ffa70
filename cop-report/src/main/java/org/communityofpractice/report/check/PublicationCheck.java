package org.communityofpractice.report.check;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;

/**
 * The publication check: before a report leaves, every free-text field of it — conclusions,
 * recommendations, questions, captions, titles, the chair's introduction, remarks — is read for the
 * names of people in the register who have not consented to be named in reports, and for email
 * addresses and phone numbers of anyone. The report model already leaves out what the disclosure
 * policy withholds; this catches what people wrote into free text themselves.
 *
 * <pre>{@code
 * PublicationCheck check = PublicationCheck.of(community, DisclosurePolicy.asOf(Instant.now()));
 * for (PublicationFinding f : check.check(report)) {
 *   System.out.println(f); // PublicationFinding[conclusions[2]:NAME:p-7kx2qd9m4tbz], never the name
 * }
 * }</pre>
 *
 * <p>Names are compared without regard to case, accents or punctuation ("Zoë O’Example" matches
 * "zoe o'example"), as whole words; a first name on its own counts when only one person in the
 * register has it (and it has at least three letters). A finding names the field and the person's
 * id, never the text it found. Built once per community and policy; thread-safe.
 */
public final class PublicationCheck {
  /**
   * An address in free text. A match starts only where a run of the local part's characters starts,
   * or where the previous match ended, and no part gives back what it took: linear in the text.
   * Written plainly ({@code [local]+@[domain]+(\.[domain]+)+}), {@code find()} tried every position
   * of a long run and scanned to its end from each, which is quadratic: a free-text field of 30,000
   * letters took seconds, of the reader's 1,000,000-character limit hours.
   */
  static final Pattern EMAIL =
      Pattern.compile(
          "(?:\\G|(?<![A-Za-z0-9._%+\\-]))[A-Za-z0-9._%+\\-]++@[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)++");

  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()\\-]{7,}\\d");

  // compiled once: String.replaceAll compiles its pattern at every call, and every text is
  // normalised
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern NOT_DIGITS = Pattern.compile("\\D");
  private static final int MIN_PHONE_DIGITS = 10;
  private static final int MIN_FIRST_NAME = 3;

  /** Model fields that are ids, keys or paths, not free text. */
  private static final Set<String> NOT_TEXT = Set.of("language", "id", "key", "kind", "image");

  private final Map<String, PersonId> names;
  private final Map<String, PersonId> emails;
  private final Map<String, PersonId> phones;

  private PublicationCheck(
      Map<String, PersonId> names, Map<String, PersonId> emails, Map<String, PersonId> phones) {
    this.names = names;
    this.emails = emails;
    this.phones = phones;
  }

  /**
   * The check for one community, with consent as it stands at the policy's {@link
   * DisclosurePolicy#asOf()}: it looks for the names of people who have not consented to be named,
   * and for anyone's email address or phone number.
   *
   * @param community the community, with its register; never {@literal null}
   * @param policy the disclosure policy, whose date and consent rules decide who may be named;
   *     never {@literal null}
   * @return the check; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public static PublicationCheck of(Community community, DisclosurePolicy policy) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(policy, "policy");
    Map<String, Integer> firstNames = new HashMap<>();
    for (Person p : community.register().people()) {
      firstName(p).ifPresent(f -> firstNames.merge(f, 1, Integer::sum));
    }
    Map<String, PersonId> names = new HashMap<>();
    Map<String, PersonId> emails = new HashMap<>();
    Map<String, PersonId> phones = new HashMap<>();
    for (Person p : community.register().people()) {
      p.contact().email().ifPresent(e -> emails.put(e.toLowerCase(Locale.ROOT), p.id()));
      p.contact().phone().ifPresent(n -> phones.put(digits(n), p.id()));
      boolean named =
          !p.isRestricted()
              && community
                  .consent()
                  .inForce(
                      p.id(),
                      ConsentPurpose.NAMED_IN_REPORTS,
                      policy.asOf(),
                      policy.consentRules());
      if (named) {
        continue;
      }
      String full = normalise(p.name()).trim();
      if (!full.isEmpty()) {
        names.put(full, p.id());
      }
      firstName(p)
          .filter(f -> firstNames.get(f) == 1 && f.length() >= MIN_FIRST_NAME)
          .ifPresent(f -> names.putIfAbsent(f, p.id()));
    }
    // HashMaps, not Map.copyOf's: a register chooses its names, and a map whose probing has no
    // defence against texts that share one hash would make the check quadratic in them
    return new PublicationCheck(
        Collections.unmodifiableMap(names),
        Collections.unmodifiableMap(emails),
        Collections.unmodifiableMap(phones));
  }

  /**
   * The findings in a report's free text.
   *
   * @param report the report to check; never {@literal null}
   * @return the findings, in the order of the report's fields; empty when none; never {@literal
   *     null}
   * @throws NullPointerException if {@code report} is {@literal null}
   */
  public List<PublicationFinding> check(Report report) {
    Objects.requireNonNull(report, "report");
    Set<PublicationFinding> findings = new LinkedHashSet<>();
    walk(report, "", findings);
    return List.copyOf(findings);
  }

  /**
   * Checks one text, as found in the field named {@code field}.
   *
   * @param field the path the findings name, such as {@code conclusions[2]}; never {@literal null}
   * @param text the text to check; never {@literal null}
   * @return the findings, in the order found; empty when none; never {@literal null}
   * @throws NullPointerException if {@code text} is {@literal null}
   */
  public List<PublicationFinding> check(String field, String text) {
    Set<PublicationFinding> findings = new LinkedHashSet<>();
    text(field, text, findings);
    return List.copyOf(findings);
  }

  private void walk(Object value, String path, Set<PublicationFinding> findings) {
    if (value instanceof String s) {
      text(path, s, findings);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, path, findings));
    } else if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        walk(item, path + "[" + i++ + "]", findings);
      }
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (!isText(r, c.getName())) {
          continue;
        }
        walk(read(r, c), path.isEmpty() ? c.getName() : path + "." + c.getName(), findings);
      }
    }
    // numbers, dates, counts, links and enums are not free text
  }

  /** Whether a record's component may hold free text the check reads. */
  static boolean isText(Record r, String component) {
    return !NOT_TEXT.contains(component) && !isReportId(r, component);
  }

  private static boolean isReportId(Record r, String component) {
    return (r instanceof SessionReport && component.equals("session"))
        || (r instanceof SeriesReport && component.equals("series"));
  }

  static Object read(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }

  private void text(String field, String text, Set<PublicationFinding> findings) {
    // an address is reported as one; its parts ("alex" of alex@example.org) are not names
    String normal = normalise(EMAIL.matcher(text).replaceAll(" "));
    for (Map.Entry<String, PersonId> name : names.entrySet()) {
      if (normal.contains(" " + name.getKey() + " ")) {
        findings.add(
            new PublicationFinding(
                field, PublicationFinding.Kind.NAME, Optional.of(name.getValue())));
      }
    }
    Matcher email = EMAIL.matcher(text);
    while (email.find()) {
      findings.add(
          new PublicationFinding(
              field,
              PublicationFinding.Kind.EMAIL,
              Optional.ofNullable(emails.get(email.group().toLowerCase(Locale.ROOT)))));
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      String digits = digits(phone.group());
      if (digits.length() >= MIN_PHONE_DIGITS) {
        findings.add(
            new PublicationFinding(
                field, PublicationFinding.Kind.PHONE, Optional.ofNullable(phones.get(digits))));
      }
    }
  }

  /**
   * {@code report} with what {@code finding} found taken out of its field: each occurrence there of
   * the person's name (and of their first name, when the check reads it as theirs), of the email
   * address or of the phone number becomes {@code [removed]}. The rest of the report is unchanged.
   * After it, the check no longer finds {@code finding} in the report.
   *
   * @param report the report; never {@literal null}
   * @param finding a finding of this check in {@code report}; never {@literal null}
   * @return the report with the finding's text removed; {@code report} is unchanged
   * @throws NullPointerException if an argument is {@literal null}
   */
  public Report redact(Report report, PublicationFinding finding) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(finding, "finding");
    return Redaction.apply(
        report,
        finding.field(),
        text ->
            switch (finding.kind()) {
              case NAME ->
                  Redaction.withoutNames(
                      text,
                      names.entrySet().stream()
                          .filter(e -> finding.person().equals(Optional.of(e.getValue())))
                          .map(Map.Entry::getKey)
                          .toList(),
                      EMAIL);
              case EMAIL ->
                  without(
                      text,
                      EMAIL,
                      m ->
                          Optional.ofNullable(emails.get(m.toLowerCase(Locale.ROOT)))
                              .equals(finding.person()));
              case PHONE ->
                  without(
                      text,
                      PHONE,
                      m ->
                          digits(m).length() >= MIN_PHONE_DIGITS
                              && Optional.ofNullable(phones.get(digits(m)))
                                  .equals(finding.person()));
            });
  }

  /** {@code text} without the matches of {@code pattern} that are the finding's. */
  private static String without(
      String text, Pattern pattern, java.util.function.Predicate<String> findings) {
    List<int[]> cut = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (findings.test(m.group())) {
        cut.add(new int[] {m.start(), m.end()});
      }
    }
    return Redaction.replace(text, cut);
  }

  private static Optional<String> firstName(Person p) {
    String[] words = normalise(p.name()).trim().split(" ");
    return words.length > 1 && !words[0].isEmpty() ? Optional.of(words[0]) : Optional.empty();
  }

  /** Lower case, accents dropped, every run of non-letters one space, a space at each end. */
  static String normalise(String text) {
    String decomposed =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    return " "
        + NOT_LETTERS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim()
        + " ";
  }

  /** The digits of a phone number, a leading 44 read as the UK's 0. */
  private static String digits(String number) {
    String d = NOT_DIGITS.matcher(number).replaceAll("");
    return d.startsWith("44") ? "0" + d.substring(2) : d;
  }

  @Override
  public String toString() {
    return "PublicationCheck["
        + names.size()
        + " names, "
        + emails.size()
        + " emails, "
        + phones.size()
        + " phones]";
  }
}
