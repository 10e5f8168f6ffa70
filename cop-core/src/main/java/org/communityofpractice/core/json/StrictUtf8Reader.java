package org.communityofpractice.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoded strictly — an overlong form, a surrogate, a code point above U+10FFFF or a
 * truncated sequence is a {@link java.nio.charset.MalformedInputException}, never a replacement
 * character — and lazily: the characters before a malformed sequence are handed out first, and the
 * error comes from the read after them. The parser has then reached the value holding the fault, so
 * the error names its JSON path. ({@link java.io.InputStreamReader} throws as soon as its read-ahead
 * meets the fault, before the parser has seen the bytes before it.)
 *
 * <p>Reads of fewer than two characters are not supported (a supplementary character needs two);
 * the JSON parser always asks for many.
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean eof;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length < 2) {
      throw new IllegalArgumentException("read at least two characters at a time");
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, eof);
      int decoded = out.position() - offset;
      if (result.isError()) {
        if (decoded > 0) {
          return decoded;
        }
        result.throwException();
      }
      if (result.isOverflow() || decoded > 0) {
        return decoded;
      }
      if (eof) {
        decoder.flush(out);
        return out.position() > offset ? out.position() - offset : -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() {
    // the stream belongs to the caller, who closes it
  }
}
