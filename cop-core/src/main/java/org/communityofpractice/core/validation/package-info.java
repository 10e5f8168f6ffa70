/**
 * The one exception type the model throws when a value breaks an invariant, and how a value is
 * shown in a message. The exception's field path lets the JSON archive reader and other front ends
 * point at the exact place of the fault; {@link org.communityofpractice.core.validation.Shown} is
 * the rule, shared by cop's messages and its tools, that keeps a value from driving the terminal or
 * log that shows it.
 */
package org.communityofpractice.core.validation;
