package org.communityofpractice.report.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.communityofpractice.report.model.internal.Require;

/**
 * A photograph of a flip chart, whiteboard or post-its, with the short paragraph that explains it.
 *
 * @param image where the image is: a relative path or a URI, as recorded
 * @param caption the explanatory paragraph
 * @param altText what the image shows, for people who cannot see it
 */
public record CaptionedArtefact(String image, String caption, String altText) {
  /**
   * Checks every component.
   *
   * @param image where the image is: a relative path or a URI, as recorded; not blank; never
   *     {@literal null}
   * @param caption the explanatory paragraph; not blank; never {@literal null}
   * @param altText what the image shows, for people who cannot see it; not blank; never {@literal
   *     null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public CaptionedArtefact {
    Require.text(image, "image");
    Require.text(caption, "caption");
    Require.text(altText, "altText");
  }

  /**
   * Whether {@link #image} may be shown as an image: a relative path of letters, digits, '.', '_'
   * and '-' segments that never climbs with "..", or an absolute {@code http} or {@code https} URI.
   * Any other reference — {@code javascript:}, {@code data:}, a path with spaces or quotes — a
   * renderer shows as text only.
   *
   * @return {@code true} when a renderer may show {@link #image()} as an image
   */
  public boolean hasSafeImageReference() {
    if (isRelativePath(image)) {
      return true;
    }
    try {
      URI uri = new URI(image);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Whether the text is {@code segment(/segment)*}, each segment a letter, digit or '_' followed by
   * letters, digits, '.', '_' or '-'. Checked by hand: a regular expression's repeated group
   * recursed once per segment and overflowed the stack on a long enough path.
   */
  private static boolean isRelativePath(String text) {
    boolean segmentStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      if (segmentStart) {
        if (!word) {
          return false;
        }
        segmentStart = false;
      } else if (c == '/') {
        segmentStart = true;
      } else if (!word && c != '.' && c != '-') {
        return false;
      }
    }
    return !segmentStart;
  }

  @Override
  public String toString() {
    return "CaptionedArtefact[" + caption.length() + " chars]";
  }
}
