/**
 * Internals of the HTML renderer: the per-rendering view the templates ask, chart geometry and
 * jte's output adaptor. Not exported.
 */
package org.communityofpractice.report.html.internal;
