/**
 * The member register and the people in it: the only home of personal data (names, contact details,
 * organisations, lived experience). Everything else refers to people by {@link
 * org.communityofpractice.core.people.PersonId}.
 */
@CopStyle
package org.communityofpractice.core.people;

import org.communityofpractice.core.internal.CopStyle;
