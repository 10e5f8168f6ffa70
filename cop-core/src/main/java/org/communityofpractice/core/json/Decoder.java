package org.communityofpractice.core.json;

/** Reads one kind of value from a located JSON node; the node's path goes into every error. */
@FunctionalInterface
interface Decoder<T> {
  T decode(JsonIn in) throws ArchiveFormatException;
}
