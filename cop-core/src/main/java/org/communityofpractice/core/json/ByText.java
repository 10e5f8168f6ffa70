package org.communityofpractice.core.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Values made once per text a document writes, found again by the parser's characters, so the
 * thousands of references to the same few people and stages make no new string, no new check and no
 * new value each time. A table of its own, open addressing on the text's hash, because a {@link
 * java.util.HashMap} is asked with a string, which is what it saves making.
 *
 * <p>A document chooses its texts, so it can choose texts that share one {@link String#hashCode()}
 * ({@code "Aa"} and {@code "BB"}, and every string made of such pairs): on a plain open-addressing
 * table each such text would be compared with all the ones before it, and reading would take time
 * quadratic in the document. So a text is looked for in at most {@value #PROBES} slots; a text that
 * finds those slots taken goes to a {@link HashMap}, whose buckets turn into search trees when many
 * texts collide. Finding a text thus costs at most {@value #PROBES} comparisons plus a logarithmic
 * search, whatever the document holds.
 */
final class ByText<T> {
  /**
   * The slots a text may take, counted from its own. Sixteen is cop's own choice: with the table at
   * most half full and its hash mixed, an ordinary text needs more only by rare chance, so the
   * overflow map stays empty unless texts collide on purpose.
   */
  static final int PROBES = 16;

  private String[] texts = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /**
   * Texts whose {@link #PROBES} slots were all taken when they came, or {@code null} while none.
   */
  private Map<String, Object> overflow;

  /** The value made of the text in {@code chars[offset..offset+length)}, or {@code null}. */
  T get(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = texts.length - 1;
    int at = spread(hash) & mask;
    for (int probe = 0; probe < PROBES; probe++, at = (at + 1) & mask) {
      String text = texts[at];
      if (text == null) {
        return null;
      }
      if (same(text, chars, offset, length)) {
        return value(at);
      }
    }
    return overflow == null ? null : fromOverflow(new String(chars, offset, length));
  }

  /** The value made of {@code text}, or {@code null}. */
  T get(String text) {
    int mask = texts.length - 1;
    int at = spread(text.hashCode()) & mask;
    for (int probe = 0; probe < PROBES; probe++, at = (at + 1) & mask) {
      String known = texts[at];
      if (known == null) {
        return null;
      }
      if (known.equals(text)) {
        return value(at);
      }
    }
    return overflow == null ? null : fromOverflow(text);
  }

  /** Notes the value made of {@code text}, which has none yet. */
  void put(String text, T value) {
    if (2 * (size + 1) > texts.length) {
      grow();
    }
    insert(text, value);
    size++;
  }

  /** How many texts did not fit in their slots; for tests. */
  int overflowing() {
    return overflow == null ? 0 : overflow.size();
  }

  /**
   * Puts the text in the first free one of its slots, or else in the overflow map. A text in the
   * overflow map thus always has all its slots taken, and slots are never freed, so a search that
   * meets a free slot may stop there.
   */
  private void insert(String text, Object value) {
    int mask = texts.length - 1;
    int at = spread(text.hashCode()) & mask;
    for (int probe = 0; probe < PROBES; probe++, at = (at + 1) & mask) {
      if (texts[at] == null) {
        texts[at] = text;
        values[at] = value;
        return;
      }
    }
    if (overflow == null) {
      overflow = new HashMap<>();
    }
    overflow.put(text, value);
  }

  private void grow() {
    String[] oldTexts = texts;
    Object[] oldValues = values;
    Map<String, Object> oldOverflow = overflow;
    texts = new String[oldTexts.length * 2];
    values = new Object[oldTexts.length * 2];
    overflow = null;
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        insert(oldTexts[i], oldValues[i]);
      }
    }
    if (oldOverflow != null) {
      oldOverflow.forEach(this::insert);
    }
  }

  @SuppressWarnings("unchecked") // only put stores values, each a T
  private T value(int at) {
    return (T) values[at];
  }

  @SuppressWarnings("unchecked") // only put stores values, each a T
  private T fromOverflow(String text) {
    return (T) overflow.get(text);
  }

  /**
   * String's hash, mixed so that every bit of it moves the low ones the table is indexed by
   * (MurmurHash3's finaliser): ids that count up ({@code p-1}, {@code p-2}, ...) have hashes that
   * count up too, and would otherwise fill runs of neighbouring slots.
   */
  private static int spread(int hash) {
    int h = hash ^ (hash >>> 16);
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private static boolean same(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
