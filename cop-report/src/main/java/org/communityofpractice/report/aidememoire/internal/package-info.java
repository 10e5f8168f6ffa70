/** The aide-memoire's view and template plumbing; not exported. */
package org.communityofpractice.report.aidememoire.internal;
