/**
 * What the validation exception needs to know of cop's own values, and the words cop-core refuses a
 * value with in each language it speaks ({@link
 * org.communityofpractice.core.validation.internal.Refusals}); not exported, not part of the API.
 */
package org.communityofpractice.core.validation.internal;
