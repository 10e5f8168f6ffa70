package org.communityofpractice.core.privacy;

import java.util.Objects;
import java.util.Optional;

/**
 * How a person appears in anything published, as the {@link DisclosurePolicy} decided: by name
 * (only with current consent to be named in reports), by role and place in the guide's own quote
 * style ("Housing Manager, Stoke-on-Trent" — only with consent to be quoted by role, and only when
 * at least {@link DisclosurePolicy#roleGroupMinimum()} attendees of the session would be shown that
 * way), credited for lived experience as the person chose ("Expert Citizen" — only with their
 * explicit consent), or as "a community member". {@link #toString()} shows the kind only, never the
 * name.
 *
 * <pre>{@code
 * Attribution a = policy.session(community, session.id()).contributions().get(0).attribution();
 * String said = switch (a.kind()) {
 *   case NAMED -> a.name().orElseThrow();            // "Sam Example"
 *   case ROLE_AND_PLACE -> a.display();              // "Housing Manager, Stoke-on-Trent"
 *   case CREDITED -> a.display();                    // "Expert Citizen"
 *   case COMMUNITY_MEMBER -> a.display();            // "a community member"
 *   case UNATTRIBUTED -> "";                         // nobody was recorded as saying it
 * };
 * }</pre>
 */
public final class Attribution {
  /** The words used for someone who may not be named or quoted by role. */
  public static final String COMMUNITY_MEMBER_WORDING = "a community member";

  /**
   * The credit for lived experience of someone who agreed to be credited but has no role recorded.
   */
  public static final String LIVED_EXPERIENCE_CREDIT = "Expert by experience";

  private static final Attribution MEMBER =
      new Attribution(Kind.COMMUNITY_MEMBER, null, null, null);
  private static final Attribution NONE = new Attribution(Kind.UNATTRIBUTED, null, null, null);

  /** The ways a person can appear. */
  public enum Kind {
    /** By name, with consent. */
    NAMED,
    /** By role and place, with consent, when that does not single them out. */
    ROLE_AND_PLACE,
    /**
     * Credited for lived experience, with explicit consent, by the role the person is known by,
     * such as "Expert Citizen" (the guide's words); see {@link #role()}.
     */
    CREDITED,
    /** Anonymously: "a community member". */
    COMMUNITY_MEMBER,
    /** Nobody was recorded as the source. */
    UNATTRIBUTED
  }

  private final Kind kind;
  private final String name;
  private final String role;
  private final String place;

  private Attribution(Kind kind, String name, String role, String place) {
    this.kind = kind;
    this.name = name;
    this.role = role;
    this.place = place;
  }

  static Attribution named(String name) {
    return new Attribution(Kind.NAMED, Objects.requireNonNull(name, "name"), null, null);
  }

  static Attribution byRole(String role, String place) {
    return new Attribution(
        Kind.ROLE_AND_PLACE,
        null,
        Objects.requireNonNull(role, "role"),
        Objects.requireNonNull(place, "place"));
  }

  static Attribution credited(String credit) {
    return new Attribution(Kind.CREDITED, null, Objects.requireNonNull(credit, "credit"), null);
  }

  /** {@return the attribution "a community member", never {@literal null}} */
  public static Attribution communityMember() {
    return MEMBER;
  }

  /** {@return the attribution of something nobody was recorded as saying, never {@literal null}} */
  public static Attribution unattributed() {
    return NONE;
  }

  /** {@return how the person appears, never {@literal null}} */
  public Kind kind() {
    return kind;
  }

  /** {@return the name, when {@link Kind#NAMED}; otherwise empty} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * {@return the role, when {@link Kind#ROLE_AND_PLACE}; the credit, when {@link Kind#CREDITED};
   * otherwise empty}
   */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /** {@return the place, when {@link Kind#ROLE_AND_PLACE}; otherwise empty} */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  /**
   * The attribution in English: the name, "Role, Place", the credit, "a community member", or the
   * empty string when unattributed. Renderers with their own labels use {@link #kind()} and the
   * parts instead.
   *
   * @return the words, never {@literal null}; empty when unattributed
   */
  public String display() {
    return switch (kind) {
      case NAMED -> name;
      case ROLE_AND_PLACE -> role + ", " + place;
      case CREDITED -> role;
      case COMMUNITY_MEMBER -> COMMUNITY_MEMBER_WORDING;
      case UNATTRIBUTED -> "";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribution other
        && kind == other.kind
        && Objects.equals(name, other.name)
        && Objects.equals(role, other.role)
        && Objects.equals(place, other.place);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, role, place);
  }

  @Override
  public String toString() {
    return "Attribution{" + kind + "}";
  }
}
