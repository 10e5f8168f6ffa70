/**
 * The publishable report model: everything a renderer may show, and nothing else. The composer in
 * {@code org.communityofpractice.report} builds it from a community through the disclosure policy,
 * so it holds no person ids, no register and no contact details — only text already cleared for
 * publication, counts (with small cells suppressed) and attributions already resolved ("Housing
 * Manager, Stoke-on-Trent", a consented name, or none).
 *
 * <p>Every value is an immutable record, safe to share between threads. Text fields hold what
 * people said, so {@code toString()} shows only counts and ids.
 *
 * <p>Where the privacy view already has the type of a fact, the model holds it as it is: each count
 * is the view's {@link org.communityofpractice.core.privacy.Count}, and a scaling result the
 * domain's {@link org.communityofpractice.core.scaling.ScalingQuestion} and {@link
 * org.communityofpractice.core.scaling.ScalingStatistics}. Its own types say the rest in a report's
 * words: {@link RepresentationSummary} and {@link ActionProgressSummary} beside the view's {@code
 * Representation} and {@code ActionProgress}, as {@link PresentationSummary} beside its
 * presentation.
 *
 * <p>Labels ("Who was here", "fewer than 5") are not in the model: a renderer takes them from
 * {@link org.communityofpractice.report.spi.Labels} in the report's {@link Report#language()}.
 */
@ReportStyle
package org.communityofpractice.report.model;

import org.communityofpractice.report.model.internal.ReportStyle;
