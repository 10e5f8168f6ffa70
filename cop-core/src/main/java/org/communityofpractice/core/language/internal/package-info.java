/**
 * How cop-core finds the words of a language: its bundles of guide texts and refusals, read once
 * per bundle with British English for a language it has none for ({@link
 * org.communityofpractice.core.language.internal.LanguageBundles}); not exported, not part of the
 * API.
 */
package org.communityofpractice.core.language.internal;
