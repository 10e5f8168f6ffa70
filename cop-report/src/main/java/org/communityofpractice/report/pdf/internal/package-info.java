/** Printing cop's HTML pages to PDF with openhtmltopdf; not exported. */
package org.communityofpractice.report.pdf.internal;
