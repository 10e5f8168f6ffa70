/**
 * Reading the examples' own bundles of words: what the {@code cop} tool and the {@code cop serve}
 * web app say, one {@code .properties} file per language.
 */
package org.communityofpractice.examples.text;
