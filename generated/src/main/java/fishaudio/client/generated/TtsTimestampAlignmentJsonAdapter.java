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
 * Reads and writes {@link TtsTimestampAlignment} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class TtsTimestampAlignmentJsonAdapter extends JsonAdapter<TtsTimestampAlignment> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "segments",
      "audio_duration");

  private final JsonAdapter<TimedText> segmentsItemAdapter;
  private final JsonAdapter<Double> audioDurationAdapter;

  TtsTimestampAlignmentJsonAdapter(Moshi moshi) {
    this.segmentsItemAdapter = moshi.adapter(TimedText.class);
    this.audioDurationAdapter = moshi.adapter(Double.class);
  }

  @Override
  public TtsTimestampAlignment fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    TtsTimestampAlignment.Builder builder = TtsTimestampAlignment.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'segments' was null at " + reader.getPath());
          }
          builder.segments(JsonFields.readList(reader, segmentsItemAdapter, JsonFields.NO_MAX_ITEMS, "segments"));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'audio_duration' was null at " + reader.getPath());
          }
          builder.audioDuration(audioDurationAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    TtsTimestampAlignment value = builder.build();
    if (value.segments() == null) {
      throw new JsonDataException("Required value 'segments' missing at " + path);
    }
    if (value.audioDuration() == null) {
      throw new JsonDataException("Required value 'audio_duration' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.segments(), "segments", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, TtsTimestampAlignment value) throws IOException {
    writer.beginObject();
    writer.name("segments");
    JsonFields.writeList(writer, segmentsItemAdapter, value.segments());
    writer.name("audio_duration");
    audioDurationAdapter.toJson(writer, value.audioDuration());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TtsTimestampAlignment)";
  }
}
