// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

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
    Base64Decoding decoding = new Base64Decoding();
    try (BufferedSource json = reader.nextSource()) {
      json.readByte(); // The opening quote.
      byte[] in = new byte[8192];
      boolean closed = false;
      int read;
      while (!closed && (read = json.read(in)) != -1) {
        for (int i = 0; i < read && !closed; i++) {
          int accepted = decoding.accept(in[i]);
          if (accepted < 0) {
            throw new JsonDataException("Invalid base64 in '" + field + "' at " + path);
          }
          closed = accepted == Base64Decoding.CLOSED;
        }
      }
      return decoding.finish();
    } catch (IllegalArgumentException e) {
      // java.util.Base64 refuses a chunk: padding in the wrong place or a stray last character.
      throw new JsonDataException("Invalid base64 in '" + field + "' at " + path, e);
    }
  }

  /** A small state machine over the raw JSON string: escapes, alphabet, 4-aligned chunks. */
  private static final class Base64Decoding {
    static final int CLOSED = 1;
    private static final int CHUNK = 64 * 1024; // A multiple of 4: chunks decode on their own.

    private final Buffer decoded = new Buffer();
    private final byte[] chunk = new byte[CHUNK];
    private final byte[] out = new byte[CHUNK / 4 * 3];
    private int size;
    private boolean padded;
    private int escape = -1; // -1: none; 0: after a backslash; 1..4: hex digits of a unicode escape read.
    private int unicode;

    /** 0 to go on, {@link #CLOSED} at the closing quote, -1 for a byte that is not base64 text. */
    int accept(byte b) {
      if (escape == 0) {
        escape = -1;
        switch (b) {
          case '/':
            return add('/');
          case 'n':
          case 'r':
          case 't':
            return 0;
          case 'u':
            escape = 1;
            unicode = 0;
            return 0;
          default:
            return -1;
        }
      }
      if (escape > 0) {
        int digit = Character.digit(b, 16);
        if (digit < 0) {
          return -1;
        }
        unicode = unicode * 16 + digit;
        if (escape++ < 4) {
          return 0;
        }
        escape = -1;
        return unicode < 0x80 ? add(unicode) : -1;
      }
      if (b == '"') {
        return CLOSED;
      }
      if (b == '\\') {
        escape = 0;
        return 0;
      }
      return add(b);
    }

    private int add(int c) {
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        return 0;
      }
      if (c == '=') {
        padded = true;
      } else if (padded) {
        return -1; // Text after the padding.
      } else if (c == '-') {
        c = '+';
      } else if (c == '_') {
        c = '/';
      } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')) {
        return -1;
      }
      chunk[size++] = (byte) c;
      if (size == CHUNK) {
        decode(chunk);
      }
      return 0;
    }

    private void decode(byte[] text) {
      int length = Base64.getDecoder().decode(text, out);
      decoded.write(out, 0, length);
      size = 0;
    }

    ByteString finish() {
      if (size > 0) {
        decode(Arrays.copyOf(chunk, size));
      }
      // snapshot() shares the buffer's segments: the audio is not copied once more.
      return decoded.snapshot();
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
