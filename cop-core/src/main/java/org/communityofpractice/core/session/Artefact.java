package org.communityofpractice.core.session;

import org.communityofpractice.core.internal.Checks;

/**
 * A photograph of a flip chart, whiteboard or post-it notes, with the short explanatory paragraph
 * that makes it a report in itself.
 *
 * @param image where the image is: a relative path or a URI
 * @param caption the short explanatory paragraph
 * @param altText what the image shows, for people who cannot see it
 */
public record Artefact(String image, String caption, String altText) {
  public Artefact {
    Checks.text(image, "image");
    Checks.text(caption, "caption");
    Checks.text(altText, "altText");
  }

  public static Artefact of(String image, String caption, String altText) {
    return new Artefact(image, caption, altText);
  }
}
