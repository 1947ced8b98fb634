package fishaudio.client.internal.errors;

import fishaudio.client.errors.FieldViolation;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okio.Buffer;

/**
 * Reads the field violations out of an error body, in the shapes the live service has used: the
 * framework's {@code {"detail": [{loc, msg, type}]}}, the bare array {@code [{loc, msg, type, in?,
 * ctx?}]} of older provider documents, and the seed's {@code {status, message, reason}}, which names
 * no field and so yields none. The body given is already bounded and redacted.
 */
public final class Violations {
  private static final JsonReader.Options TOP = JsonReader.Options.of("detail");
  private static final JsonReader.Options ITEM = JsonReader.Options.of("loc", "msg", "type");

  private Violations() {}

  /** The violations in {@code body}, in the server's order; empty for any other shape or broken JSON. */
  public static List<FieldViolation> parse(String body) {
    String trimmed = body.trim();
    if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
      return Collections.emptyList();
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(trimmed))) {
      List<FieldViolation> found = new ArrayList<>();
      if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        readItems(reader, found);
      } else {
        reader.beginObject();
        while (reader.hasNext()) {
          if (reader.selectName(TOP) == 0 && reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
            readItems(reader, found);
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
      }
      return Collections.unmodifiableList(found);
    } catch (IOException | RuntimeException e) {
      // A body that is not one of the shapes carries no violations; the status still stands.
      return Collections.emptyList();
    }
  }

  private static void readItems(JsonReader reader, List<FieldViolation> found) throws IOException {
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        reader.skipValue();
        continue;
      }
      String field = "";
      String message = "";
      String type = "";
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(ITEM)) {
          case 0:
            field = readLocation(reader);
            break;
          case 1:
            message = readText(reader);
            break;
          case 2:
            type = readText(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      found.add(new FieldViolation(field, message, type));
    }
    reader.endArray();
  }

  /** {@code ["body", "voices", 2]} becomes {@code voices[2]}; a bare string is taken as it is. */
  private static String readLocation(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      return readText(reader);
    }
    StringBuilder path = new StringBuilder();
    boolean first = true;
    reader.beginArray();
    while (reader.hasNext()) {
      JsonReader.Token token = reader.peek();
      if (token == JsonReader.Token.NUMBER) {
        path.append('[').append(reader.nextLong()).append(']');
      } else if (token == JsonReader.Token.STRING) {
        String part = reader.nextString();
        if (first && "body".equals(part)) {
          first = false;
          continue;
        }
        if (isIndex(part)) {
          path.append('[').append(part).append(']');
        } else {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(part);
        }
      } else {
        reader.skipValue();
      }
      first = false;
    }
    reader.endArray();
    return path.toString();
  }

  private static boolean isIndex(String part) {
    if (part.isEmpty() || part.length() > 9) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      if (!Character.isDigit(part.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String readText(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING || reader.peek() == JsonReader.Token.NUMBER) {
      return reader.nextString();
    }
    reader.skipValue();
    return "";
  }
}
