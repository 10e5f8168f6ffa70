/**
 * The renderer SPI: a {@link org.communityofpractice.report.spi.ReportRenderer} turns a publishable
 * report into one format; {@link org.communityofpractice.report.spi.ReportRenderers} finds
 * renderers with {@link java.util.ServiceLoader} by format name; {@link
 * org.communityofpractice.report.spi.Labels} gives renderers the words of a report's language from
 * a resource bundle.
 *
 * <p>A third-party renderer implements {@code ReportRenderer} with a public no-argument constructor
 * and registers it both in its {@code module-info.java} ({@code provides
 * org.communityofpractice.report.spi.ReportRenderer with ...}) and in {@code
 * META-INF/services/org.communityofpractice.report.spi.ReportRenderer}, so it is found on the
 * module path and on the class path alike.
 */
package org.communityofpractice.report.spi;
