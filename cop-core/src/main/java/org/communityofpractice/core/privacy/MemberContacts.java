package org.communityofpractice.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;

/**
 * The contact details members may see of one another — for a list handed round the room or a
 * members' page — derived from the consent ledger whenever it is needed and never stored. Only
 * people with {@code CONTACT_SHARED_WITH_MEMBERS} in force who are not restricted are in it, and
 * only with the details they gave. It is for members, not for publication: reports never carry
 * contact details. {@link #toString()} shows the size only.
 *
 * <pre>{@code
 * MemberContacts contacts = DisclosurePolicy.asOf(Instant.now()).memberContacts(community);
 * for (MemberContacts.Contact c : contacts.contacts()) {
 *   System.out.println(c.name() + " " + c.email().orElse("") + " " + c.phone().orElse(""));
 * }
 * }</pre>
 */
public final class MemberContacts {
  /**
   * One member's shared details. {@link #toString()} shows the id only.
   *
   * @param person who
   * @param name their name, to know whose details these are
   * @param email their email address, if they gave one
   * @param phone their phone number, if they gave one
   */
  public record Contact(
      PersonId person, String name, Optional<String> email, Optional<String> phone) {
    /**
     * Checks the record.
     *
     * @param person who; must not be {@literal null}
     * @param name their name, to know whose details these are; must not be {@literal null}
     * @param email their email address, if they gave one; must not be {@literal null}
     * @param phone their phone number, if they gave one; must not be {@literal null}
     * @throws NullPointerException if a component is {@literal null}
     */
    public Contact {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(phone, "phone");
    }

    @Override
    public String toString() {
      return "Contact{" + person + "}";
    }
  }

  private final List<Contact> contacts;

  private MemberContacts(List<Contact> contacts) {
    this.contacts = List.copyOf(contacts);
  }

  static MemberContacts of(Community community, DisclosurePolicy policy) {
    List<Contact> contacts = new ArrayList<>();
    for (Person person : community.register().people()) {
      if (!person.isRestricted()
          && !person.contact().isEmpty()
          && policy.consented(community, person.id(), ConsentPurpose.CONTACT_SHARED_WITH_MEMBERS)) {
        contacts.add(
            new Contact(
                person.id(), person.name(), person.contact().email(), person.contact().phone()));
      }
    }
    return new MemberContacts(contacts);
  }

  /**
   * {@return everyone whose details members may see, in register order; never {@literal null}, may
   * be empty}
   */
  public List<Contact> contacts() {
    return contacts;
  }

  /** {@return how many people's details members may see} */
  public int size() {
    return contacts.size();
  }

  @Override
  public String toString() {
    return "MemberContacts{contacts=" + contacts.size() + "}";
  }
}
