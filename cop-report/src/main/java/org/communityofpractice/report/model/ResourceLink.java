package org.communityofpractice.report.model;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.model.internal.Require;

/**
 * An entry of the community's resource list. A link is only ever an absolute {@code http}, {@code
 * https} or {@code mailto} URI, so no renderer can be made to emit a {@code javascript:} link;
 * {@link #safeLink} tells the composer whether a link may be kept.
 *
 * @param title what it is
 * @param link where to find it, if online
 * @param note why it is useful
 */
public record ResourceLink(String title, Optional<URI> link, Optional<String> note) {
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  /**
   * Checks every component.
   *
   * @param title what it is; not blank; never {@literal null}
   * @param link where to find it, if online; never {@literal null}
   * @param note why it is useful; empty, or not blank; never {@literal null}
   * @throws NullPointerException if a component is {@literal null}, naming it
   * @throws org.communityofpractice.core.validation.InvalidValueException if a component breaks its
   *     rule above, naming it
   */
  public ResourceLink {
    Require.text(title, "title");
    Objects.requireNonNull(link, "link");
    link.filter(l -> !safeLink(l))
        .ifPresent(
            l -> {
              throw InvalidValueException.of(
                  "link", "must be an absolute http, https or mailto URI", l.getScheme());
            });
    Require.optionalText(note, "note");
  }

  /**
   * Whether {@code uri} may be published as a live link.
   *
   * @param uri the link; never {@literal null}
   * @return {@code true} for an absolute {@code http} or {@code https} URI with a host, or a {@code
   *     mailto} URI; {@code false} for anything else, {@code javascript:} and relative links
   *     included
   * @throws NullPointerException if {@code uri} is {@literal null}
   */
  public static boolean safeLink(URI uri) {
    return uri.isAbsolute()
        && SAFE_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
        && (uri.isOpaque() || uri.getHost() != null);
  }

  @Override
  public String toString() {
    return "ResourceLink[" + link.map(URI::getScheme).orElse("no link") + "]";
  }
}
