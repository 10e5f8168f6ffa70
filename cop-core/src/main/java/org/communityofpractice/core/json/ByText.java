package org.communityofpractice.core.json;

/**
 * Values made once per text a document writes, found again by the parser's characters, so the
 * thousands of references to the same few people and stages make no new string, no new check and
 * no new value each time. A table of its own, open addressing on the text's hash, because a
 * {@link java.util.HashMap} is asked with a string, which is what it saves making.
 */
final class ByText<T> {
  private String[] texts = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /** The value made of the text in {@code chars[offset..offset+length)}, or {@code null}. */
  T get(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = texts.length - 1;
    for (int at = spread(hash) & mask; texts[at] != null; at = (at + 1) & mask) {
      if (same(texts[at], chars, offset, length)) {
        return value(at);
      }
    }
    return null;
  }

  /** The value made of {@code text}, or {@code null}. */
  T get(String text) {
    int mask = texts.length - 1;
    for (int at = spread(text.hashCode()) & mask; texts[at] != null; at = (at + 1) & mask) {
      if (texts[at].equals(text)) {
        return value(at);
      }
    }
    return null;
  }

  /** Notes the value made of {@code text}, which has none yet. */
  void put(String text, T value) {
    if (2 * (size + 1) > texts.length) {
      grow();
    }
    insert(text, value);
    size++;
  }

  private void insert(String text, Object value) {
    int mask = texts.length - 1;
    int at = spread(text.hashCode()) & mask;
    while (texts[at] != null) {
      at = (at + 1) & mask;
    }
    texts[at] = text;
    values[at] = value;
  }

  private void grow() {
    String[] oldTexts = texts;
    Object[] oldValues = values;
    texts = new String[oldTexts.length * 2];
    values = new Object[oldTexts.length * 2];
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        insert(oldTexts[i], oldValues[i]);
      }
    }
  }

  @SuppressWarnings("unchecked") // only put stores values, each a T
  private T value(int at) {
    return (T) values[at];
  }

  /** String's hash, its high bits folded in as HashMap does, since the table is indexed by the low ones. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
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
