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
 * Reads and writes {@link ModelPageResponse} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ModelPageResponseJsonAdapter extends JsonAdapter<ModelPageResponse> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "total",
      "items",
      "has_more",
      "total_is_exact",
      "window_limited",
      "max_offset",
      "accessible_upper_bound");

  private final JsonAdapter<Integer> totalAdapter;
  private final JsonAdapter<ModelEntity> itemsItemAdapter;
  private final JsonAdapter<Boolean> hasMoreAdapter;
  private final JsonAdapter<Boolean> totalIsExactAdapter;
  private final JsonAdapter<Boolean> windowLimitedAdapter;
  private final JsonAdapter<Integer> maxOffsetAdapter;
  private final JsonAdapter<Integer> accessibleUpperBoundAdapter;

  ModelPageResponseJsonAdapter(Moshi moshi) {
    this.totalAdapter = moshi.adapter(Integer.class);
    this.itemsItemAdapter = moshi.adapter(ModelEntity.class);
    this.hasMoreAdapter = moshi.adapter(Boolean.class);
    this.totalIsExactAdapter = moshi.adapter(Boolean.class);
    this.windowLimitedAdapter = moshi.adapter(Boolean.class);
    this.maxOffsetAdapter = moshi.adapter(Integer.class);
    this.accessibleUpperBoundAdapter = moshi.adapter(Integer.class);
  }

  @Override
  public ModelPageResponse fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ModelPageResponse.Builder builder = ModelPageResponse.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'total' was null at " + reader.getPath());
          }
          builder.total(totalAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'items' was null at " + reader.getPath());
          }
          builder.items(JsonFields.readList(reader, itemsItemAdapter, JsonFields.NO_MAX_ITEMS, "items"));
          break;
        case 3:
          builder.hasMore(hasMoreAdapter.fromJson(reader));
          break;
        case 4:
          builder.totalIsExact(totalIsExactAdapter.fromJson(reader));
          break;
        case 5:
          builder.windowLimited(windowLimitedAdapter.fromJson(reader));
          break;
        case 6:
          builder.maxOffset(maxOffsetAdapter.fromJson(reader));
          break;
        case 7:
          builder.accessibleUpperBound(accessibleUpperBoundAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ModelPageResponse value = builder.build();
    if (value.total() == null) {
      throw new JsonDataException("Required value 'total' missing at " + path);
    }
    if (value.items() == null) {
      throw new JsonDataException("Required value 'items' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.items(), "items", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ModelPageResponse value) throws IOException {
    writer.beginObject();
    writer.name("total");
    totalAdapter.toJson(writer, value.total());
    writer.name("items");
    JsonFields.writeList(writer, itemsItemAdapter, value.items());
    writer.name("has_more");
    hasMoreAdapter.toJson(writer, value.hasMore());
    writer.name("total_is_exact");
    totalIsExactAdapter.toJson(writer, value.totalIsExact());
    writer.name("window_limited");
    windowLimitedAdapter.toJson(writer, value.windowLimited());
    writer.name("max_offset");
    maxOffsetAdapter.toJson(writer, value.maxOffset());
    writer.name("accessible_upper_bound");
    accessibleUpperBoundAdapter.toJson(writer, value.accessibleUpperBound());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ModelPageResponse)";
  }
}
