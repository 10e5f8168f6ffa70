/**
 * Publishable reports of a Community of Practice: the composer (community, through the disclosure
 * policy, to the report model), the renderer SPI and the built-in renderers.
 */
module org.communityofpractice.report {
  requires transitive org.communityofpractice.core;
  requires org.slf4j;
  requires gg.jte.runtime;

  exports org.communityofpractice.report.model;
  exports org.communityofpractice.report.spi;
  exports org.communityofpractice.report.html;

  // the precompiled templates, loaded by the jte runtime through reflection
  opens org.communityofpractice.report.html.internal.templates to gg.jte.runtime;

  uses org.communityofpractice.report.spi.ReportRenderer;

  provides org.communityofpractice.report.spi.ReportRenderer with
      org.communityofpractice.report.html.HtmlRenderer;
}
