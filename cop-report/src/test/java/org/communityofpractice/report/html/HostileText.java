package org.communityofpractice.report.html;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Text that tries to break out of where a report puts it: script tags, event handlers, {@code
 * javascript:} URLs, markup that breaks out of attributes, titles and SVG, template syntax,
 * right-to-left overrides and a 10,000-character word. Every payload that could run tries to set
 * {@code window.__pwned} or {@code document.title}, or to raise an alert.
 */
final class HostileText {
  static final String LONG_WORD =
      "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(223).substring(0, 10_000);

  static final List<String> CORPUS =
      List.of(
          "<script>document.title='pwned';window.__pwned=1;alert(1)</script>",
          "<img src=x onerror=\"window.__pwned=2;alert(2)\">",
          "\"><svg onload=\"window.__pwned=3;alert(3)\">",
          "javascript:window.__pwned=4;alert(4)",
          "</title></desc></svg></figure><script>window.__pwned=5</script>",
          "<a href=\"javascript:window.__pwned=6\" id=\"clickme\">click me</a>",
          "' onmouseover='window.__pwned=7' x='",
          "\" onfocus=\"window.__pwned=8\" autofocus=\"",
          "<style>body{display:none}*{width:99999px}</style>",
          "<p><div></p></li></ul></section></main><!--",
          "]]><![CDATA[ --> <!-- -->",
          "\u202Egnp.exe\u202C evil.exe \u200F\u2067\u2066 RTL",
          LONG_WORD,
          "{{7*7}} ${7*7} <%= 7*7 %> @template.x() !{window.__pwned=14}",
          "<iframe src=\"javascript:window.top.__pwned=15\"></iframe>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned=16\">",
          "&lt;script&gt;window.__pwned=17&lt;/script&gt; &amp;amp;",
          "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=18>",
          "<object data=\"javascript:window.__pwned=19\"></object><embed src=\"javascript:window.__pwned=20\">",
          "<form action=\"javascript:window.__pwned=21\"><button>go</button></form>",
          "<base href=\"javascript:window.__pwned=22//\">",
          "<svg><animate onbegin=\"window.__pwned=23\" attributeName=\"x\" dur=\"1s\"/></svg>",
          "<details open ontoggle=\"window.__pwned=24\">x</details>",
          LONG_WORD + " " + LONG_WORD);

  private HostileText() {}

  /** Gives each text asked for the next payload, round the corpus. */
  static UnaryOperator<String> everywhere() {
    AtomicInteger next = new AtomicInteger();
    return plain -> CORPUS.get(next.getAndIncrement() % CORPUS.size());
  }

  /** Gives every text asked for the same payload. */
  static UnaryOperator<String> always(String payload) {
    return plain -> payload;
  }
}
