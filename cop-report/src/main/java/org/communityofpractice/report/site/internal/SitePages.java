package org.communityofpractice.report.site.internal;

import static org.communityofpractice.report.site.internal.Markup.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.spi.Labels;

/**
 * The site's own pages: the index of reports by topic and series, and the resource list. Plain HTML
 * with its style inline, no script, nothing fetched from elsewhere; every text escaped.
 */
public final class SitePages {
  public static final String INDEX = "index.html";
  public static final String RESOURCES = "resources.html";
  public static final String FEED = "feed.xml";

  private final Labels labels;
  private final String community;
  private final String place;

  /** The extensions each report is written in besides HTML, with the label of each: pdf, md. */
  private final Map<String, String> otherFormats;

  /**
   * @param otherFormats each file extension written beside the HTML (such as {@code pdf}) and the
   *     label key that names it
   */
  public SitePages(
      Labels labels, String community, String place, Map<String, String> otherFormats) {
    this.labels = labels;
    this.community = community;
    this.place = place;
    this.otherFormats = otherFormats;
  }

  /** The index: the impact report, then each topic with its series and sessions, newest last. */
  public String index(List<SiteEntry> entries) {
    StringBuilder main = new StringBuilder();
    List<SiteEntry> impact = entries.stream().filter(e -> e.topic().isEmpty()).toList();
    if (!impact.isEmpty()) {
      main.append("<section>\n<h2>")
          .append(escape(labels.get("site.impact")))
          .append("</h2>\n<ul>\n");
      impact.forEach(e -> main.append("<li>").append(line(e)).append("</li>\n"));
      main.append("</ul>\n</section>\n");
    }
    Map<String, List<SiteEntry>> byTopic = new LinkedHashMap<>();
    entries.stream()
        .filter(e -> e.topic().isPresent())
        .forEach(e -> byTopic.computeIfAbsent(e.topic().get(), t -> new ArrayList<>()).add(e));
    for (Map.Entry<String, List<SiteEntry>> topic : byTopic.entrySet()) {
      main.append("<section>\n<h2>")
          .append(escape(labels.format("site.topic", topic.getKey())))
          .append("</h2>\n");
      Map<Optional<String>, List<SiteEntry>> bySeries = new LinkedHashMap<>();
      topic
          .getValue()
          .forEach(e -> bySeries.computeIfAbsent(e.series(), s -> new ArrayList<>()).add(e));
      for (Map.Entry<Optional<String>, List<SiteEntry>> series : bySeries.entrySet()) {
        List<SiteEntry> reports = series.getValue();
        main.append("<h3>")
            .append(
                escape(
                    series
                        .getKey()
                        .map(s -> labels.format("site.series", s))
                        .orElse(labels.get("site.otherSessions"))))
            .append("</h3>\n");
        if (series.getKey().isPresent() && reports.size() > 1) {
          SiteEntry first =
              reports.stream().filter(e -> !e.isSeries()).findFirst().orElse(reports.get(0));
          SiteEntry last = reports.get(reports.size() - 1);
          main.append("<p>")
              .append(escape(labels.get("site.period.before")))
              .append(' ')
              .append(time(first))
              .append(' ')
              .append(escape(labels.get("site.period.between")))
              .append(' ')
              .append(time(last))
              .append("</p>\n");
        }
        main.append("<ul>\n");
        reports.forEach(e -> main.append("<li>").append(line(e)).append("</li>\n"));
        main.append("</ul>\n");
      }
      main.append("</section>\n");
    }
    if (entries.isEmpty()) {
      main.append("<p>").append(escape(labels.get("site.none"))).append("</p>\n");
    }
    return page(labels.format("site.title", community), INDEX, main.toString());
  }

  /** The resource list. */
  public String resources(List<ResourceLink> resources) {
    StringBuilder main = new StringBuilder();
    if (resources.isEmpty()) {
      main.append("<p>").append(escape(labels.get("site.resources.none"))).append("</p>\n");
    } else {
      main.append("<ul>\n");
      for (ResourceLink r : resources) {
        main.append("<li>");
        if (r.link().isPresent()) {
          main.append("<a href=\"")
              .append(escape(r.link().get().toASCIIString()))
              .append("\">")
              .append(escape(r.title()))
              .append("</a>");
        } else {
          main.append(escape(r.title()));
        }
        r.note().ifPresent(n -> main.append(" &#8212; ").append(escape(n)));
        main.append("</li>\n");
      }
      main.append("</ul>\n");
    }
    return page(labels.format("site.resources.title", community), RESOURCES, main.toString());
  }

  /** One report: its title linking to the HTML, its date, and its other formats. */
  private String line(SiteEntry e) {
    StringBuilder line = new StringBuilder();
    line.append("<a href=\"")
        .append(escape(e.path()))
        .append(".html\">")
        .append(escape(e.title()))
        .append("</a>, ")
        .append(time(e));
    if (!otherFormats.isEmpty()) {
      line.append(" (");
      boolean first = true;
      for (Map.Entry<String, String> format : otherFormats.entrySet()) {
        line.append(first ? "" : ", ")
            .append("<a href=\"")
            .append(escape(e.path()))
            .append('.')
            .append(escape(format.getKey()))
            .append("\">")
            .append(escape(labels.get(format.getValue())))
            .append("<span class=\"hidden\">: ")
            .append(escape(e.title()))
            .append("</span></a>");
        first = false;
      }
      line.append(')');
    }
    return line.toString();
  }

  private String time(SiteEntry e) {
    return "<time datetime=\""
        + e.dated().toLocalDate()
        + "\">"
        + escape(labels.date(e.dated()))
        + "</time>";
  }

  private String page(String title, String self, String main) {
    StringBuilder page = new StringBuilder(4096);
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(labels.languageTag()))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n")
        .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
        .append(escape(labels.format("site.feed.title", community)))
        .append("\" href=\"")
        .append(FEED)
        .append("\">\n")
        .append("<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<p>")
        .append(escape(labels.format("heading.community", community, place)))
        .append("</p>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<nav aria-label=\"")
        .append(escape(labels.get("site.nav")))
        .append("\">\n<ul>\n");
    nav(page, INDEX, "site.reports", self);
    nav(page, RESOURCES, "site.resources", self);
    nav(page, FEED, "site.feed", self);
    page.append("</ul>\n</nav>\n</header>\n<main>\n")
        .append(main)
        .append("</main>\n</body>\n</html>\n");
    return page.toString();
  }

  private void nav(StringBuilder page, String href, String label, String self) {
    page.append("<li><a href=\"")
        .append(href)
        .append('"')
        .append(href.equals(self) ? " aria-current=\"page\"" : "")
        .append('>')
        .append(escape(labels.get(label)))
        .append("</a></li>\n");
  }

  private static final String STYLE =
      """
      html { font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
      body { margin: 0 auto; max-width: 50rem; padding: 1.5rem 1rem 3rem; overflow-wrap: anywhere; }
      h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
      h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid #c9d1d9; }
      h3 { font-size: 1.15rem; margin: 1.25rem 0 0.4rem; }
      a { color: #0b4f8a; }
      header p { color: #404040; margin: 0; }
      nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
      nav a[aria-current] { font-weight: 600; }
      li { margin: 0.3rem 0; }
      .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      """;
}
