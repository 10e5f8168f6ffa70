package org.communityofpractice.report.model;

import org.communityofpractice.report.internal.Require;

/**
 * A photograph of a flip chart, whiteboard or post-its, with the short paragraph that explains it.
 *
 * @param image where the image is: a relative path or a URI, as recorded
 * @param caption the explanatory paragraph
 * @param altText what the image shows, for people who cannot see it
 */
public record CaptionedArtefact(String image, String caption, String altText) {
  public CaptionedArtefact {
    Require.text(image, "image");
    Require.text(caption, "caption");
    Require.text(altText, "altText");
  }

  @Override
  public String toString() {
    return "CaptionedArtefact[" + caption.length() + " chars]";
  }
}
