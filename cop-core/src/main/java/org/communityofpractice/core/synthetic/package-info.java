/**
 * A deterministic, seeded generator of synthetic networks of communities — members, consent,
 * sessions with realistic attendance, ratings, actions and small steps — for tests, examples and
 * benchmarks. Sessions stream lazily, so a million of them never need to be held at once.
 *
 * <p>Not exported by {@code module-info}: it is no part of cop's API and may change in any release.
 * cop's own tests and its examples and benchmarks, which run on the class path, use it.
 *
 * <pre>{@code
 * import org.communityofpractice.core.analysis.Analysis;
 * SyntheticNetwork network = SyntheticNetwork.builder().seed(7).communities(40).build();
 * Analysis.Run fold = Analysis.asOf(Instant.now()).start();
 * network.sessions(2_000).forEach(fold::accept);     // as many as the study needs
 * }</pre>
 */
package org.communityofpractice.core.synthetic;
