/**
 * The guide's own scenarios as small programs: the prison release series ({@link
 * org.communityofpractice.examples.PrisonReleaseSeries}), the lone-working case study ({@link
 * org.communityofpractice.examples.LoneWorkingCaseStudy}) and the example community that holds both
 * ({@link org.communityofpractice.examples.GuideExample}). Each has a {@code main} that prints what
 * it shows and a static method returning what it builds.
 */
package org.communityofpractice.examples;
