package fishaudio.client.internal.codec;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * Finds the top-level {@code _id} in a create-model response the client could not decode, so that a
 * model the server created, and billed, is not lost with the decode error.
 */
public final class CreatedModelId {
  private static final JsonReader.Options ID = JsonReader.Options.of("_id");

  private CreatedModelId() {}

  /** The top-level {@code _id} string of {@code body}, or null; reads only as far as it must. */
  public static String scan(String body) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(ID) == 0 && reader.peek() == JsonReader.Token.STRING) {
          return reader.nextString();
        }
        reader.skipName();
        reader.skipValue();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      // Cut off or broken before the id: there is none to report.
      return null;
    }
  }
}
