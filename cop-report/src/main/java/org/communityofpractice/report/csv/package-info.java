/**
 * The built-in CSV renderer: tidy tables a researcher loads straight into R or pandas — ratings in
 * long format (one row per rating), attendance by perspective and sector, and actions — written by
 * {@code core.table}'s RFC 4180 writer with its formula-injection guard on by default.
 */
package org.communityofpractice.report.csv;
