package org.communityofpractice.core.session;

import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.people.PersonId;

/**
 * A photograph of a flip chart, whiteboard or post-it notes, with the short explanatory paragraph
 * that makes it a report in itself, and who can be seen in it. A photograph that shows people is
 * published only while everyone it shows has {@code PHOTOGRAPHED} consent and is not restricted;
 * one that shows an erased person goes with them.
 *
 * <pre>{@code
 * Artefact chart = Artefact.of("flipchart-1.jpg", "What a good release day looks like", "A flip chart");
 * Artefact group = Artefact.of("group.jpg", "The room at the end", "Six people by a flip chart")
 *     .picturing(List.of(PersonId.of("p-7f3k2q"), PersonId.of("p-9d2m4x")));
 * }</pre>
 *
 * @param image where the image is: a relative path or a URI
 * @param caption the short explanatory paragraph
 * @param altText what the image shows, for people who cannot see it
 * @param pictured who can be seen in the image, each once; empty when it shows no one
 */
public record Artefact(String image, String caption, String altText, List<PersonId> pictured) {
  /**
   * Checks the record and copies who is pictured.
   *
   * @param image where the image is; must not be {@literal null} or blank
   * @param caption the short explanatory paragraph; must not be {@literal null} or blank
   * @param altText what the image shows; must not be {@literal null} or blank
   * @param pictured who can be seen in it, each once; must not be {@literal null}, may be empty
   * @throws NullPointerException if a component or a pictured person is {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if a text is blank or a
   *     person is pictured twice, naming the field
   */
  public Artefact {
    Checks.text(image, "image");
    Checks.text(caption, "caption");
    Checks.text(altText, "altText");
    Objects.requireNonNull(pictured, "pictured");
    pictured = List.copyOf(pictured);
    Checks.unique(pictured, p -> p, "pictured", "");
  }

  /**
   * An artefact that shows no one, such as a flip chart on its own.
   *
   * @param image where the image is: a relative path or a URI; must not be {@literal null} or blank
   * @param caption the short explanatory paragraph; must not be {@literal null} or blank
   * @param altText what the image shows, for people who cannot see it; must not be {@literal null}
   *     or blank
   * @throws org.communityofpractice.core.validation.InvalidValueException if a text is blank,
   *     naming the field
   */
  public Artefact(String image, String caption, String altText) {
    this(image, caption, altText, List.of());
  }

  /**
   * An artefact that shows no one, such as a flip chart on its own.
   *
   * @param image where the image is: a relative path or a URI; must not be {@literal null} or blank
   * @param caption the short explanatory paragraph; must not be {@literal null} or blank
   * @param altText what the image shows, for people who cannot see it; must not be {@literal null}
   *     or blank
   * @return the artefact, picturing no one; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if a text is blank,
   *     naming the field
   */
  public static Artefact of(String image, String caption, String altText) {
    return new Artefact(image, caption, altText);
  }

  /**
   * The same artefact showing {@code people} (each once), whose consent its publication needs.
   *
   * @param people who can be seen in it; must not be {@literal null} nor hold {@literal null}, each
   *     at most once
   * @return a new artefact with the same image and texts; never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException if a person is named
   *     twice
   */
  public Artefact picturing(List<PersonId> people) {
    return new Artefact(image, caption, altText, people);
  }

  /**
   * Whether {@code person} can be seen in it.
   *
   * @param person the person to look for; must not be {@literal null}
   * @return {@code true} if the artefact pictures them
   */
  public boolean pictures(PersonId person) {
    return pictured.contains(person);
  }

  /** Shows how many are pictured, never the caption or who. */
  @Override
  public String toString() {
    return "Artefact{" + pictured.size() + " pictured}";
  }
}
