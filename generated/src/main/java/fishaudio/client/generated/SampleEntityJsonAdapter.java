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
 * Reads and writes {@link SampleEntity} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class SampleEntityJsonAdapter extends JsonAdapter<SampleEntity> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "title",
      "text",
      "task_id",
      "audio");

  private final JsonAdapter<String> titleAdapter;
  private final JsonAdapter<String> textAdapter;
  private final JsonAdapter<String> taskIdAdapter;
  private final JsonAdapter<String> audioAdapter;

  SampleEntityJsonAdapter(Moshi moshi) {
    this.titleAdapter = moshi.adapter(String.class);
    this.textAdapter = moshi.adapter(String.class);
    this.taskIdAdapter = moshi.adapter(String.class);
    this.audioAdapter = moshi.adapter(String.class);
  }

  @Override
  public SampleEntity fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    SampleEntity.Builder builder = SampleEntity.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'title' was null at " + reader.getPath());
          }
          builder.title(titleAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'text' was null at " + reader.getPath());
          }
          builder.text(textAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'task_id' was null at " + reader.getPath());
          }
          builder.taskId(taskIdAdapter.fromJson(reader));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'audio' was null at " + reader.getPath());
          }
          builder.audio(audioAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    SampleEntity value = builder.build();
    if (value.title() == null) {
      throw new JsonDataException("Required value 'title' missing at " + path);
    }
    if (value.text() == null) {
      throw new JsonDataException("Required value 'text' missing at " + path);
    }
    if (value.taskId() == null) {
      throw new JsonDataException("Required value 'task_id' missing at " + path);
    }
    if (value.audio() == null) {
      throw new JsonDataException("Required value 'audio' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, SampleEntity value) throws IOException {
    writer.beginObject();
    writer.name("title");
    titleAdapter.toJson(writer, value.title());
    writer.name("text");
    textAdapter.toJson(writer, value.text());
    writer.name("task_id");
    taskIdAdapter.toJson(writer, value.taskId());
    writer.name("audio");
    audioAdapter.toJson(writer, value.audio());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(SampleEntity)";
  }
}
