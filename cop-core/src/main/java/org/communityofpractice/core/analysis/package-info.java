/**
 * Analyses for researchers: streaming folds over the sessions of one community or a whole national
 * network, producing tidy, documented {@link org.communityofpractice.core.table.Table}s — scaling
 * (with movement across a series, and paired movement for consenting people), attendance and
 * retention, representation, actions and small steps, contributions — exported as CSV or JSON
 * Lines. Restricted people and people without research consent never appear in person-level rows.
 *
 * <pre>{@code
 * AnalysisTables tables = Analysis.asOf(Instant.now()).run(List.of(community));
 * tables.exportCsv(folder.resolve("analysis"));
 * }</pre>
 */
package org.communityofpractice.core.analysis;
