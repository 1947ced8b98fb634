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
 * Reads and writes {@link Transcription} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class TranscriptionJsonAdapter extends JsonAdapter<Transcription> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "text",
      "duration",
      "segments",
      "language_code",
      "language");

  private final JsonAdapter<String> textAdapter;
  private final JsonAdapter<Double> durationAdapter;
  private final JsonAdapter<TimedText> segmentsItemAdapter;
  private final JsonAdapter<String> languageCodeAdapter;
  private final JsonAdapter<String> languageAdapter;

  TranscriptionJsonAdapter(Moshi moshi) {
    this.textAdapter = moshi.adapter(String.class);
    this.durationAdapter = moshi.adapter(Double.class);
    this.segmentsItemAdapter = moshi.adapter(TimedText.class);
    this.languageCodeAdapter = moshi.adapter(String.class);
    this.languageAdapter = moshi.adapter(String.class);
  }

  @Override
  public Transcription fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    Transcription.Builder builder = Transcription.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'text' was null at " + reader.getPath());
          }
          builder.text(textAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'duration' was null at " + reader.getPath());
          }
          builder.duration(durationAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'segments' was null at " + reader.getPath());
          }
          builder.segments(JsonFields.readList(reader, segmentsItemAdapter, JsonFields.NO_MAX_ITEMS, "segments"));
          break;
        case 4:
          builder.languageCode(languageCodeAdapter.fromJson(reader));
          break;
        case 5:
          builder.language(languageAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    Transcription value = builder.build();
    if (value.text() == null) {
      throw new JsonDataException("Required value 'text' missing at " + path);
    }
    if (value.duration() == null) {
      throw new JsonDataException("Required value 'duration' missing at " + path);
    }
    if (value.segments() == null) {
      throw new JsonDataException("Required value 'segments' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.segments(), "segments", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, Transcription value) throws IOException {
    writer.beginObject();
    writer.name("text");
    textAdapter.toJson(writer, value.text());
    writer.name("duration");
    durationAdapter.toJson(writer, value.duration());
    writer.name("segments");
    JsonFields.writeList(writer, segmentsItemAdapter, value.segments());
    writer.name("language_code");
    languageCodeAdapter.toJson(writer, value.languageCode());
    writer.name("language");
    languageAdapter.toJson(writer, value.language());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(Transcription)";
  }
}
