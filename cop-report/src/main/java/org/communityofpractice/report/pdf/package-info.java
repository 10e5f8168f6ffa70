/**
 * The {@code pdf} renderer: reports printed as tagged, accessible PDF (PDF/UA-1, PDF/A-3a) from the
 * HTML report. Needs the optional openhtmltopdf and jsoup dependencies at run time.
 */
package org.communityofpractice.report.pdf;
