// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okio.ByteString;

/** Field readers and writers the generated adapters share, for the formats Moshi lacks. */
final class JsonFields {
  private JsonFields() {}

  /** {@code format: byte}: base64 text, decoded once while parsing. */
  static ByteString readBase64(JsonReader reader, String field) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    ByteString decoded = ByteString.decodeBase64(reader.nextString());
    if (decoded == null) {
      throw new JsonDataException("Invalid base64 in '" + field + "' at " + path);
    }
    return decoded;
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
