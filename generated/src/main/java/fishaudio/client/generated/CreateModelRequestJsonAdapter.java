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
 * Reads and writes {@link CreateModelRequest} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class CreateModelRequestJsonAdapter extends JsonAdapter<CreateModelRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "type",
      "title",
      "train_mode",
      "voices",
      "visibility",
      "description",
      "cover_image",
      "texts",
      "tags",
      "enhance_audio_quality",
      "generate_sample");

  private final JsonAdapter<CreateModelType> typeAdapter;
  private final JsonAdapter<String> titleAdapter;
  private final JsonAdapter<CreateModelTrainMode> trainModeAdapter;
  private final JsonAdapter<Visibility> visibilityAdapter;
  private final JsonAdapter<String> descriptionAdapter;
  private final JsonAdapter<String> textsItemAdapter;
  private final JsonAdapter<String> tagsItemAdapter;
  private final JsonAdapter<Boolean> enhanceAudioQualityAdapter;
  private final JsonAdapter<Boolean> generateSampleAdapter;

  CreateModelRequestJsonAdapter(Moshi moshi) {
    this.typeAdapter = moshi.adapter(CreateModelType.class);
    this.titleAdapter = moshi.adapter(String.class);
    this.trainModeAdapter = moshi.adapter(CreateModelTrainMode.class);
    this.visibilityAdapter = moshi.adapter(Visibility.class);
    this.descriptionAdapter = moshi.adapter(String.class);
    this.textsItemAdapter = moshi.adapter(String.class);
    this.tagsItemAdapter = moshi.adapter(String.class);
    this.enhanceAudioQualityAdapter = moshi.adapter(Boolean.class);
    this.generateSampleAdapter = moshi.adapter(Boolean.class);
  }

  @Override
  public CreateModelRequest fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    CreateModelRequest.Builder builder = CreateModelRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'type' was null at " + reader.getPath());
          }
          builder.type(typeAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'title' was null at " + reader.getPath());
          }
          builder.title(titleAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'train_mode' was null at " + reader.getPath());
          }
          builder.trainMode(trainModeAdapter.fromJson(reader));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'voices' was null at " + reader.getPath());
          }
          reader.skipValue(); // Files travel only in multipart bodies.
          break;
        case 5:
          builder.visibility(visibilityAdapter.fromJson(reader));
          break;
        case 6:
          builder.description(descriptionAdapter.fromJson(reader));
          break;
        case 7:
          reader.skipValue(); // A file travels only in multipart bodies.
          break;
        case 8:
          builder.texts(JsonFields.readList(reader, textsItemAdapter, 20, "texts"));
          break;
        case 9:
          builder.tags(JsonFields.readList(reader, tagsItemAdapter, JsonFields.NO_MAX_ITEMS, "tags"));
          break;
        case 10:
          builder.enhanceAudioQuality(enhanceAudioQualityAdapter.fromJson(reader));
          break;
        case 11:
          builder.generateSample(generateSampleAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    CreateModelRequest value = builder.build();
    if (value.type() == null) {
      throw new JsonDataException("Required value 'type' missing at " + path);
    }
    if (value.title() == null) {
      throw new JsonDataException("Required value 'title' missing at " + path);
    }
    if (value.trainMode() == null) {
      throw new JsonDataException("Required value 'train_mode' missing at " + path);
    }
    if (value.voices() == null) {
      throw new JsonDataException("Required value 'voices' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.voices(), "voices", path);
    JsonFields.requireNoNullItems(value.texts(), "texts", path);
    JsonFields.requireNoNullItems(value.tags(), "tags", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, CreateModelRequest value) throws IOException {
    writer.beginObject();
    writer.name("type");
    typeAdapter.toJson(writer, value.type());
    writer.name("title");
    titleAdapter.toJson(writer, value.title());
    writer.name("train_mode");
    trainModeAdapter.toJson(writer, value.trainMode());
    writer.name("voices");
    JsonFields.writeNoFile(writer, value.voices() != null, "voices");
    writer.name("visibility");
    visibilityAdapter.toJson(writer, value.visibility());
    writer.name("description");
    descriptionAdapter.toJson(writer, value.description());
    writer.name("cover_image");
    JsonFields.writeNoFile(writer, value.coverImage() != null, "cover_image");
    writer.name("texts");
    JsonFields.writeList(writer, textsItemAdapter, value.texts());
    writer.name("tags");
    JsonFields.writeList(writer, tagsItemAdapter, value.tags());
    writer.name("enhance_audio_quality");
    enhanceAudioQualityAdapter.toJson(writer, value.enhanceAudioQuality());
    writer.name("generate_sample");
    generateSampleAdapter.toJson(writer, value.generateSample());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(CreateModelRequest)";
  }
}
