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
 * Reads and writes {@link VoiceDesignCandidate} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class VoiceDesignCandidateJsonAdapter extends JsonAdapter<VoiceDesignCandidate> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "id",
      "index",
      "audio_base64",
      "sample_rate",
      "duration_ms",
      "text",
      "instruct",
      "language");

  private final JsonAdapter<String> idAdapter;
  private final JsonAdapter<Integer> indexAdapter;
  private final JsonAdapter<Integer> sampleRateAdapter;
  private final JsonAdapter<Integer> durationMsAdapter;
  private final JsonAdapter<String> textAdapter;
  private final JsonAdapter<String> instructAdapter;
  private final JsonAdapter<String> languageAdapter;

  VoiceDesignCandidateJsonAdapter(Moshi moshi) {
    this.idAdapter = moshi.adapter(String.class);
    this.indexAdapter = moshi.adapter(Integer.class);
    this.sampleRateAdapter = moshi.adapter(Integer.class);
    this.durationMsAdapter = moshi.adapter(Integer.class);
    this.textAdapter = moshi.adapter(String.class);
    this.instructAdapter = moshi.adapter(String.class);
    this.languageAdapter = moshi.adapter(String.class);
  }

  @Override
  public VoiceDesignCandidate fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    VoiceDesignCandidate.Builder builder = VoiceDesignCandidate.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'id' was null at " + reader.getPath());
          }
          builder.id(idAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'index' was null at " + reader.getPath());
          }
          builder.index(indexAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'audio_base64' was null at " + reader.getPath());
          }
          builder.audio(JsonFields.readBase64(reader, "audio_base64"));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'sample_rate' was null at " + reader.getPath());
          }
          builder.sampleRate(sampleRateAdapter.fromJson(reader));
          break;
        case 5:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'duration_ms' was null at " + reader.getPath());
          }
          builder.durationMs(durationMsAdapter.fromJson(reader));
          break;
        case 6:
          builder.text(textAdapter.fromJson(reader));
          break;
        case 7:
          builder.instruct(instructAdapter.fromJson(reader));
          break;
        case 8:
          builder.language(languageAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    VoiceDesignCandidate value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value 'id' missing at " + path);
    }
    if (value.index() == null) {
      throw new JsonDataException("Required value 'index' missing at " + path);
    }
    if (value.audio() == null) {
      throw new JsonDataException("Required value 'audio_base64' missing at " + path);
    }
    if (value.sampleRate() == null) {
      throw new JsonDataException("Required value 'sample_rate' missing at " + path);
    }
    if (value.durationMs() == null) {
      throw new JsonDataException("Required value 'duration_ms' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, VoiceDesignCandidate value) throws IOException {
    writer.beginObject();
    writer.name("id");
    idAdapter.toJson(writer, value.id());
    writer.name("index");
    indexAdapter.toJson(writer, value.index());
    writer.name("audio_base64");
    JsonFields.writeBytes(writer, value.audio());
    writer.name("sample_rate");
    sampleRateAdapter.toJson(writer, value.sampleRate());
    writer.name("duration_ms");
    durationMsAdapter.toJson(writer, value.durationMs());
    writer.name("text");
    textAdapter.toJson(writer, value.text());
    writer.name("instruct");
    instructAdapter.toJson(writer, value.instruct());
    writer.name("language");
    languageAdapter.toJson(writer, value.language());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(VoiceDesignCandidate)";
  }
}
