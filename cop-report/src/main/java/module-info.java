/**
 * Publishable reports of a Community of Practice: the composer (community, through the disclosure
 * policy, to the report model), the renderer SPI and the built-in renderers.
 */
module org.communityofpractice.report {
  requires transitive org.communityofpractice.core;
  requires org.slf4j;
  requires gg.jte.runtime;
  // the templates' generated sources carry @javax.annotation.processing.Generated; compile time
  // only
  requires static java.compiler;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // circulation only: optional, so a project that renders reports need not carry them
  requires static jakarta.mail;
  requires static org.eclipse.angus.mail;
  requires static ical4j.core;
  // the pdf renderer's printing libraries: optional, looked for at run time
  requires static openhtmltopdf.core;
  requires static openhtmltopdf.pdfbox;
  requires static openhtmltopdf.svg.support;
  requires static org.apache.pdfbox;
  requires static org.jsoup;
  requires static java.desktop;

  exports org.communityofpractice.report;
  exports org.communityofpractice.report.model;
  exports org.communityofpractice.report.spi;
  exports org.communityofpractice.report.html;
  exports org.communityofpractice.report.markdown;
  exports org.communityofpractice.report.text;
  exports org.communityofpractice.report.json;
  exports org.communityofpractice.report.csv;
  exports org.communityofpractice.report.check;
  exports org.communityofpractice.report.mail;
  exports org.communityofpractice.report.calendar;
  exports org.communityofpractice.report.pdf;
  exports org.communityofpractice.report.aidememoire;
  exports org.communityofpractice.report.post;
  exports org.communityofpractice.report.site;

  // the JSON renderer reads the model's records reflectively
  opens org.communityofpractice.report.model to
      com.fasterxml.jackson.databind;
  // the precompiled HTML templates, loaded by the jte runtime through reflection
  opens org.communityofpractice.report.html.internal.templates to
      gg.jte.runtime;

  uses org.communityofpractice.report.spi.ReportRenderer;

  provides org.communityofpractice.report.spi.ReportRenderer with
      org.communityofpractice.report.markdown.MarkdownRenderer,
      org.communityofpractice.report.text.TextRenderer,
      org.communityofpractice.report.json.JsonRenderer,
      org.communityofpractice.report.csv.CsvRenderer,
      org.communityofpractice.report.html.HtmlRenderer,
      org.communityofpractice.report.pdf.PdfRenderer,
      org.communityofpractice.report.post.PostRenderer,
      org.communityofpractice.report.calendar.IcsRenderer;
}
