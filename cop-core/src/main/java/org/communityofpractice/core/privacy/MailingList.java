package org.communityofpractice.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentBasis;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;

/**
 * The community email list (or a series' decision makers, {@link DisclosurePolicy#decisionMakers}),
 * derived from the consent ledger whenever it is needed and never stored, so it cannot drift from
 * what people agreed. Everyone held with an email address, not restricted, and with {@code
 * COMMUNITY_COMMUNICATIONS} in force — by consent, or by the charity soft opt-in they have not
 * opted out of — is on it, with that basis. {@link #toString()} shows the size only.
 *
 * <pre>{@code
 * MailingList list = DisclosurePolicy.asOf(Instant.now()).mailingList(community);
 * for (MailingList.Recipient r : list.recipients()) {
 *   boolean optOutLink = r.basis() == ConsentBasis.SOFT_OPT_IN; // a message to r.email() needs one
 * }
 * }</pre>
 */
public final class MailingList {
  /**
   * One recipient. {@link #toString()} shows the id and basis only.
   *
   * @param person who
   * @param email where to write
   * @param basis why they may be written to
   */
  public record Recipient(PersonId person, String email, ConsentBasis basis) {
    /**
     * Checks the record.
     *
     * @param person who; must not be {@literal null}
     * @param email where to write; must not be {@literal null}
     * @param basis why they may be written to; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Recipient {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(basis, "basis");
    }

    @Override
    public String toString() {
      return "Recipient{" + person + ", " + basis + "}";
    }
  }

  private final List<Recipient> recipients;

  private MailingList(List<Recipient> recipients) {
    this.recipients = List.copyOf(recipients);
  }

  static MailingList of(Community community, DisclosurePolicy policy) {
    return of(
        community,
        policy,
        ConsentPurpose.COMMUNITY_COMMUNICATIONS,
        community.register().people().stream().map(Person::id).toList());
  }

  /** Those of {@code candidates}, in their order, who may be written to for {@code purpose}. */
  static MailingList of(
      Community community,
      DisclosurePolicy policy,
      ConsentPurpose purpose,
      List<PersonId> candidates) {
    List<Recipient> recipients = new ArrayList<>();
    for (PersonId id : candidates) {
      Person person = community.register().find(id).orElse(null);
      if (person == null || person.isRestricted() || person.contact().email().isEmpty()) {
        continue;
      }
      if (policy.consented(community, person.id(), purpose)) {
        ConsentEvent grant =
            community.consent().decisionAt(person.id(), purpose, policy.asOf()).orElseThrow();
        recipients.add(
            new Recipient(person.id(), person.contact().email().get(), grant.terms().basis()));
      }
    }
    return new MailingList(recipients);
  }

  /**
   * {@return everyone to write to, in register order (a series' order for decision makers); never
   * {@literal null}, may be empty}
   */
  public List<Recipient> recipients() {
    return recipients;
  }

  /** {@return how many there are to write to} */
  public int size() {
    return recipients.size();
  }

  @Override
  public String toString() {
    return "MailingList{recipients=" + recipients.size() + "}";
  }
}
