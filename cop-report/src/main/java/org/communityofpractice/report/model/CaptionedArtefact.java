package org.communityofpractice.report.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.communityofpractice.report.model.internal.Require;

/**
 * A photograph of a flip chart, whiteboard or post-its, with the short paragraph that explains it.
 *
 * @param image where the image is: a relative path or a URI, as recorded
 * @param caption the explanatory paragraph
 * @param altText what the image shows, for people who cannot see it
 */
public record CaptionedArtefact(String image, String caption, String altText) {
  private static final Pattern RELATIVE_PATH =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");

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
   */
  public boolean hasSafeImageReference() {
    if (RELATIVE_PATH.matcher(image).matches()) {
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

  @Override
  public String toString() {
    return "CaptionedArtefact[" + caption.length() + " chars]";
  }
}
