package org.communityofpractice.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for a link a community publishes (a resource's link): an absolute {@code http} or
 * {@code https} address with a host, no user name or password in it, a port (if any) a network can
 * have, and no more than {@link #MAX_LENGTH} characters. Anything else — {@code
 * https:evil.invalid}, {@code https://user:pass@host}, port 99999, {@code javascript:} — a report
 * would either not open or should not.
 */
public final class Links {
  /**
   * The longest link taken: cop's own bound, the 2,048 characters the sitemaps protocol and most
   * browsers' address bars allow, so a link fits on a printed page and in a CSV cell.
   */
  public static final int MAX_LENGTH = 2048;

  /** What a link must be, as a message's expectation. */
  public static final String EXPECTATION =
      "must be a mailto: link or an http or https address with a host, no user name or password and a port of 1..65535"
          + ", at most "
          + MAX_LENGTH
          + " characters";

  private Links() {}

  /** The link, when the text is one the rule takes. */
  public static Optional<URI> web(String text) {
    if (text.length() > MAX_LENGTH || FreeText.firstForbidden(text) >= 0) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      return isWeb(uri) ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether a URI is a link the rule takes. */
  public static boolean isWeb(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("mailto")) {
      return uri.isOpaque()
          && uri.getSchemeSpecificPart() != null
          && EmailAddresses.isPlausible(uri.getSchemeSpecificPart())
          && uri.getRawFragment() == null;
    }
    return (scheme.equals("http") || scheme.equals("https"))
        && !uri.isOpaque()
        && uri.getHost() != null
        && !uri.getHost().isEmpty()
        && uri.getRawUserInfo() == null
        && (uri.getPort() == -1 || (uri.getPort() >= 1 && uri.getPort() <= 65_535))
        && uri.toString().length() <= MAX_LENGTH;
  }
}
