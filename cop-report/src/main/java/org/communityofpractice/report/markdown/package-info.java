/**
 * The built-in Markdown renderer: CommonMark in which every piece of recorded text is escaped, so
 * nothing anyone said can become a link, an image, HTML or markup.
 */
package org.communityofpractice.report.markdown;
