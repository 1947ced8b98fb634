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
 * Reads and writes {@link ValidationErrorResponse} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ValidationErrorResponseJsonAdapter extends JsonAdapter<ValidationErrorResponse> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "status",
      "message",
      "reason",
      "detail");

  private final JsonAdapter<Integer> statusAdapter;
  private final JsonAdapter<String> messageAdapter;
  private final JsonAdapter<String> reasonAdapter;
  private final JsonAdapter<ValidationErrorItem> detailItemAdapter;

  ValidationErrorResponseJsonAdapter(Moshi moshi) {
    this.statusAdapter = moshi.adapter(Integer.class);
    this.messageAdapter = moshi.adapter(String.class);
    this.reasonAdapter = moshi.adapter(String.class);
    this.detailItemAdapter = moshi.adapter(ValidationErrorItem.class);
  }

  @Override
  public ValidationErrorResponse fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ValidationErrorResponse.Builder builder = ValidationErrorResponse.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'status' was null at " + reader.getPath());
          }
          builder.status(statusAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'message' was null at " + reader.getPath());
          }
          builder.message(messageAdapter.fromJson(reader));
          break;
        case 3:
          builder.reason(reasonAdapter.fromJson(reader));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'detail' was null at " + reader.getPath());
          }
          builder.detail(JsonFields.readList(reader, detailItemAdapter, JsonFields.NO_MAX_ITEMS, "detail"));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ValidationErrorResponse value = builder.build();
    if (value.status() == null) {
      throw new JsonDataException("Required value 'status' missing at " + path);
    }
    if (value.message() == null) {
      throw new JsonDataException("Required value 'message' missing at " + path);
    }
    if (value.detail() == null) {
      throw new JsonDataException("Required value 'detail' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.detail(), "detail", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ValidationErrorResponse value) throws IOException {
    writer.beginObject();
    writer.name("status");
    statusAdapter.toJson(writer, value.status());
    writer.name("message");
    messageAdapter.toJson(writer, value.message());
    writer.name("reason");
    reasonAdapter.toJson(writer, value.reason());
    writer.name("detail");
    JsonFields.writeList(writer, detailItemAdapter, value.detail());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ValidationErrorResponse)";
  }
}
