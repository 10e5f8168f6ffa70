/**
 * The HTML report's jte templates, compiled here at build time by the jte Maven plugin from {@code
 * src/main/jte}; opened to the jte runtime, which loads them by reflection.
 */
package org.communityofpractice.report.html.internal.templates;
