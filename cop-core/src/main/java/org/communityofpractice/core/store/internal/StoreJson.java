package org.communityofpractice.core.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.communityofpractice.core.json.ArchiveJson;

/** The one archive codec the store uses, for archives and for the values inside journal events. */
public final class StoreJson {
  /** Shared: the codec is immutable and thread-safe once built. */
  public static final ArchiveJson ARCHIVE = ArchiveJson.create();

  private StoreJson() {}

  /** Strict UTF-8: a byte sequence that is not UTF-8 gives empty, never a replacement character. */
  public static Optional<String> utf8(byte[] bytes, int offset, int length) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, length))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
