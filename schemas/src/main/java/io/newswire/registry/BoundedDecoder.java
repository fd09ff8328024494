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
 * is allocated. Plain Avro allocates what a length prefix claims: a 100-byte record claiming a 1 GB string or
 * a 1-billion-item array makes it allocate gigabytes (an OutOfMemoryError in a stream thread: the record
 * becomes a poison pill). Here a string or bytes value can be at most as long as the payload, and an array or
 * map block can claim at most as many items as the payload has bytes (at least {@link #MIN_ITEMS} for arrays,
 * whose items, e.g. nulls, may take no bytes).
 */
final class BoundedDecoder extends Decoder {
  static final long MIN_ITEMS = 1 << 20;

  private final BinaryDecoder in;
  private final long payloadBytes;

  BoundedDecoder(BinaryDecoder in, long payloadBytes) {
    this.in = in;
    this.payloadBytes = payloadBytes;
  }

  private int length(long claimed, String what) {
    if (claimed < 0 || claimed > payloadBytes) {
      throw new AvroRuntimeException("malformed data: " + what + " length " + claimed + " in a payload of " + payloadBytes + " bytes");
    }
    return (int) claimed;
  }

  private long items(long claimed, long max, String what) {
    if (claimed > max) {
      throw new AvroRuntimeException("malformed data: " + what + " of " + claimed + " items in a payload of " + payloadBytes + " bytes");
    }
    return claimed;
  }

  @Override
  public void readNull() throws IOException {
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
    return items(in.readArrayStart(), Math.max(payloadBytes, MIN_ITEMS), "an array block");
  }

  @Override
  public long arrayNext() throws IOException {
    return items(in.arrayNext(), Math.max(payloadBytes, MIN_ITEMS), "an array block");
  }

  @Override
  public long skipArray() throws IOException {
    return items(in.skipArray(), Math.max(payloadBytes, MIN_ITEMS), "an array block");
  }

  @Override
  public long readMapStart() throws IOException {
    return items(in.readMapStart(), payloadBytes, "a map block");
  }

  @Override
  public long mapNext() throws IOException {
    return items(in.mapNext(), payloadBytes, "a map block");
  }

  @Override
  public long skipMap() throws IOException {
    return items(in.skipMap(), payloadBytes, "a map block");
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }
}
