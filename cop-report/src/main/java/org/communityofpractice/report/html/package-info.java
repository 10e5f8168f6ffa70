/**
 * The {@code html} report renderer: one self-contained, accessible HTML file with inline SVG
 * charts. Use it through {@link org.communityofpractice.report.spi.ReportRenderers} or build an
 * {@link org.communityofpractice.report.html.HtmlRenderer} directly.
 */
package org.communityofpractice.report.html;
