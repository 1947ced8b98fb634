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
 * Reads and writes {@link VoiceDesignResponse} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class VoiceDesignResponseJsonAdapter extends JsonAdapter<VoiceDesignResponse> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "candidates");

  private final JsonAdapter<VoiceDesignCandidate> candidatesItemAdapter;

  VoiceDesignResponseJsonAdapter(Moshi moshi) {
    this.candidatesItemAdapter = moshi.adapter(VoiceDesignCandidate.class);
  }

  @Override
  public VoiceDesignResponse fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    VoiceDesignResponse.Builder builder = VoiceDesignResponse.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'candidates' was null at " + reader.getPath());
          }
          builder.candidates(JsonFields.readList(reader, candidatesItemAdapter, 4, "candidates"));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    VoiceDesignResponse value = builder.build();
    if (value.candidates() == null) {
      throw new JsonDataException("Required value 'candidates' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.candidates(), "candidates", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, VoiceDesignResponse value) throws IOException {
    writer.beginObject();
    writer.name("candidates");
    JsonFields.writeList(writer, candidatesItemAdapter, value.candidates());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(VoiceDesignResponse)";
  }
}
