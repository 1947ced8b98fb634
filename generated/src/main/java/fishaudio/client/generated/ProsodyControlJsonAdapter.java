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
 * Reads and writes {@link ProsodyControl} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ProsodyControlJsonAdapter extends JsonAdapter<ProsodyControl> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "speed",
      "volume",
      "normalize_loudness");

  private final JsonAdapter<Double> speedAdapter;
  private final JsonAdapter<Double> volumeAdapter;
  private final JsonAdapter<Boolean> normalizeLoudnessAdapter;

  ProsodyControlJsonAdapter(Moshi moshi) {
    this.speedAdapter = moshi.adapter(Double.class);
    this.volumeAdapter = moshi.adapter(Double.class);
    this.normalizeLoudnessAdapter = moshi.adapter(Boolean.class);
  }

  @Override
  public ProsodyControl fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ProsodyControl.Builder builder = ProsodyControl.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          builder.speed(speedAdapter.fromJson(reader));
          break;
        case 2:
          builder.volume(volumeAdapter.fromJson(reader));
          break;
        case 3:
          builder.normalizeLoudness(normalizeLoudnessAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ProsodyControl value = builder.build();
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ProsodyControl value) throws IOException {
    writer.beginObject();
    writer.name("speed");
    speedAdapter.toJson(writer, value.speed());
    writer.name("volume");
    volumeAdapter.toJson(writer, value.volume());
    writer.name("normalize_loudness");
    normalizeLoudnessAdapter.toJson(writer, value.normalizeLoudness());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ProsodyControl)";
  }
}
