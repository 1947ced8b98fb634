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
 * required field that is missing or null is a {@link JsonDataException} naming the field and
 * its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class VoiceDesignRequestJsonAdapter extends JsonAdapter<VoiceDesignRequest> {

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
      switch (reader.nextName()) {
        case "instruction":

          builder.instruction(instructionAdapter.fromJson(reader));

          break;
        case "reference_text":

          builder.referenceText(referenceTextAdapter.fromJson(reader));

          break;
        case "language":

          builder.language(languageAdapter.fromJson(reader));

          break;
        case "n":

          builder.n(nAdapter.fromJson(reader));

          break;
        case "speed":

          builder.speed(speedAdapter.fromJson(reader));

          break;
        case "num_step":

          builder.numStep(numStepAdapter.fromJson(reader));

          break;
        case "guidance_scale":

          builder.guidanceScale(guidanceScaleAdapter.fromJson(reader));

          break;
        case "instruct_guidance_scale":

          builder.instructGuidanceScale(instructGuidanceScaleAdapter.fromJson(reader));

          break;
        case "seed":

          builder.seed(seedAdapter.fromJson(reader));

          break;
        default:
          reader.skipValue(); // A field this client does not know yet.
      }
    }
    reader.endObject();
    VoiceDesignRequest value = builder.build();
    if (value.instruction() == null) {
      throw new JsonDataException("Required value 'instruction' missing or null at " + path);
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

