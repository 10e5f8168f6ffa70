package org.communityofpractice.report.spi;

import java.util.Collections;
import java.util.HashSet;
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
 * cop's own renderers and those found with {@link ServiceLoader}, by format name. cop's own formats
 * ({@code markdown}, {@code text}, {@code json}, {@code csv}, {@code html}, {@code pdf}, {@code
 * post} and {@code ics}) are always cop's: a provider that claims one is logged and skipped, unless
 * cop's own cannot work here (the PDF libraries are missing). Among providers, a provider that
 * cannot be loaded, fails to construct or gives no usable format name is logged and skipped, never
 * fatal; when two claim one format the first found wins and the second is logged.
 *
 * <pre>{@code
 * ReportRenderers renderers = ReportRenderers.load();
 * renderers.formats();                     // [markdown, text, json, csv, html, pdf, post, ics, ...]
 * ReportRenderer text = renderers.get("text");
 * Optional<ReportRenderer> pdf = renderers.find("pdf"); // empty without the PDF libraries
 * }</pre>
 *
 * <p>Renderers are made and looked for as they are needed. {@link #find} of one of cop's own
 * formats makes only that renderer and looks at no provider: on the class path, looking for
 * providers opens every jar on it, the largest part of a short command's start-up. {@link #find} of
 * another format looks through the providers in the order {@link ServiceLoader} finds them and
 * stops at the first of the format asked for; {@link #formats} looks through all of them. Which
 * renderer a format gets is the same either way; a skipped provider is logged when the looking
 * reaches it. Instances are thread-safe.
 */
public final class ReportRenderers {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,31}");

  /**
   * cop's own renderers by format, in the order {@link #formats()} lists them: the classes
   * cop-report provides as services, named rather than referred to, as a services file names them,
   * so that this package does not depend on the renderers that depend on it. {@code
   * ReportRenderersTest} holds the list to what each class says its format is and to the module's
   * {@code provides}.
   */
  static final Map<String, String> OWN =
      orderedMap(
          "markdown", "org.communityofpractice.report.markdown.MarkdownRenderer",
          "text", "org.communityofpractice.report.text.TextRenderer",
          "json", "org.communityofpractice.report.json.JsonRenderer",
          "csv", "org.communityofpractice.report.csv.CsvRenderer",
          "html", "org.communityofpractice.report.html.HtmlRenderer",
          "pdf", "org.communityofpractice.report.pdf.PdfRenderer",
          "post", "org.communityofpractice.report.post.PostRenderer",
          "ics", "org.communityofpractice.report.calendar.IcsRenderer");

  private static final int MAX_FAILURES = 100;

  private final Iterator<ReportRenderer> providers; // guarded by this

  private final Map<String, ReportRenderer> byFormat = new LinkedHashMap<>(); // guarded by this

  /** cop's own formats already made (and found working, or not). */
  private final Set<String> ownMade = new HashSet<>(); // guarded by this

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
      Log.LOG.warn("Skipped a report renderer provider that could not be loaded: {}", e.toString());
      return true;
    }
    register(renderer);
    return true;
  }

  /**
   * cop's own renderer of {@code format}, made and registered the first time it is asked for.
   *
   * @return the renderer, or {@literal null} when it cannot work here (the libraries it needs are
   *     missing) and a provider may give the format instead
   */
  private ReportRenderer own(String format) {
    if (ownMade.add(format)) {
      ReportRenderer renderer;
      boolean available;
      try {
        renderer = made(format);
        available = renderer.isAvailable();
      } catch (RuntimeException | LinkageError e) {
        Log.LOG.warn("Skipped cop's own report renderer of '{}': {}", format, e.toString());
        return null;
      }
      if (available) {
        byFormat.putIfAbsent(format, renderer);
      } else {
        Log.LOG.debug(
            "Left out report renderer {}: the libraries it needs are not on the class path",
            renderer.getClass().getName());
      }
    }
    return byFormat.get(format);
  }

  /** A new renderer of one of cop's own formats. */
  private static ReportRenderer made(String format) {
    String name = OWN.get(format);
    try {
      return Class.forName(name, true, ReportRenderers.class.getClassLoader())
          .asSubclass(ReportRenderer.class)
          .getConstructor()
          .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cop-report's own renderer " + name + " cannot be made", e);
    }
  }

  private static Map<String, String> orderedMap(String... formatsAndClasses) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < formatsAndClasses.length; i += 2) {
      map.put(formatsAndClasses[i], formatsAndClasses[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  private void register(ReportRenderer renderer) {
    String provider = renderer.getClass().getName();
    String format;
    try {
      format = renderer.format();
      if (!renderer.isAvailable()) {
        // an optional format whose library is not installed: a choice, not a fault
        Log.LOG.debug(
            "Left out report renderer {}: the libraries it needs are not on the class path",
            provider);
        return;
      }
    } catch (RuntimeException | LinkageError e) {
      Log.LOG.warn(
          "Skipped report renderer {}: its format name failed: {}", provider, e.toString());
      return;
    }
    if (format == null || !FORMAT.matcher(format).matches()) {
      Log.LOG.warn(
          "Skipped report renderer {}: its format name must be 1..32 lower-case letters, digits, '.', '+' or '-'",
          provider);
      return;
    }
    if (OWN.containsKey(format)) {
      ReportRenderer own = own(format);
      if (own != null && own.getClass() == renderer.getClass()) {
        return; // cop's own, found again by the service loader
      }
    }
    ReportRenderer earlier = byFormat.putIfAbsent(format, renderer);
    if (earlier != null) {
      Log.LOG.warn(
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
    if (renderer == null && OWN.containsKey(format)) {
      renderer = own(format);
    }
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
    for (String format : OWN.keySet()) {
      own(format);
    }
    while (findNext()) {
      // every provider, to the last
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(byFormat.keySet()));
  }

  /** The log, made when first written to: a command that renders one format never starts it. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(ReportRenderers.class);
  }
}
