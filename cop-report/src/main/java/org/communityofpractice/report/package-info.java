/**
 * Publishable reports: {@link org.communityofpractice.report.ReportComposer} turns a community,
 * through the disclosure policy, into the report model that renderers format.
 *
 * <pre>{@code
 * ReportComposer composer = ReportComposer.of(DisclosurePolicy.asOf(Instant.now()));
 * SessionReport report = composer.session(community, SessionId.of("s-1"));
 * String markdown = ReportRenderers.load().get("markdown").render(report);
 * }</pre>
 */
package org.communityofpractice.report;
