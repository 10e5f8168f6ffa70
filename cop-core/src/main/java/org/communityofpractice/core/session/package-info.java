/**
 * Sessions — hosted conversations — and everything recorded in them: attendance, best hopes, the
 * presentation, contributions, actions, small steps, conclusions, artefacts and the next session.
 */
@CopStyle
package org.communityofpractice.core.session;

import org.communityofpractice.core.internal.CopStyle;
