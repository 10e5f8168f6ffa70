package org.communityofpractice.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.communityofpractice.core.validation.Shown;

/**
 * What {@code cop} writes to a terminal passes through here, so no value from an archive or an
 * argument can drive the terminal: every character that {@link Shown#hides} names but line feed,
 * tab and a carriage return that ends a line (as in a calendar file's CRLF line ends) is written as
 * {@code \\uXXXX}, the same rule as cop's messages; and no line is longer than {@link #MAX_LINE}
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
        if (Shown.hides(Character.toCodePoint(high, ch))) {
          emit(Shown.escaped(high) + Shown.escaped(ch), 1);
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
    } else if (ch != '\t' && Shown.hides(ch)) {
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
    emit(Shown.escaped(ch), 1);
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
}
