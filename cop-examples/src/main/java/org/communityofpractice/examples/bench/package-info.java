/**
 * JMH benchmarks: what a session report costs next to the JSON archive ({@link
 * org.communityofpractice.examples.bench.ReportBenchmark}, profile {@code bench-report}), and the
 * analysis suite over 10^4 to 10^6 synthetic sessions ({@link
 * org.communityofpractice.examples.bench.AnalysisBench}, profile {@code bench-analysis}).
 */
package org.communityofpractice.examples.bench;
