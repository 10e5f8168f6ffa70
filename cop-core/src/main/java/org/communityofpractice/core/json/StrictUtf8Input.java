package org.communityofpractice.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;

/**
 * UTF-8 checked strictly, passed on as bytes for Jackson's own UTF-8 parser — an overlong form, a
 * surrogate, a code point above U+10FFFF or a truncated sequence is a {@link
 * MalformedInputException}, never a replacement character and never read as the character it
 * imitates (Jackson's UTF-8 parser once took an overlong {@code <} as {@code <}) — and lazily: the
 * bytes before a malformed sequence are handed out first, and the error comes from the read after
 * them. The parser has then reached the value holding the fault, so the error names its JSON path.
 * The rule is the one Java's UTF-8 decoder keeps (the Unicode standard's table of well-formed
 * sequences); the bytes are checked rather than decoded, since the parser decodes them again.
 */
final class StrictUtf8Input extends InputStream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The shortest read that goes {@linkplain #readChecked straight into the caller's array}: longer
   * than the bytes that may wait for the rest of their sequence.
   */
  private static final int DIRECT = 64;

  private final InputStream in;
  private final byte[] buffer = new byte[8192];

  /** The next byte handed out. */
  private int start;

  /**
   * The end of the bytes checked; a sequence the buffer's end cuts short waits after it for the
   * rest.
   */
  private int checked;

  /** The end of the bytes read. */
  private int end;

  private boolean eof;

  /** Whether the bytes at {@code checked} are not UTF-8. */
  private boolean malformed;

  StrictUtf8Input(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (start == checked && !malformed && !eof && length >= DIRECT && length <= buffer.length) {
      int n = readChecked(into, offset, length);
      if (n > 0) {
        return n;
      }
      // nothing whole yet: what waits is in the buffer, read on below
    }
    while (start == checked) {
      if (malformed || (eof && checked < end)) {
        throw new MalformedInputException(Math.max(1, end - checked));
      }
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(length, checked - start);
    System.arraycopy(buffer, start, into, offset, n);
    start += n;
    return n;
  }

  /**
   * Reads straight into the caller's array, after the bytes that wait for the rest of their
   * sequence, and checks the bytes there, so a parser's large reads copy nothing twice: the whole
   * sequences are handed out, and what follows them (part of a sequence, or a malformed one) waits
   * in the buffer.
   *
   * @return how many bytes are handed out, 0 when none is whole yet
   */
  private int readChecked(byte[] into, int offset, int length) throws IOException {
    int waiting = end - checked;
    System.arraycopy(buffer, checked, into, offset, waiting);
    int n = in.read(into, offset + waiting, length - waiting);
    if (n < 0) {
      eof = true;
    }
    int read = offset + waiting + Math.max(n, 0);
    int whole = check(into, offset, read);
    int rest = read - whole;
    System.arraycopy(into, whole, buffer, 0, rest);
    start = 0;
    checked = 0;
    end = rest;
    return whole - offset;
  }

  /** Reads more bytes after the ones that wait for the rest of their sequence, and checks them. */
  private void fill() throws IOException {
    int waiting = end - checked;
    System.arraycopy(buffer, checked, buffer, 0, waiting);
    start = 0;
    end = waiting;
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
    checked = check(buffer, 0, end);
  }

  /**
   * The end of the whole well-formed sequences from {@code from}: {@code to}, or where a sequence
   * the end cuts short begins, or where a malformed one begins (which is then noted).
   */
  private int check(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      // text is mostly ASCII: eight bytes at a time while none has its high bit set
      while (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i == to) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          low = 0xA0; // shorter forms are overlong
        } else if (b == 0xED) {
          high = 0x9F; // higher ones are surrogates
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          low = 0x90;
        } else if (b == 0xF4) {
          high = 0x8F; // higher ones are above U+10FFFF
        }
      } else {
        malformed = true;
        return i;
      }
      for (int k = 1; k < length; k++) {
        if (i + k >= to) {
          return i; // the rest comes with the next read, or never: then it is truncated
        }
        int c = bytes[i + k] & 0xFF;
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
          malformed = true;
          return i;
        }
      }
      i += length;
    }
    return i;
  }

  @Override
  public void close() {
    // the stream belongs to the caller, who closes it
  }
}
