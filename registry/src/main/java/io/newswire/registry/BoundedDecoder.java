package io.newswire.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * A binary decoder that refuses a length or an item count the payload cannot hold <em>before</em> anything
 * is allocated, and bounds the work of one record. Plain Avro allocates what a length prefix claims: a 100-byte
 * record claiming a 1 GB string or a 1-billion-item array makes it allocate gigabytes (an OutOfMemoryError in a
 * stream thread: the record becomes a poison pill). Here a string or bytes value can be at most as long as the
 * payload, and a map block can claim at most as many items as the payload has bytes.
 *
 * <p>Items that take no bytes (nulls, empty records) are the other attack: a 3-byte array block claiming
 * 1,000,000 nulls costs nothing to store but a million steps to read or skip, and a 60 KB record of such blocks
 * held a stream thread for 52 s. So every record has a <em>budget</em> of decoding steps,
 * {@link #budgetFor(long) payload bytes + } {@value #MIN_BUDGET}: each array or map block, each item and each
 * null read costs one. A legitimate record cannot need more: every block starts with a count (at least one
 * byte), every item of our schemas takes at least one byte, and a null in a union follows its branch index (one
 * byte). A record over budget is malformed data ({@link AvroRuntimeException}, which the deserializer turns
 * into a {@code SerializationException}: a dead letter, not a valid article).
 */
final class BoundedDecoder extends Decoder {
  /** Decoding steps every record may take whatever its size (a small record with a few empty arrays, ...). */
  static final long MIN_BUDGET = 1 << 16;

  private final BinaryDecoder in;
  private final long payloadBytes;
  private final long budget;
  private long spent;

  BoundedDecoder(BinaryDecoder in, long payloadBytes) {
    this.in = in;
    this.payloadBytes = payloadBytes;
    this.budget = budgetFor(payloadBytes);
  }

  /** Blocks, items and nulls a record of {@code payloadBytes} may hold in all. */
  static long budgetFor(long payloadBytes) {
    return payloadBytes + MIN_BUDGET;
  }

  /** Steps spent so far on this record (for tests). */
  long spent() {
    return spent;
  }

  private void spend(long steps, String what) {
    spent += steps;
    if (spent > budget) {
      throw new AvroRuntimeException("malformed data: more than " + budget + " blocks, items and nulls in a payload of "
          + payloadBytes + " bytes (" + what + ")");
    }
  }

  /** A block of {@code claimed} items: one step for the block, one per item, refused before reading any. */
  private long block(long claimed, long perBlockMax, String what) {
    long count = items(claimed, perBlockMax, what);
    spend(1 + count, what + " of " + count + " items");
    return count;
  }

  private int length(long claimed, String what) {
    if (claimed < 0 || claimed > payloadBytes) {
      throw new AvroRuntimeException("malformed data: " + what + " length " + claimed + " in a payload of " + payloadBytes + " bytes");
    }
    return (int) claimed;
  }

  private long items(long claimed, long max, String what) {
    if (claimed < 0 || claimed > max) {
      throw new AvroRuntimeException("malformed data: " + what + " of " + claimed + " items in a payload of " + payloadBytes + " bytes");
    }
    return claimed;
  }

  @Override
  public void readNull() throws IOException {
    spend(1, "null");
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int len = length(in.readLong(), "string");
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(len);
    if (len > 0) {
      in.readFixed(result.getBytes(), 0, len);
    }
    return result;
  }

  @Override
  public String readString() throws IOException {
    int len = length(in.readLong(), "string");
    byte[] bytes = new byte[len];
    in.readFixed(bytes, 0, len);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void skipString() throws IOException {
    in.skipFixed(length(in.readLong(), "string"));
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int len = length(in.readLong(), "bytes");
    ByteBuffer result = old != null && len <= old.capacity() ? old.clear() : ByteBuffer.allocate(len);
    in.readFixed(result.array(), result.arrayOffset() + result.position(), len);
    result.limit(len);
    return result;
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipFixed(length(in.readLong(), "bytes"));
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    in.readFixed(bytes, start, length);
  }

  @Override
  public void skipFixed(int length) throws IOException {
    in.skipFixed(length);
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public long readArrayStart() throws IOException {
    return block(in.readArrayStart(), Long.MAX_VALUE, "an array block");
  }

  @Override
  public long arrayNext() throws IOException {
    return block(in.arrayNext(), Long.MAX_VALUE, "an array block");
  }

  @Override
  public long skipArray() throws IOException {
    return block(in.skipArray(), Long.MAX_VALUE, "an array block");
  }

  @Override
  public long readMapStart() throws IOException {
    return block(in.readMapStart(), payloadBytes, "a map block");
  }

  @Override
  public long mapNext() throws IOException {
    return block(in.mapNext(), payloadBytes, "a map block");
  }

  @Override
  public long skipMap() throws IOException {
    return block(in.skipMap(), payloadBytes, "a map block");
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }
}
