package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.privacy.DisclosurePolicy;
import org.communityofpractice.core.review.Finding;
import org.communityofpractice.core.review.Review;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.report.ReportComposer;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.spi.ReportRenderer;
import org.communityofpractice.report.spi.ReportRenderers;

/**
 * After a session: the guide's review with what to try next, and every report format, previewed and
 * downloaded. Reports are composed through the disclosure policy as consent stands now.
 */
final class AfterPages {
  /**
   * What an HTML report may do when previewed: it is the report's own document, with its own
   * stylesheet inline, shown sandboxed with nothing else allowed.
   */
  static final String REPORT_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

  private final Store store;
  private final ReportRenderers renderers = ReportRenderers.load();

  AfterPages(Store store) {
    this.store = store;
  }

  void review(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    List<Finding> findings =
        Review.guide().language(Text.of(ctx).tag()).build().review(c, store.clock().instant());
    Pages.page(ctx, "review", "page.review", c.name())
        .crumb(c.name(), App.community(ctx))
        .with("community", c)
        .with("findings", findings)
        .show();
  }

  void session(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Session s = session(c, ctx.pathParam("s"));
    Pages.page(ctx, "session", "page.session", s.title().orElse(s.id().value()))
        .crumb(c.name(), App.community(ctx))
        .with("community", c)
        .with("session", s)
        .with(
            "findings",
            Review.guide()
                .language(Text.of(ctx).tag())
                .build()
                .reviewSession(c, s.id(), store.clock().instant()))
        .with("formats", List.copyOf(renderers.formats()))
        .show();
  }

  private static Session session(Community c, String id) {
    try {
      return c.session(SessionId.of(id)).orElseThrow(Store.NotFound::new);
    } catch (IllegalArgumentException e) {
      throw new Store.NotFound();
    }
  }

  /** {@code /c/{c}/reports/{kind}/{id}/{format}}: a preview, or with {@code ?download} the file. */
  void report(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    ReportRenderer renderer =
        renderers.find(ctx.pathParam("format")).orElseThrow(Store.NotFound::new);
    ReportComposer composer =
        ReportComposer.builder()
            .policy(DisclosurePolicy.asOf(store.clock().instant()))
            .language(Text.of(ctx).tag())
            .build();
    String id = ctx.pathParam("id");
    Report report;
    String back;
    switch (ctx.pathParam("kind")) {
      case "session" -> {
        report = composer.session(c, session(c, id).id());
        back = App.community(ctx) + "/sessions/" + id;
      }
      case "series" -> {
        SeriesId series;
        try {
          series = SeriesId.of(id);
        } catch (IllegalArgumentException e) {
          throw new Store.NotFound();
        }
        if (c.series(series).isEmpty()) {
          throw new Store.NotFound();
        }
        report = composer.series(c, series);
        back = App.community(ctx);
      }
      default -> throw new Store.NotFound();
    }
    String file = id + "." + renderer.fileExtension();
    boolean download = ctx.queryParam("download") != null;
    if (!renderer.writesText()) {
      // a PDF: a browser shows it as it is, so the preview is the file itself
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderer.write(report, bytes);
      ctx.header(
          "Content-Disposition",
          (download ? "attachment" : "inline") + "; filename=\"" + file + "\"");
      ctx.contentType(renderer.mediaType()).result(bytes.toByteArray());
      return;
    }
    String rendered = renderer.render(report);
    if (download) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
      ctx.contentType(renderer.mediaType()).result(rendered);
    } else if (renderer.mediaType().startsWith("text/html")) {
      ctx.header("Content-Security-Policy", REPORT_CSP);
      ctx.contentType(renderer.mediaType()).result(rendered);
    } else {
      Pages.page(ctx, "preview", "page.preview", file)
          .crumb(c.name(), App.community(ctx))
          .crumb(id, back)
          .with("text", rendered)
          .with("download", ctx.path() + "?download")
          .show();
    }
  }
}
