package org.communityofpractice.core.people;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.internal.EmailAddresses;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * How to reach a person: personal data that lives only in the {@link MemberRegister}. Its {@link
 * #toString()} shows which details are held, never the details themselves.
 *
 * <pre>{@code
 * ContactDetails contact = ContactDetails.of("sam@example.org", "01782 000000");
 * ContactDetails emailOnly = ContactDetails.email("sam@example.org");
 * }</pre>
 */
public final class ContactDetails {
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
  private static final ContactDetails NONE = new ContactDetails(null, null);

  private final String email;
  private final String phone;

  private ContactDetails(String email, String phone) {
    if (email != null && !EmailAddresses.isPlausible(email)) {
      throw InvalidValueException.ofPersonal(
          "email",
          "must be an email address like name@host.org, at most "
              + EmailAddresses.MAX_LENGTH
              + " characters");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw InvalidValueException.ofPersonal(
          "phone", "must be 6..20 digits, spaces, brackets or '-', with an optional leading '+'");
    }
    this.email = email;
    this.phone = phone;
  }

  /**
   * Email and phone, either of which may be {@literal null} when not held.
   *
   * @param email an email address like name@host.org, or {@literal null} when none is held
   * @param phone 6..20 digits, spaces, brackets or '-', with an optional leading '+'; or {@literal
   *     null} when none is held
   * @return the details, {@link #none()} when both are {@literal null}; never {@literal null}
   * @throws InvalidValueException if a detail does not fit, naming {@code email} or {@code phone}
   *     but never showing it
   */
  public static ContactDetails of(String email, String phone) {
    return email == null && phone == null ? NONE : new ContactDetails(email, phone);
  }

  /**
   * Only an email address.
   *
   * @param email an email address like name@host.org; must not be {@literal null}
   * @return the details, never {@literal null}
   * @throws InvalidValueException if it is not an email address, without showing it
   */
  public static ContactDetails email(String email) {
    return new ContactDetails(Objects.requireNonNull(email, "email"), null);
  }

  /** {@return no contact details held, never {@literal null}} */
  public static ContactDetails none() {
    return NONE;
  }

  /** {@return the email address, or empty when none is held} */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** {@return the phone number, or empty when none is held} */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** {@return whether nothing is held} */
  public boolean isEmpty() {
    return email == null && phone == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactDetails other
        && Objects.equals(email, other.email)
        && Objects.equals(phone, other.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, phone);
  }

  @Override
  public String toString() {
    return "ContactDetails{email="
        + (email == null ? "none" : "held")
        + ", phone="
        + (phone == null ? "none" : "held")
        + "}";
  }
}
