package org.communityofpractice.report.internal;

import java.net.URI;
import java.util.Optional;

/**
 * The blocks of a report document, as {@link ReportOutline} produces them; a format writes each
 * block its own way. Every string is text to show, never markup: a sink escapes or lays it out.
 * Consecutive {@link #item} calls form one list.
 */
public interface DocumentSink {
  /** A heading; level 1 is the report's title. */
  void heading(int level, String text);

  /** A paragraph. */
  void paragraph(String text);

  /** A list item at {@code depth} 0 (top) or 1 (nested under the previous item). */
  void item(int depth, String text);

  /** A list item naming a resource, with a link that is already known to be safe. */
  void link(String title, Optional<URI> target, Optional<String> note);

  /**
   * An image with its alternative text and caption; {@code safeReference} says whether it may be
   * shown as an image.
   */
  void image(String reference, boolean safeReference, String altText, String caption);

  /** The end of the document. */
  void end();
}
