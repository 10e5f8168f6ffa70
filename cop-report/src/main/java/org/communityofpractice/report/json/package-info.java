/** The built-in JSON renderer: the publishable report model itself, deterministic, via Jackson. */
package org.communityofpractice.report.json;
