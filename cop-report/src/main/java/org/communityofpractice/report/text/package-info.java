/** The built-in plain-text renderer: a report as an email body, wrapped at 72 columns. */
package org.communityofpractice.report.text;
