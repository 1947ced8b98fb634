// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.EOFException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** Field readers and writers the generated adapters share, for the formats Moshi lacks. */
final class JsonFields {
  private JsonFields() {}

  /**
   * {@code format: byte}: base64 text, decoded once while it streams out of the JSON, so the text
   * is never held whole: peak memory stays near the decoded size. Accepts the standard and the
   * URL-safe alphabet, whitespace, escaped characters and missing padding.
   */
  static ByteString readBase64(JsonReader reader, String field) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    if (reader.peek() != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected base64 text in '" + field + "' but was " + reader.peek() + " at " + path);
    }
    fishaudio.client.internal.codec.BinaryValues binary = reader.tag(fishaudio.client.internal.codec.BinaryValues.class);
    if (binary != null) {
      // Read from MessagePack: its binary values stand here as placeholders for the bytes themselves,
      // which never become base64. A string that is no placeholder is base64 text, as in JSON.
      String text = reader.nextString();
      ByteString held = binary.held(text);
      return held != null ? held : readBase64Text(text, field, path);
    }
    Base64Decoding decoding = new Base64Decoding();
    try (BufferedSource json = reader.nextSource()) {
      json.readByte(); // The opening quote.
      byte[] in = new byte[8192];
      boolean valid = true;
      for (int read; valid && (read = json.read(in)) != -1; ) {
        // The value's source ends right after the closing quote, which is no text.
        valid = decoding.accept(in, json.exhausted() ? read - 1 : read);
      }
      if (!valid || !decoding.finish()) {
        throw new JsonDataException("Invalid base64 in '" + field + "' at " + path);
      }
      return decoding.decoded();
    } catch (IllegalArgumentException e) {
      // java.util.Base64 refuses the last chunk: padding in the wrong place or a stray character.
      throw new JsonDataException("Invalid base64 in '" + field + "' at " + path, e);
    } catch (EOFException e) {
      // Moshi's value source says nothing when the document ends inside the string.
      EOFException named = new EOFException("End of input inside '" + field + "' at " + path);
      named.initCause(e);
      throw named;
    }
  }

  private static ByteString readBase64Text(String text, String field, String path) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Base64Decoding decoding = new Base64Decoding();
    try {
      if (!decoding.accept(bytes, bytes.length) || !decoding.finish()) {
        throw new JsonDataException("Invalid base64 in '" + field + "' at " + path);
      }
      return decoding.decoded();
    } catch (IllegalArgumentException e) {
      throw new JsonDataException("Invalid base64 in '" + field + "' at " + path, e);
    }
  }

  /**
   * Decodes base64 text in 64 KiB chunks. Optimistic: raw chunks go to {@link Base64} as they are,
   * which is as fast as decoding gets. A chunk it refuses (escapes, whitespace, the URL-safe
   * alphabet, or text that is not base64) and everything after it go byte by byte through a small
   * state machine that cleans the text first.
   */
  private static final class Base64Decoding {
    private static final int CHUNK = 64 * 1024; // A multiple of 4: full chunks decode on their own.
    private static final long EXACT_COPY_BELOW = 256 * 1024;

    private final Buffer decoded = new Buffer();
    private final byte[] raw = new byte[CHUNK];
    private final byte[] clean = new byte[CHUNK];
    private final byte[] out = new byte[CHUNK / 4 * 3];
    private int rawSize;
    private int cleanSize;
    private boolean byteByByte;
    private boolean padded;
    private int escape = -1; // -1: none; 0: after a backslash; 1..4: hex digits of a unicode escape read.
    private int unicode;

    /** False at text that is not base64. */
    boolean accept(byte[] in, int count) {
      int i = 0;
      while (!byteByByte && i < count) {
        int take = Math.min(count - i, CHUNK - rawSize);
        System.arraycopy(in, i, raw, rawSize, take);
        rawSize += take;
        i += take;
        if (rawSize == CHUNK && !flushRaw()) {
          return false;
        }
      }
      for (; i < count; i++) {
        if (!accept(in[i])) {
          return false;
        }
      }
      return true;
    }

    /** False at text that is not base64. */
    boolean finish() {
      if (!byteByByte && rawSize > 0 && !flushRaw()) {
        return false;
      }
      if (cleanSize > 0) {
        write(Arrays.copyOf(clean, cleanSize));
      }
      return true;
    }

    /**
     * The bytes. A large value shares the buffer's segments (no second copy at peak); a small one
     * is copied into an array of its exact size, since each segment holds 8 KiB however little it
     * carries, and many tiny candidates would otherwise keep many times their size on the heap.
     */
    ByteString decoded() {
      return decoded.size() < EXACT_COPY_BELOW ? ByteString.of(decoded.readByteArray()) : decoded.snapshot();
    }

    private boolean flushRaw() {
      byte[] text = rawSize == CHUNK ? raw : Arrays.copyOf(raw, rawSize);
      rawSize = 0;
      try {
        write(text);
        if (text[text.length - 1] == '=') {
          // Padding ends the data: whatever follows must go through the checks.
          byteByByte = true;
          padded = true;
        }
        return true;
      } catch (IllegalArgumentException notPlain) {
        byteByByte = true;
        for (byte b : text) {
          if (!accept(b)) {
            return false;
          }
        }
        return true;
      }
    }

    private void write(byte[] text) {
      int length = Base64.getDecoder().decode(text, out);
      decoded.write(out, 0, length);
    }

    private boolean accept(byte b) {
      if (escape == 0) {
        escape = -1;
        switch (b) {
          case '/':
            return add('/');
          case 'n':
          case 'r':
          case 't':
            return true;
          case 'u':
            escape = 1;
            unicode = 0;
            return true;
          default:
            return false;
        }
      }
      if (escape > 0) {
        int digit = Character.digit(b, 16);
        if (digit < 0) {
          return false;
        }
        unicode = unicode * 16 + digit;
        if (escape++ < 4) {
          return true;
        }
        escape = -1;
        return unicode < 0x80 && add(unicode);
      }
      if (b == '\\') {
        escape = 0;
        return true;
      }
      return add(b);
    }

    private boolean add(int c) {
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        return true;
      }
      if (c == '=') {
        padded = true;
      } else if (padded) {
        return false; // Text after the padding.
      } else if (c == '-') {
        c = '+';
      } else if (c == '_') {
        c = '/';
      } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')) {
        return false;
      }
      clean[cleanSize++] = (byte) c;
      if (cleanSize == CHUNK) {
        write(clean);
        cleanSize = 0;
      }
      return true;
    }
  }

  /** {@code format: date-time}: RFC 3339 text. */
  static OffsetDateTime readDateTime(JsonReader reader, String field) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    try {
      return OffsetDateTime.parse(reader.nextString());
    } catch (DateTimeParseException e) {
      throw new JsonDataException("Invalid date-time in '" + field + "' at " + path, e);
    }
  }

  /** The {@code maxItems} of an array the spec sets none for: its items count against {@link #MAX_UNBOUNDED_VALUES}. */
  static final int NO_MAX_ITEMS = -1;

  /**
   * The most values one answer may build in the parts the spec leaves unbounded: the items of
   * arrays without {@code maxItems} and every value inside an untyped field ({@code type: object}
   * with no properties), together. A small body can spell millions of them ({@code [{},{},...]}: 60
   * MiB of JSON gzips to 61 KB), and the byte cap bounds bytes, not the objects built from them.
   */
  static final int MAX_UNBOUNDED_VALUES = 100_000;

  /** The deepest nesting inside an untyped field. */
  static final int MAX_UNTYPED_DEPTH = 32;

  /** What one answer has built so far where the spec sets no bound; a tag on its reader. */
  private static final class Budget {
    int values;
  }

  private static void charge(JsonReader reader, String field) {
    Budget budget = reader.tag(Budget.class);
    if (budget == null) {
      budget = new Budget();
      reader.setTag(Budget.class, budget);
    }
    if (++budget.values > MAX_UNBOUNDED_VALUES) {
      throw new JsonDataException("More than " + MAX_UNBOUNDED_VALUES + " values in the unbounded parts of the answer, at '"
          + field + "' " + reader.getPath() + ": the client builds at most " + MAX_UNBOUNDED_VALUES);
    }
  }

  /**
   * An array, read item by item so that one item too many fails at once, before the rest of a huge
   * array is parsed or held: the spec's {@code maxItems} is checked as the items are read, and an
   * array without one ({@link #NO_MAX_ITEMS}) counts each item against {@link #MAX_UNBOUNDED_VALUES}.
   */
  static <T> java.util.@Nullable List<T> readList(JsonReader reader, com.squareup.moshi.JsonAdapter<T> items, int maxItems,
      String field) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    java.util.List<T> list = new java.util.ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      if (list.size() == maxItems) {
        throw new JsonDataException("More than " + maxItems + " items in '" + field + "' at " + reader.getPath()
            + ": the spec allows at most " + maxItems);
      }
      if (maxItems == NO_MAX_ITEMS) {
        charge(reader, field);
      }
      list.add(items.fromJson(reader));
    }
    reader.endArray();
    return list;
  }

  /**
   * An untyped field ({@code type: object} with no properties): maps, lists, strings, numbers (as
   * {@code Double}), booleans and null, read as Moshi reads them, but counted against
   * {@link #MAX_UNBOUNDED_VALUES} and {@link #MAX_UNTYPED_DEPTH} as they are read. Maps and lists
   * are unmodifiable, as the model holding them is; empty ones share one instance. A name twice in
   * one object is an error, as with Moshi.
   */
  static @Nullable Object readUntyped(JsonReader reader, String field) throws IOException {
    return readUntyped(reader, field, 0);
  }

  private static @Nullable Object readUntyped(JsonReader reader, String field, int depth) throws IOException {
    charge(reader, field);
    switch (reader.peek()) {
      case BEGIN_ARRAY: {
        checkDepth(reader, field, depth);
        reader.beginArray();
        if (!reader.hasNext()) {
          reader.endArray();
          return java.util.Collections.emptyList();
        }
        java.util.List<@Nullable Object> list = new java.util.ArrayList<>();
        while (reader.hasNext()) {
          list.add(readUntyped(reader, field, depth + 1));
        }
        reader.endArray();
        return java.util.Collections.unmodifiableList(list);
      }
      case BEGIN_OBJECT: {
        checkDepth(reader, field, depth);
        reader.beginObject();
        if (!reader.hasNext()) {
          reader.endObject();
          return java.util.Collections.emptyMap();
        }
        java.util.Map<String, @Nullable Object> map = new java.util.LinkedHashMap<>();
        while (reader.hasNext()) {
          String name = reader.nextName();
          String path = reader.getPath();
          if (map.containsKey(name)) {
            throw new JsonDataException("Name '" + name + "' twice in one object of '" + field + "' at " + path);
          }
          map.put(name, readUntyped(reader, field, depth + 1));
        }
        reader.endObject();
        return java.util.Collections.unmodifiableMap(map);
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return reader.nextDouble();
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("Expected a value in '" + field + "' but was " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static void checkDepth(JsonReader reader, String field, int depth) {
    if (depth >= MAX_UNTYPED_DEPTH) {
      throw new JsonDataException("Nesting deeper than " + MAX_UNTYPED_DEPTH + " in '" + field + "' at " + reader.getPath()
          + ": the client builds at most " + MAX_UNTYPED_DEPTH + " levels");
    }
  }

  /** Writes a list item by item, as {@link #readList} reads it. */
  static <T> void writeList(JsonWriter writer, com.squareup.moshi.JsonAdapter<T> items, java.util.@Nullable List<T> list)
      throws IOException {
    if (list == null) {
      writer.nullValue();
      return;
    }
    writer.beginArray();
    for (T item : list) {
      items.toJson(writer, item);
    }
    writer.endArray();
  }

  /** Array items the spec does not declare nullable: a null among them is not a value. */
  static void requireNoNullItems(java.util.List<?> items, String field, String path) {
    if (items != null) {
      int index = items.indexOf(null);
      if (index >= 0) {
        throw new JsonDataException("Null item in '" + field + "' at " + path + "." + field + "[" + index + "]");
      }
    }
  }

  /** {@code format: date-time}: always with seconds, as RFC 3339 requires ({@code toString()} drops zero seconds). */
  /**
   * {@code format: byte}: base64 text; or, while the client writes a body for MessagePack (the writer
   * carries a {@code BinaryValues} tag), a placeholder for the bytes, which go out as binary.
   */
  static void writeBytes(JsonWriter writer, @Nullable ByteString bytes) throws IOException {
    if (bytes == null) {
      writer.nullValue();
      return;
    }
    fishaudio.client.internal.codec.BinaryValues binary = writer.tag(fishaudio.client.internal.codec.BinaryValues.class);
    writer.value(binary != null ? binary.hold(bytes) : bytes.base64());
  }

  /**
   * {@code type: string, format: decimal}: a decimal number sent as text, read as a
   * {@link java.math.BigDecimal} so no digit is lost; a bare JSON number is accepted too.
   */
  static java.math.@Nullable BigDecimal readDecimal(JsonReader reader, String field) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    String text = reader.nextString(); // Moshi gives a number's text as it was sent.
    if (text.length() > 100) {
      throw new JsonDataException("Decimal in '" + field + "' is longer than 100 characters at " + path);
    }
    try {
      return new java.math.BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new JsonDataException("Invalid decimal in '" + field + "' at " + path, e);
    }
  }

  static void writeDecimal(JsonWriter writer, java.math.@Nullable BigDecimal value) throws IOException {
    writer.value(value == null ? null : value.toPlainString());
  }

  /**
   * {@code x-one-or-many}: one string, or an array of them. Read either into a list; a list of one
   * is written as the string alone, which every server that takes the array takes too.
   */
  static java.util.@Nullable List<String> readOneOrMany(JsonReader reader, String field) throws IOException {
    switch (reader.peek()) {
      case NULL:
        return reader.nextNull();
      case STRING:
        return java.util.Collections.singletonList(reader.nextString());
      case BEGIN_ARRAY:
        java.util.List<String> items = new java.util.ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          if (reader.peek() != JsonReader.Token.STRING) {
            throw new JsonDataException("Expected strings in '" + field + "' but found " + reader.peek() + " at " + reader.getPath());
          }
          items.add(reader.nextString());
        }
        reader.endArray();
        return items;
      default:
        throw new JsonDataException("Expected a string or an array of strings in '" + field + "' but was "
            + reader.peek() + " at " + reader.getPath());
    }
  }

  static void writeOneOrMany(JsonWriter writer, java.util.@Nullable List<String> value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value.size() == 1) {
      writer.value(value.get(0));
    } else {
      writer.beginArray();
      for (String item : value) {
        writer.value(item);
      }
      writer.endArray();
    }
  }

  static void writeDateTime(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** {@code format: binary} has no JSON form: files travel only in multipart bodies. */
  static void writeNoFile(JsonWriter writer, boolean present, String field) throws IOException {
    if (present) {
      throw new JsonDataException("'" + field + "' is a file; it travels only in multipart bodies");
    }
    writer.nullValue();
  }
}
