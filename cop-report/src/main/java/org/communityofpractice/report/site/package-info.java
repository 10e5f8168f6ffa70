/**
 * The community's report website: a static, self-contained folder of its published reports, with an
 * index by topic and series, an Atom feed of new reports and the resource list.
 */
package org.communityofpractice.report.site;
