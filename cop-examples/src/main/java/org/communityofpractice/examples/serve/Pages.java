package org.communityofpractice.examples.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the web app's pages from its jte templates, compiled with the app (no template is read at
 * run time), escaping every value for where it stands in the HTML.
 */
final class Pages {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          Pages.class.getClassLoader(),
          "org.communityofpractice.examples.serve.pages");

  private Pages() {}

  /** A page under construction: its title, crumbs and the template's parameters. */
  static final class Builder {
    private final Context ctx;
    private final String template;
    private final String title;
    private final List<Page.Crumb> crumbs = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private final Text text;

    private Builder(Context ctx, String template, String title) {
      this.ctx = ctx;
      this.template = template;
      this.text = Text.of(ctx);
      this.title = title;
      crumbs.add(new Page.Crumb(text.get("crumb.home"), "/"));
    }

    /** A step of the way back named by what it holds, such as a community's name. */
    Builder crumb(String label, String href) {
      crumbs.add(new Page.Crumb(label, href));
      return this;
    }

    /** A step of the way back named in the app's words: {@code key} of its bundle. */
    Builder crumbKey(String key, String href) {
      return crumb(text.get(key), href);
    }

    Builder with(String name, Object value) {
      params.put(name, value);
      return this;
    }

    /** Renders the page into the response. */
    void show() {
      Guard.Browser browser = Guard.of(ctx);
      java.util.Set<Role.Permission> may = ctx.attribute(Guard.MAY);
      params.put(
          "page",
          new Page(
              title,
              text,
              browser.csrf,
              Guard.takeFlash(ctx),
              List.copyOf(crumbs),
              Optional.ofNullable(browser.account).map(Accounts.Account::userName),
              may == null ? java.util.Set.of() : may));
      StringOutput out = new StringOutput();
      TEMPLATES.render(template + ".jte", params, out);
      ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
  }

  /**
   * The page {@code template}, titled by {@code titleKey} of the app's bundle with {@code
   * arguments} put in.
   */
  static Builder page(Context ctx, String template, String titleKey, Object... arguments) {
    return new Builder(ctx, template, Text.of(ctx).get(titleKey, arguments));
  }
}
