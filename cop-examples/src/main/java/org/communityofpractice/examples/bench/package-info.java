/**
 * JMH benchmarks: what reports cost next to the JSON archive. Run with the {@code bench} profile;
 * see {@link org.communityofpractice.examples.bench.ReportBenchmark}.
 */
package org.communityofpractice.examples.bench;
