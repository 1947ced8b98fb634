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
 * required field that is missing or null is a {@link JsonDataException} naming the field and
 * its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class VoiceDesignCandidateJsonAdapter extends JsonAdapter<VoiceDesignCandidate> {

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
      switch (reader.nextName()) {
        case "id":

          builder.id(idAdapter.fromJson(reader));

          break;
        case "index":

          builder.index(indexAdapter.fromJson(reader));

          break;
        case "audio_base64":
          builder.audioBase64(JsonFields.readBase64(reader, "audio_base64"));

          break;
        case "sample_rate":

          builder.sampleRate(sampleRateAdapter.fromJson(reader));

          break;
        case "duration_ms":

          builder.durationMs(durationMsAdapter.fromJson(reader));

          break;
        case "text":

          builder.text(textAdapter.fromJson(reader));

          break;
        case "instruct":

          builder.instruct(instructAdapter.fromJson(reader));

          break;
        case "language":

          builder.language(languageAdapter.fromJson(reader));

          break;
        default:
          reader.skipValue(); // A field this client does not know yet.
      }
    }
    reader.endObject();
    VoiceDesignCandidate value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value 'id' missing or null at " + path);
    }
    if (value.index() == null) {
      throw new JsonDataException("Required value 'index' missing or null at " + path);
    }
    if (value.audioBase64() == null) {
      throw new JsonDataException("Required value 'audio_base64' missing or null at " + path);
    }
    if (value.sampleRate() == null) {
      throw new JsonDataException("Required value 'sample_rate' missing or null at " + path);
    }
    if (value.durationMs() == null) {
      throw new JsonDataException("Required value 'duration_ms' missing or null at " + path);
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
    writer.value(value.audioBase64() == null ? null : value.audioBase64().base64());

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

