/**
 * What the validation exception needs to know of cop's own values; not exported, not part of the
 * API.
 */
package org.communityofpractice.core.validation.internal;
