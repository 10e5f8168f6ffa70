package org.communityofpractice.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What {@code cop} writes to a terminal passes through here, so no value from an archive or an
 * argument can drive the terminal: every control character but line feed, tab and a carriage return
 * that ends a line (as in a calendar file's CRLF line ends), every invisible format character (the
 * bidirectional overrides and isolates among them), line and paragraph separators and unpaired
 * surrogates are written as {@code \\uXXXX}; and no line is longer than {@link #MAX_LINE}
 * characters, the rest of it shown as {@code …}.
 */
final class ConsoleWriter extends FilterWriter {
  /**
   * The longest line written: cop's own bound, far more than any message of cop's own needs and
   * little enough that a million-character value in a message cannot flood a terminal or a log.
   */
  static final int MAX_LINE = 2000;

  private int column;
  private char pendingHigh;

  /** A carriage return waiting to see whether a line feed follows, which makes it harmless. */
  private boolean pendingReturn;

  ConsoleWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingReturn) {
      pendingReturn = false;
      if (ch == '\n') {
        out.write('\r');
      } else {
        escape('\r');
      }
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(ch)) {
        // hidden or not is the code point's property (the U+E0000 tag characters hide themselves)
        if (isHidden(Character.toCodePoint(high, ch))) {
          emit(String.format("\\u%04X\\u%04X", (int) high, (int) ch), 1);
        } else {
          emit(String.valueOf(new char[] {high, ch}), 1);
        }
        return;
      }
      escape(high);
    }
    if (ch == '\r') {
      pendingReturn = true;
      return;
    }
    if (ch == '\n') {
      column = 0;
      out.write('\n');
    } else if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (ch != '\t' && isHidden(ch)) {
      escape(ch);
    } else {
      emit(String.valueOf(ch), 1);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(chars[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }

  @Override
  public void flush() throws IOException {
    if (pendingReturn) {
      pendingReturn = false;
      escape('\r');
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      escape(high);
    }
    super.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    super.close();
  }

  private void escape(char ch) throws IOException {
    emit(String.format("\\u%04X", (int) ch), 1);
  }

  /** Writes one character's worth of text, unless the line is full. */
  private void emit(String text, int width) throws IOException {
    if (column < MAX_LINE) {
      out.write(text);
    } else if (column == MAX_LINE) {
      out.write('…');
    }
    column += width;
  }

  private static boolean isHidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (c <= Character.MAX_VALUE && Character.isLowSurrogate((char) c));
  }
}
