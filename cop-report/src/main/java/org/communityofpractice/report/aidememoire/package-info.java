/**
 * The aide-memoire: the guide's quick reference card for the facilichair, from a running order, as
 * HTML and accessible PDF, on A4 or A5, in normal or large print.
 */
package org.communityofpractice.report.aidememoire;
