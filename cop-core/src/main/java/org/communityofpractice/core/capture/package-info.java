/**
 * Live capture: a {@link org.communityofpractice.core.capture.SessionRecorder} walks a session's
 * running order while the conversation runs and records what happens as {@link
 * org.communityofpractice.core.capture.CaptureEvent}s, so a journal can keep every event the moment
 * it is entered. Finishing produces the immutable {@link
 * org.communityofpractice.core.session.Session}. Warnings (a long presentation, a core stage
 * skipped) are returned as {@link org.communityofpractice.core.capture.CaptureWarning} values.
 */
@CopStyle
package org.communityofpractice.core.capture;

import org.communityofpractice.core.internal.CopStyle;
