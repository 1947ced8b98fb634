// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes {@link TranscribeRequest} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class TranscribeRequestJsonAdapter extends JsonAdapter<TranscribeRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "audio",
      "language",
      "ignore_timestamps");

  private final JsonAdapter<String> languageAdapter;
  private final JsonAdapter<Boolean> ignoreTimestampsAdapter;

  TranscribeRequestJsonAdapter(Moshi moshi) {
    this.languageAdapter = moshi.adapter(String.class);
    this.ignoreTimestampsAdapter = moshi.adapter(Boolean.class);
  }

  @Override
  public TranscribeRequest fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    TranscribeRequest.Builder builder = TranscribeRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'audio' was null at " + reader.getPath());
          }
          reader.skipValue(); // A file travels only in multipart bodies.
          break;
        case 2:
          builder.language(languageAdapter.fromJson(reader));
          break;
        case 3:
          builder.ignoreTimestamps(ignoreTimestampsAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    TranscribeRequest value = builder.build();
    if (value.audio() == null) {
      throw new JsonDataException("Required value 'audio' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, TranscribeRequest value) throws IOException {
    writer.beginObject();
    writer.name("audio");
    JsonFields.writeNoFile(writer, value.audio() != null, "audio");
    writer.name("language");
    languageAdapter.toJson(writer, value.language());
    writer.name("ignore_timestamps");
    ignoreTimestampsAdapter.toJson(writer, value.ignoreTimestamps());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TranscribeRequest)";
  }
}
