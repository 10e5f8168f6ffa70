/**
 * Publishable reports of a Community of Practice: the composer (community, through the disclosure
 * policy, to the report model), the renderer SPI and the built-in renderers.
 */
module org.communityofpractice.report {
  requires transitive org.communityofpractice.core;
  requires org.slf4j;

  exports org.communityofpractice.report.model;
  exports org.communityofpractice.report.spi;

  uses org.communityofpractice.report.spi.ReportRenderer;
}
