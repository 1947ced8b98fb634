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
 * Reads and writes {@link ValidationErrorItem} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ValidationErrorItemJsonAdapter extends JsonAdapter<ValidationErrorItem> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "loc",
      "msg",
      "type",
      "in",
      "ctx");

  private final JsonAdapter<Object> locItemAdapter;
  private final JsonAdapter<String> msgAdapter;
  private final JsonAdapter<String> typeAdapter;
  private final JsonAdapter<ValidationErrorLocation> inAdapter;
  private final JsonAdapter<Object> ctxAdapter;

  ValidationErrorItemJsonAdapter(Moshi moshi) {
    this.locItemAdapter = moshi.adapter(Object.class);
    this.msgAdapter = moshi.adapter(String.class);
    this.typeAdapter = moshi.adapter(String.class);
    this.inAdapter = moshi.adapter(ValidationErrorLocation.class);
    this.ctxAdapter = moshi.adapter(Object.class);
  }

  @Override
  public ValidationErrorItem fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ValidationErrorItem.Builder builder = ValidationErrorItem.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'loc' was null at " + reader.getPath());
          }
          builder.loc(JsonFields.readList(reader, locItemAdapter, JsonFields.NO_MAX_ITEMS, "loc"));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'msg' was null at " + reader.getPath());
          }
          builder.msg(msgAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'type' was null at " + reader.getPath());
          }
          builder.type(typeAdapter.fromJson(reader));
          break;
        case 4:
          builder.in(inAdapter.fromJson(reader));
          break;
        case 5:
          builder.ctx(JsonFields.readUntyped(reader, "ctx"));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ValidationErrorItem value = builder.build();
    if (value.loc() == null) {
      throw new JsonDataException("Required value 'loc' missing at " + path);
    }
    if (value.msg() == null) {
      throw new JsonDataException("Required value 'msg' missing at " + path);
    }
    if (value.type() == null) {
      throw new JsonDataException("Required value 'type' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ValidationErrorItem value) throws IOException {
    writer.beginObject();
    writer.name("loc");
    JsonFields.writeList(writer, locItemAdapter, value.loc());
    writer.name("msg");
    msgAdapter.toJson(writer, value.msg());
    writer.name("type");
    typeAdapter.toJson(writer, value.type());
    writer.name("in");
    inAdapter.toJson(writer, value.in());
    writer.name("ctx");
    ctxAdapter.toJson(writer, value.ctx());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ValidationErrorItem)";
  }
}
