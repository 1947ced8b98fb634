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
 * Reads and writes {@link VoiceDesignRequest} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class VoiceDesignRequestJsonAdapter extends JsonAdapter<VoiceDesignRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "instruction",
      "reference_text",
      "language",
      "n",
      "speed",
      "num_step",
      "guidance_scale",
      "instruct_guidance_scale",
      "seed");

  private final JsonAdapter<String> instructionAdapter;
  private final JsonAdapter<String> referenceTextAdapter;
  private final JsonAdapter<String> languageAdapter;
  private final JsonAdapter<Integer> nAdapter;
  private final JsonAdapter<Double> speedAdapter;
  private final JsonAdapter<Integer> numStepAdapter;
  private final JsonAdapter<Double> guidanceScaleAdapter;
  private final JsonAdapter<Double> instructGuidanceScaleAdapter;
  private final JsonAdapter<Integer> seedAdapter;

  VoiceDesignRequestJsonAdapter(Moshi moshi) {
    this.instructionAdapter = moshi.adapter(String.class);
    this.referenceTextAdapter = moshi.adapter(String.class);
    this.languageAdapter = moshi.adapter(String.class);
    this.nAdapter = moshi.adapter(Integer.class);
    this.speedAdapter = moshi.adapter(Double.class);
    this.numStepAdapter = moshi.adapter(Integer.class);
    this.guidanceScaleAdapter = moshi.adapter(Double.class);
    this.instructGuidanceScaleAdapter = moshi.adapter(Double.class);
    this.seedAdapter = moshi.adapter(Integer.class);
  }

  @Override
  public VoiceDesignRequest fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    VoiceDesignRequest.Builder builder = VoiceDesignRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'instruction' was null at " + reader.getPath());
          }
          builder.instruction(instructionAdapter.fromJson(reader));
          break;
        case 2:
          builder.referenceText(referenceTextAdapter.fromJson(reader));
          break;
        case 3:
          builder.language(languageAdapter.fromJson(reader));
          break;
        case 4:
          builder.n(nAdapter.fromJson(reader));
          break;
        case 5:
          builder.speed(speedAdapter.fromJson(reader));
          break;
        case 6:
          builder.numStep(numStepAdapter.fromJson(reader));
          break;
        case 7:
          builder.guidanceScale(guidanceScaleAdapter.fromJson(reader));
          break;
        case 8:
          builder.instructGuidanceScale(instructGuidanceScaleAdapter.fromJson(reader));
          break;
        case 9:
          builder.seed(seedAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    VoiceDesignRequest value = builder.build();
    if (value.instruction() == null) {
      throw new JsonDataException("Required value 'instruction' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, VoiceDesignRequest value) throws IOException {
    writer.beginObject();
    writer.name("instruction");
    instructionAdapter.toJson(writer, value.instruction());
    writer.name("reference_text");
    referenceTextAdapter.toJson(writer, value.referenceText());
    writer.name("language");
    languageAdapter.toJson(writer, value.language());
    writer.name("n");
    nAdapter.toJson(writer, value.n());
    writer.name("speed");
    speedAdapter.toJson(writer, value.speed());
    writer.name("num_step");
    numStepAdapter.toJson(writer, value.numStep());
    writer.name("guidance_scale");
    guidanceScaleAdapter.toJson(writer, value.guidanceScale());
    writer.name("instruct_guidance_scale");
    instructGuidanceScaleAdapter.toJson(writer, value.instructGuidanceScale());
    writer.name("seed");
    seedAdapter.toJson(writer, value.seed());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(VoiceDesignRequest)";
  }
}
