/**
 * Example 4: a charity's own report format plugged in through the renderer SPI — a one-page poster
 * ({@link org.communityofpractice.examples.poster.PosterRenderer}).
 */
package org.communityofpractice.examples.poster;
