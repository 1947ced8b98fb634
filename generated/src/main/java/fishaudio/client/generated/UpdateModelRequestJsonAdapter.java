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
 * Reads and writes {@link UpdateModelRequest} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class UpdateModelRequestJsonAdapter extends JsonAdapter<UpdateModelRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "title",
      "description",
      "visibility",
      "tags",
      "cover_image");

  private final JsonAdapter<String> titleAdapter;
  private final JsonAdapter<String> descriptionAdapter;
  private final JsonAdapter<Visibility> visibilityAdapter;
  private final JsonAdapter<String> tagsItemAdapter;

  UpdateModelRequestJsonAdapter(Moshi moshi) {
    this.titleAdapter = moshi.adapter(String.class);
    this.descriptionAdapter = moshi.adapter(String.class);
    this.visibilityAdapter = moshi.adapter(Visibility.class);
    this.tagsItemAdapter = moshi.adapter(String.class);
  }

  @Override
  public UpdateModelRequest fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    UpdateModelRequest.Builder builder = UpdateModelRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          builder.title(titleAdapter.fromJson(reader));
          break;
        case 2:
          builder.description(descriptionAdapter.fromJson(reader));
          break;
        case 3:
          builder.visibility(visibilityAdapter.fromJson(reader));
          break;
        case 4:
          builder.tags(JsonFields.readList(reader, tagsItemAdapter, JsonFields.NO_MAX_ITEMS, "tags"));
          break;
        case 5:
          reader.skipValue(); // A file travels only in multipart bodies.
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    UpdateModelRequest value = builder.build();
    JsonFields.requireNoNullItems(value.tags(), "tags", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, UpdateModelRequest value) throws IOException {
    writer.beginObject();
    writer.name("title");
    titleAdapter.toJson(writer, value.title());
    writer.name("description");
    descriptionAdapter.toJson(writer, value.description());
    writer.name("visibility");
    visibilityAdapter.toJson(writer, value.visibility());
    writer.name("tags");
    JsonFields.writeList(writer, tagsItemAdapter, value.tags());
    writer.name("cover_image");
    JsonFields.writeNoFile(writer, value.coverImage() != null, "cover_image");
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(UpdateModelRequest)";
  }
}
