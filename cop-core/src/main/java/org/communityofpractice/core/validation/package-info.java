/**
 * The one exception type the model throws when a value breaks an invariant. Its field path lets the
 * JSON archive reader and other front ends point at the exact place of the fault.
 */
package org.communityofpractice.core.validation;
