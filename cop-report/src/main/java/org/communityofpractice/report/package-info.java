/**
 * Publishable reports: {@link org.communityofpractice.report.ReportComposer} turns a community,
 * through the disclosure policy, into the report model that renderers format.
 *
 * <pre>{@code
 * import org.communityofpractice.core.privacy.DisclosurePolicy;
 * import org.communityofpractice.core.session.SessionId;
 * import org.communityofpractice.report.model.SessionReport;
 * import org.communityofpractice.report.spi.ReportRenderers;
 * ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(Instant.now()));
 * SessionReport report = composer.session(community, SessionId.of("prison-release-1"));
 * String markdown = ReportRenderers.load().get("markdown").render(report);
 * }</pre>
 */
package org.communityofpractice.report;
