package fishaudio.client.internal.codec;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessageInsufficientBufferException;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessagePacker;
import org.msgpack.core.MessageSizeException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.core.buffer.MessageBuffer;
import org.msgpack.core.buffer.MessageBufferOutput;
import org.msgpack.value.ValueType;

/**
 * MessagePack bodies ({@code application/msgpack}) and WebSocket frames, in and out, as a tree of plain values;
 * msgpack-core does the byte work.
 *
 * <p>The tree: {@code Map<String, ?>} (a map, in iteration order), {@code List<?>} (an array), {@code String},
 * {@code Boolean}, {@code Byte}/{@code Short}/{@code Integer}/{@code Long} (the smallest integer encoding),
 * {@code Double} (float 64, but see below), {@code Float} (float 32), {@link ByteString} and {@code byte[]} (bin),
 * and null (nil). Anything else, {@code BigDecimal} and {@code BigInteger} included, is refused.
 *
 * <p><b>Integral doubles become integers.</b> A {@code Double} holding a whole number within the range of a long
 * (not -0.0) is written as an integer: trees read from JSON hold every number as a Double, and the server's schemas
 * declare integers where they mean them. (Moshi's {@code JsonAdapter.toJsonValue} already keeps a long as a
 * {@code Long}; a {@code number} field such as a speed of 1.0 is then sent as the integer 1, which the server reads
 * as the same number.) A {@code Float} is always written as float 32.
 *
 * <p>Decoding gives back the same tree: maps as {@code LinkedHashMap<String, Object>}, bin as {@link ByteString},
 * integers as {@code Long}, floats as {@code Double}. It refuses extension types (timestamps included), map keys that
 * are not strings, a key given twice, strings that are not UTF-8, unsigned integers above {@code Long.MAX_VALUE},
 * and bytes left after the value. Every size a header claims is checked against the {@link Limits} and against the
 * bytes actually left before anything is allocated for it.
 */
public final class MessagePack {
  /** Containers nested deeper than this when encoding: a tree that refers to itself. */
  static final int MAX_ENCODE_DEPTH = 256;

  private MessagePack() {}

  /**
   * The MessagePack encoding of {@code value}.
   *
   * @throws IllegalArgumentException naming the type and where it sits, for a value of a type not listed above, a
   *     map key that is not a string, or a tree nested deeper than 256 levels (a cycle)
   */
  public static byte[] encode(@Nullable Object value) {
    Buffer buffer = new Buffer();
    try {
      encode(value, buffer);
    } catch (IOException e) {
      throw new AssertionError(e); // A Buffer does not fail.
    }
    return buffer.readByteArray();
  }

  /**
   * Writes the MessagePack encoding of {@code value} to {@code sink}, without flushing it. Bin values from a
   * {@link ByteString} go to the sink as they are, not through another copy. On an IllegalArgumentException the
   * sink may hold part of the value.
   *
   * @throws IllegalArgumentException as {@link #encode(Object)}
   */
  public static void encode(@Nullable Object value, BufferedSink sink) throws IOException {
    MessagePacker packer = org.msgpack.core.MessagePack.DEFAULT_PACKER_CONFIG.newPacker(new SinkOutput(sink));
    new Encoder(packer, sink).write(value, 0);
    packer.flush();
  }

  /**
   * Decodes exactly one value filling {@code bytes}.
   *
   * @throws MessagePackDecodingException when the bytes are malformed, of a kind not read here, or over the limits
   */
  public static @Nullable Object decode(byte[] bytes, Limits limits) throws MessagePackDecodingException {
    if (bytes.length > limits.maxTotalBytes) {
      throw new MessagePackDecodingException(
          "MessagePack input of " + bytes.length + " bytes exceeds the limit of " + limits.maxTotalBytes);
    }
    MessageUnpacker unpacker = org.msgpack.core.MessagePack.DEFAULT_UNPACKER_CONFIG.newUnpacker(bytes);
    Decoder decoder = new Decoder(unpacker, bytes, limits);
    try {
      if (!unpacker.hasNext()) {
        throw new MessagePackDecodingException("MessagePack input is empty");
      }
      Object value = decoder.read(1);
      if (unpacker.hasNext()) {
        throw decoder.error("bytes left after the value");
      }
      return value;
    } catch (MessageSizeException e) {
      // A 32-bit length of 2^31 or more, which an int cannot hold: over every limit, and never allocated.
      throw new MessagePackDecodingException(
          "malformed MessagePack: a header claiming " + e.getSize() + " elements or bytes", e);
    } catch (MessageInsufficientBufferException e) {
      throw new MessagePackDecodingException("MessagePack input ends inside a value header", e);
    } catch (MessagePackException e) {
      // msgpack-core's messages name formats and sizes, never payload bytes.
      throw new MessagePackDecodingException("malformed MessagePack: " + e.getMessage(), e);
    } catch (MessagePackDecodingException e) {
      throw e;
    } catch (IOException e) {
      throw new AssertionError(e); // An array input does not fail.
    }
  }

  /**
   * Reads {@code source} to its end, at most {@link Limits#maxTotalBytes()} of it, and decodes the one value it
   * holds. Does not close the source.
   *
   * @throws MessagePackDecodingException when the source holds more than the limit (found once one byte more has
   *     arrived), or as {@link #decode(byte[], Limits)}
   * @throws IOException when the source fails
   */
  public static @Nullable Object decode(BufferedSource source, Limits limits) throws IOException {
    Buffer buffer = new Buffer();
    long max = limits.maxTotalBytes;
    while (buffer.size() <= max && source.read(buffer, max + 1 - buffer.size()) != -1) {
      // Until the end, or one byte past the limit.
    }
    if (buffer.size() > max) {
      throw new MessagePackDecodingException("MessagePack input exceeds the limit of " + max + " bytes");
    }
    return decode(buffer.readByteArray(), limits);
  }

  /** Bounds on what one decode may build. Immutable. */
  public static final class Limits {
    private static final Limits DEFAULTS = new Limits(64, 100_000, 16L << 20);

    private final int maxDepth;
    private final int maxCollectionSize;
    private final long maxTotalBytes;

    private Limits(int maxDepth, int maxCollectionSize, long maxTotalBytes) {
      if (maxDepth < 1 || maxDepth > 1000) {
        throw new IllegalArgumentException("maxDepth must be within [1, 1000]: " + maxDepth);
      }
      if (maxCollectionSize < 0) {
        throw new IllegalArgumentException("maxCollectionSize must not be negative: " + maxCollectionSize);
      }
      if (maxTotalBytes < 1 || maxTotalBytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxTotalBytes must be within [1, 2^31 - 9]: " + maxTotalBytes);
      }
      this.maxDepth = maxDepth;
      this.maxCollectionSize = maxCollectionSize;
      this.maxTotalBytes = maxTotalBytes;
    }

    /** Depth 64, 100,000 elements a collection, 16 MiB in all. */
    public static Limits defaults() {
      return DEFAULTS;
    }

    /** These limits with containers nested at most {@code maxDepth} deep (a top-level array is depth 1). */
    public Limits withMaxDepth(int maxDepth) {
      return new Limits(maxDepth, maxCollectionSize, maxTotalBytes);
    }

    /** These limits with at most {@code maxCollectionSize} elements in one array, or entries in one map. */
    public Limits withMaxCollectionSize(int maxCollectionSize) {
      return new Limits(maxDepth, maxCollectionSize, maxTotalBytes);
    }

    /** These limits with at most {@code maxTotalBytes} of input. */
    public Limits withMaxTotalBytes(long maxTotalBytes) {
      return new Limits(maxDepth, maxCollectionSize, maxTotalBytes);
    }

    /** The deepest nesting of containers; a top-level array or map is depth 1. */
    public int maxDepth() {
      return maxDepth;
    }

    /** The most elements of one array, or entries of one map. */
    public int maxCollectionSize() {
      return maxCollectionSize;
    }

    /** The most bytes of input. */
    public long maxTotalBytes() {
      return maxTotalBytes;
    }
  }

  private static final class Encoder {
    private final MessagePacker packer;
    private final BufferedSink sink;

    Encoder(MessagePacker packer, BufferedSink sink) {
      this.packer = packer;
      this.sink = sink;
    }

    void write(@Nullable Object value, int depth) throws IOException {
      if (value == null) {
        packer.packNil();
      } else if (value instanceof String) {
        packer.packString((String) value);
      } else if (value instanceof Boolean) {
        packer.packBoolean((Boolean) value);
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Byte) {
        packer.packLong(((Number) value).longValue());
      } else if (value instanceof Double) {
        double d = (Double) value;
        if (isIntegral(d)) {
          packer.packLong((long) d);
        } else {
          packer.packDouble(d);
        }
      } else if (value instanceof Float) {
        packer.packFloat((Float) value);
      } else if (value instanceof Map) {
        writeMap((Map<?, ?>) value, depth + 1);
      } else if (value instanceof List) {
        writeList((List<?>) value, depth + 1);
      } else if (value instanceof ByteString) {
        ByteString bytes = (ByteString) value;
        packer.packBinaryHeader(bytes.size());
        packer.flush(); // The header into the sink (SinkOutput does not flush the sink), then the bytes after it.
        sink.write(bytes);
      } else if (value instanceof byte[]) {
        byte[] bytes = (byte[]) value;
        packer.packBinaryHeader(bytes.length);
        packer.writePayload(bytes);
      } else {
        throw new Unencodable("MessagePack cannot encode a value of type " + value.getClass().getName());
      }
    }

    private void writeMap(Map<?, ?> map, int depth) throws IOException {
      checkDepth(depth);
      int size = map.size();
      packer.packMapHeader(size);
      int written = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object key = entry.getKey();
        if (!(key instanceof String)) {
          throw new Unencodable("MessagePack map keys must be strings, not "
              + (key == null ? "null" : key.getClass().getName()));
        }
        packer.packString((String) key);
        try {
          write(entry.getValue(), depth);
        } catch (Unencodable e) {
          throw e.under("." + key);
        }
        written++;
      }
      if (written != size) {
        throw new IllegalStateException("a map changed size while it was encoded");
      }
    }

    private void writeList(List<?> list, int depth) throws IOException {
      checkDepth(depth);
      int size = list.size();
      packer.packArrayHeader(size);
      int index = 0;
      for (Object element : list) {
        try {
          write(element, depth);
        } catch (Unencodable e) {
          throw e.under("[" + index + "]");
        }
        index++;
      }
      if (index != size) {
        throw new IllegalStateException("a list changed size while it was encoded");
      }
    }

    private static void checkDepth(int depth) {
      if (depth > MAX_ENCODE_DEPTH) {
        throw new Unencodable("MessagePack cannot encode containers nested deeper than " + MAX_ENCODE_DEPTH
            + " (does the tree contain itself?)");
      }
    }

    /** A whole number that a long holds; not -0.0, which an integer would turn into 0. */
    private static boolean isIntegral(double d) {
      return d >= -0x1p63 && d < 0x1p63 && d == Math.rint(d)
          && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0);
    }
  }

  /** A value the encoder refuses; gathers where it sits as the encoder unwinds. */
  private static final class Unencodable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PATH_SEGMENTS = 32;

    private final String reason;
    private String path = "";
    private int segments;

    Unencodable(String reason) {
      this.reason = reason;
    }

    Unencodable under(String segment) {
      if (segments < MAX_PATH_SEGMENTS) {
        path = segment + path;
      } else if (segments == MAX_PATH_SEGMENTS) {
        path = "..." + path;
      }
      segments++;
      return this;
    }

    @Override
    public String getMessage() {
      return reason + " at $" + path;
    }
  }

  private static final class Decoder {
    private final MessageUnpacker unpacker;
    private final byte[] bytes;
    private final Limits limits;

    Decoder(MessageUnpacker unpacker, byte[] bytes, Limits limits) {
      this.unpacker = unpacker;
      this.bytes = bytes;
      this.limits = limits;
    }

    /** The value at the unpacker's position; {@code depth} is the depth a container found here would have. */
    @Nullable Object read(int depth) throws IOException {
      MessageFormat format = unpacker.getNextFormat();
      if (format == MessageFormat.NEVER_USED) {
        throw error("the reserved byte 0xc1");
      }
      switch (format.getValueType()) {
        case NIL:
          unpacker.unpackNil();
          return null;
        case BOOLEAN:
          return unpacker.unpackBoolean();
        case INTEGER:
          if (format == MessageFormat.UINT64) {
            // unpackLong would put the value in its exception's message.
            BigInteger value = unpacker.unpackBigInteger();
            if (value.bitLength() > 63) {
              throw error("an unsigned integer above Long.MAX_VALUE");
            }
            return value.longValue();
          }
          return unpacker.unpackLong();
        case FLOAT:
          return unpacker.unpackDouble();
        case STRING:
          return readString();
        case BINARY:
          {
            int length = unpacker.unpackBinaryHeader();
            int start = payload(length, "bin");
            return ByteString.of(bytes, start, length);
          }
        case ARRAY:
          return readArray(depth);
        case MAP:
          return readMap(depth);
        default:
          throw error("a MessagePack extension type (not supported)");
      }
    }

    private String readString() throws IOException {
      int length = unpacker.unpackRawStringHeader();
      int start = payload(length, "str");
      String text = new String(bytes, start, length, StandardCharsets.UTF_8);
      // new String replaces malformed UTF-8 with U+FFFD; only then is the strict (slower) check needed.
      if (text.indexOf('\uFFFD') != -1) {
        try {
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, length));
        } catch (CharacterCodingException e) {
          throw error("a str that is not UTF-8", start);
        }
      }
      return text;
    }

    private List<@Nullable Object> readArray(int depth) throws IOException {
      int size = unpacker.unpackArrayHeader();
      checkContainer(depth, size, 1, "an array");
      List<@Nullable Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(depth + 1));
      }
      return list;
    }

    private Map<String, @Nullable Object> readMap(int depth) throws IOException {
      int size = unpacker.unpackMapHeader();
      checkContainer(depth, size, 2, "a map");
      Map<String, @Nullable Object> map = new LinkedHashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
      for (int i = 0; i < size; i++) {
        long keyAt = unpacker.getTotalReadBytes();
        MessageFormat keyFormat = unpacker.getNextFormat();
        if (keyFormat == MessageFormat.NEVER_USED || keyFormat.getValueType() != ValueType.STRING) {
          throw error("a map key that is not a string (" + keyFormat + ")", keyAt);
        }
        String key = readString();
        Object value = read(depth + 1);
        int before = map.size();
        map.put(key, value);
        if (map.size() == before) {
          throw error("a map key given twice in the map", keyAt);
        }
      }
      return map;
    }

    private void checkContainer(int depth, int size, int minBytesEach, String kind)
        throws MessagePackDecodingException {
      if (depth > limits.maxDepth) {
        throw error("containers nested deeper than the limit of " + limits.maxDepth);
      }
      if (size > limits.maxCollectionSize) {
        throw error(kind + " of " + size + " elements, over the limit of " + limits.maxCollectionSize);
      }
      long remaining = bytes.length - unpacker.getTotalReadBytes();
      if ((long) size * minBytesEach > remaining) {
        throw error(kind + " of " + size + " elements with only " + remaining + " bytes left");
      }
    }

    /** Checks that {@code length} payload bytes are there, steps over them, and returns where they start. */
    private int payload(int length, String kind) throws IOException {
      int start = (int) unpacker.getTotalReadBytes();
      if (length > bytes.length - start) {
        throw error("a " + kind + " of " + length + " bytes with only " + (bytes.length - start) + " bytes left");
      }
      unpacker.readPayloadAsReference(length); // A slice of the array: nothing copied, nothing allocated.
      return start;
    }

    MessagePackDecodingException error(String what) {
      return error(what, unpacker.getTotalReadBytes());
    }

    MessagePackDecodingException error(String what, long offset) {
      return new MessagePackDecodingException("malformed MessagePack: " + what + " at byte " + offset);
    }
  }

  /**
   * msgpack-core's output straight into an Okio sink, which its owner flushes: the stock OutputStream adapter
   * would flush the sink (a socket, for a request body) whenever the packer is flushed.
   */
  private static final class SinkOutput implements MessageBufferOutput {
    private final BufferedSink sink;
    private @Nullable MessageBuffer buffer;

    SinkOutput(BufferedSink sink) {
      this.sink = sink;
    }

    @Override
    public MessageBuffer next(int minimumSize) {
      MessageBuffer current = buffer;
      if (current == null || current.size() < minimumSize) {
        current = MessageBuffer.allocate(Math.max(8192, minimumSize));
        buffer = current;
      }
      return current;
    }

    @Override
    public void writeBuffer(int length) throws IOException {
      MessageBuffer current = buffer;
      if (current != null) {
        sink.write(current.array(), current.arrayOffset(), length);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      sink.write(bytes, offset, length);
    }

    @Override
    public void add(byte[] bytes, int offset, int length) throws IOException {
      sink.write(bytes, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
