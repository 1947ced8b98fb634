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
 * required field that is missing or null is a {@link JsonDataException} naming the field and
 * its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ValidationErrorItemJsonAdapter extends JsonAdapter<ValidationErrorItem> {

  private final JsonAdapter<java.util.List<Object>> locAdapter;

  private final JsonAdapter<String> msgAdapter;

  private final JsonAdapter<String> typeAdapter;

  private final JsonAdapter<ValidationErrorLocation> inAdapter;

  private final JsonAdapter<Object> ctxAdapter;


  ValidationErrorItemJsonAdapter(Moshi moshi) {

    this.locAdapter = moshi.adapter(
        com.squareup.moshi.Types.newParameterizedType(java.util.List.class, Object.class));

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
      switch (reader.nextName()) {
        case "loc":

          builder.loc(locAdapter.fromJson(reader));

          break;
        case "msg":

          builder.msg(msgAdapter.fromJson(reader));

          break;
        case "type":

          builder.type(typeAdapter.fromJson(reader));

          break;
        case "in":

          builder.in(inAdapter.fromJson(reader));

          break;
        case "ctx":

          builder.ctx(ctxAdapter.fromJson(reader));

          break;
        default:
          reader.skipValue(); // A field this client does not know yet.
      }
    }
    reader.endObject();
    ValidationErrorItem value = builder.build();
    if (value.loc() == null) {
      throw new JsonDataException("Required value 'loc' missing or null at " + path);
    }
    if (value.msg() == null) {
      throw new JsonDataException("Required value 'msg' missing or null at " + path);
    }
    if (value.type() == null) {
      throw new JsonDataException("Required value 'type' missing or null at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ValidationErrorItem value) throws IOException {
    writer.beginObject();
    writer.name("loc");

    locAdapter.toJson(writer, value.loc());

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

