package org.communityofpractice.core.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Records a fold has finished with for now but may need again, appended as bytes and read back by
 * offset: in memory while small, in a temporary file (deleted on close) once past {@value
 * #IN_MEMORY} bytes, so a fold over ten million sessions holds little of it on the heap. Not
 * thread-safe.
 */
final class Spill implements AutoCloseable {
  /** Bytes held in memory before the spill moves to a file: cop's own figure, a few MiB. */
  static final int IN_MEMORY = 4 << 20;

  /** The write buffer once in a file. */
  private static final int BUFFER = 1 << 16;

  private final int inMemory;
  private byte[] memory = new byte[256];
  private int used;
  private FileChannel file;
  private ByteBuffer pending;

  /** Bytes in the file. */
  private long flushed;

  /** Bytes appended, in the file or waiting to go in it. */
  private long size;

  private final ByteArrayOutputStream record = new ByteArrayOutputStream(256);
  private final DataOutputStream out = new DataOutputStream(record);

  /** A spill that moves to a file past {@code inMemory} bytes. */
  Spill(int inMemory) {
    this.inMemory = inMemory;
  }

  /** Writes one record. */
  interface Writing {
    void write(DataOutput out) throws IOException;
  }

  /** Appends a record; its offset, to read it back. */
  long append(Writing writing) {
    try {
      record.reset();
      writing.write(out);
      out.flush();
      int length = record.size();
      long at = size;
      if (file == null && used + length + 4 > inMemory) {
        Path path =
            Files.createTempFile(
                "cop-analysis-", ".spill"); // unlinked at once on Linux, at close elsewhere
        file =
            FileChannel.open(
                path,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        pending = ByteBuffer.allocate(BUFFER);
        ByteBuffer held = ByteBuffer.wrap(memory, 0, used);
        while (held.hasRemaining()) {
          flushed += file.write(held, flushed);
        }
        memory = null;
      }
      if (file == null) {
        if (used + length + 4 > memory.length) {
          memory = Arrays.copyOf(memory, Math.max(memory.length * 2, used + length + 4));
        }
        ByteBuffer.wrap(memory, used, 4).putInt(length);
        System.arraycopy(record.toByteArray(), 0, memory, used + 4, length);
        used += 4 + length;
      } else {
        if (pending.remaining() < 4 + length) {
          flush();
        }
        if (pending.remaining() < 4 + length) {
          pending = ByteBuffer.allocate(4 + length); // a record longer than the buffer
        }
        pending.putInt(length).put(record.toByteArray());
      }
      size += 4 + length;
      return at;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill analysis state to a temporary file", e);
    }
  }

  /** Writes what is waiting in the buffer to the file. */
  private void flush() throws IOException {
    pending.flip();
    while (pending.hasRemaining()) {
      flushed += file.write(pending, flushed);
    }
    pending = pending.capacity() == BUFFER ? pending.clear() : ByteBuffer.allocate(BUFFER);
  }

  /** The record at an offset {@link #append} gave. */
  DataInput read(long offset) {
    try {
      if (file == null) {
        int length = ByteBuffer.wrap(memory, (int) offset, 4).getInt();
        return new DataInputStream(new ByteArrayInputStream(memory, (int) offset + 4, length));
      }
      if (offset >= flushed) {
        flush();
      }
      ByteBuffer head = ByteBuffer.allocate(4);
      readFully(head, offset);
      ByteBuffer body = ByteBuffer.allocate(head.flip().getInt());
      readFully(body, offset + 4);
      return new DataInputStream(new ByteArrayInputStream(body.array()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read analysis state back from its temporary file", e);
    }
  }

  private void readFully(ByteBuffer into, long at) throws IOException {
    while (into.hasRemaining()) {
      if (file.read(into, at + into.position()) < 0) {
        throw new EOFException();
      }
    }
  }

  /** How many bytes are spilled. */
  long size() {
    return size;
  }

  /** Every record from an offset on, in order: each as its offset and a reader positioned on it. */
  Cursor from(long offset) {
    return new Cursor(offset);
  }

  /** Reads records one after the other. */
  final class Cursor {
    private final DataInputStream in;
    private long at;
    private int length;

    private Cursor(long offset) {
      this.at = offset;
      if (file != null) {
        try {
          flush();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot spill analysis state to a temporary file", e);
        }
      }
      InputStream raw =
          file == null
              ? new ByteArrayInputStream(memory, (int) offset, used - (int) offset)
              : new java.io.BufferedInputStream(new Positioned(offset), BUFFER);
      this.in = new DataInputStream(raw);
    }

    /** Moves to the next record; false at the end. */
    boolean next() {
      try {
        if (length > 0) {
          in.skipNBytes(length);
          at += 4 + length;
          length = 0;
        }
        if (at >= size) {
          return false;
        }
        length = in.readInt();
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read analysis state back from its temporary file", e);
      }
    }

    /** The record's offset. */
    long offset() {
      return at;
    }

    /**
     * The record's bytes; reading all of it is the caller's choice, {@link #next()} skips the rest.
     */
    DataInput record() {
      return new DataInputStream(new ByteArrayInputStream(bytes()));
    }

    /** The record's bytes as they were appended. */
    byte[] bytes() {
      try {
        byte[] bytes = in.readNBytes(length);
        at += 4 + length;
        length = 0;
        return bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read analysis state back from its temporary file", e);
      }
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The file from an offset on, read by position so that several cursors may read at once. */
  private final class Positioned extends InputStream {
    private long at;

    Positioned(long offset) {
      this.at = offset;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int from, int length) throws IOException {
      int n = file.read(ByteBuffer.wrap(into, from, length), at);
      if (n > 0) {
        at += n;
      }
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, flushed - at));
      at += skipped;
      return skipped;
    }
  }

  @Override
  public void close() {
    memory = null;
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Writes a text that may be {@code null} or long (beyond {@link DataOutput#writeUTF}'s limit):
   * its length in UTF-8 bytes, one up so that 0 means {@code null}, as a count, then the bytes.
   */
  static void writeText(DataOutput out, String text) throws IOException {
    if (text == null) {
      writeCount(out, 0);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writeCount(out, bytes.length + 1);
    out.write(bytes);
  }

  /**
   * Writes a number that is not negative in one byte when below 128, more as it grows: the indexes
   * and small counts that make up most of a spilled state.
   */
  static void writeCount(DataOutput out, int n) throws IOException {
    if (n < 0) {
      throw new IllegalArgumentException("a count must not be negative but was " + n);
    }
    while (n >= 0x80) {
      out.writeByte((n & 0x7F) | 0x80);
      n >>>= 7;
    }
    out.writeByte(n);
  }

  static int readCount(DataInput in) throws IOException {
    int n = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      n |= (b & 0x7F) << shift;
      if (b < 0x80) {
        return n;
      }
    }
  }

  static String readText(DataInput in) throws IOException {
    int length = readCount(in) - 1;
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
