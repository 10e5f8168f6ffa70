package org.communityofpractice.report.spi;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renderers found with {@link ServiceLoader}, by format name. A provider that cannot be loaded,
 * fails to construct or gives no usable format name is logged and skipped, never fatal; when two
 * providers claim one format the first found wins and the second is logged.
 *
 * <pre>{@code
 * ReportRenderers renderers = ReportRenderers.load();
 * renderers.formats();                     // [csv, html, json, markdown, text, ...]
 * ReportRenderer text = renderers.get("text");
 * Optional<ReportRenderer> pdf = renderers.find("pdf"); // empty unless a provider is installed
 * }</pre>
 *
 * <p>Providers are looked for as they are needed, in the order {@link ServiceLoader} finds them:
 * {@link #find} stops at the first provider of the format asked for, so a command that renders one
 * format does not open every jar on the class path to look for more, and {@link #formats} looks
 * through all of them. Which renderer a format gets is the same either way, the first found; a
 * skipped provider is logged when the looking reaches it. Instances are thread-safe.
 */
public final class ReportRenderers {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,31}");

  private static final Logger LOG = LoggerFactory.getLogger(ReportRenderers.class);

  /** Stops a provider list that fails on every step from looping for ever. */
  private static final int MAX_FAILURES = 100;

  private final Iterator<ReportRenderer> providers; // guarded by this

  private final Map<String, ReportRenderer> byFormat = new LinkedHashMap<>(); // guarded by this

  private int failures; // guarded by this

  private boolean allFound; // guarded by this

  private ReportRenderers(Iterator<ReportRenderer> providers) {
    this.providers = providers;
  }

  /**
   * The renderers visible to this module (module path) or to its class loader (class path). A
   * provider that fails to load, or whose format name is bad or taken, is logged and skipped; one
   * whose libraries are missing is left out.
   *
   * @return the renderers found; never {@literal null}
   */
  public static ReportRenderers load() {
    return from(ServiceLoader.load(ReportRenderer.class, ReportRenderers.class.getClassLoader()));
  }

  /**
   * The renderers visible to {@code loader}, such as a plug-in's class loader, skipped and left out
   * as by {@link #load()}.
   *
   * @param loader the class loader to look in; never {@literal null}
   * @return the renderers found; never {@literal null}
   * @throws NullPointerException if {@code loader} is {@literal null}
   */
  public static ReportRenderers load(ClassLoader loader) {
    return from(ServiceLoader.load(ReportRenderer.class, Objects.requireNonNull(loader, "loader")));
  }

  private static ReportRenderers from(ServiceLoader<ReportRenderer> loader) {
    return new ReportRenderers(loader.iterator());
  }

  /**
   * Registers the next provider there is, if any.
   *
   * @return whether there may be more to look at
   */
  private boolean findNext() {
    if (allFound) {
      return false;
    }
    ReportRenderer renderer;
    try {
      if (failures >= MAX_FAILURES || !providers.hasNext()) {
        allFound = true;
        return false;
      }
      renderer = providers.next();
    } catch (ServiceConfigurationError | RuntimeException e) {
      failures++;
      LOG.warn("Skipped a report renderer provider that could not be loaded: {}", e.toString());
      return true;
    }
    register(byFormat, renderer);
    return true;
  }

  private static void register(Map<String, ReportRenderer> found, ReportRenderer renderer) {
    String provider = renderer.getClass().getName();
    String format;
    try {
      format = renderer.format();
      if (!renderer.isAvailable()) {
        // an optional format whose library is not installed: a choice, not a fault
        LOG.debug(
            "Left out report renderer {}: the libraries it needs are not on the class path",
            provider);
        return;
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Skipped report renderer {}: its format name failed: {}", provider, e.toString());
      return;
    }
    if (format == null || !FORMAT.matcher(format).matches()) {
      LOG.warn(
          "Skipped report renderer {}: its format name must be 1..32 lower-case letters, digits, '.', '+' or '-'",
          provider);
      return;
    }
    ReportRenderer earlier = found.putIfAbsent(format, renderer);
    if (earlier != null) {
      LOG.warn(
          "Skipped report renderer {}: format '{}' is already provided by {}",
          provider,
          format,
          earlier.getClass().getName());
    }
  }

  /**
   * The renderer for {@code format}, if one was found.
   *
   * @param format the format's name, such as {@code "markdown"}; never {@literal null}
   * @return the renderer, or empty when none provides the format; never {@literal null}
   * @throws NullPointerException if {@code format} is {@literal null}
   */
  public synchronized Optional<ReportRenderer> find(String format) {
    Objects.requireNonNull(format, "format");
    ReportRenderer renderer = byFormat.get(format);
    while (renderer == null && findNext()) {
      renderer = byFormat.get(format);
    }
    return Optional.ofNullable(renderer);
  }

  /**
   * The renderer for {@code format}.
   *
   * @param format the format's name, such as {@code "markdown"}; never {@literal null}
   * @return the renderer; never {@literal null}
   * @throws NullPointerException if {@code format} is {@literal null}
   * @throws IllegalArgumentException naming the format and the formats available, when there is
   *     none
   */
  public ReportRenderer get(String format) {
    return find(format)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "format must be one of " + formats() + " but was '" + format + "'"));
  }

  /**
   * The format names found.
   *
   * @return the names, in the order their providers were found; unmodifiable; never {@literal null}
   */
  public synchronized Set<String> formats() {
    while (findNext()) {
      // every provider, to the last
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(byFormat.keySet()));
  }
}
