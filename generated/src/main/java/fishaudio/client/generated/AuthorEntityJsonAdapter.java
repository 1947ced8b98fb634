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
 * Reads and writes {@link AuthorEntity} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class AuthorEntityJsonAdapter extends JsonAdapter<AuthorEntity> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "_id",
      "nickname",
      "avatar");

  private final JsonAdapter<String> idAdapter;
  private final JsonAdapter<String> nicknameAdapter;
  private final JsonAdapter<String> avatarAdapter;

  AuthorEntityJsonAdapter(Moshi moshi) {
    this.idAdapter = moshi.adapter(String.class);
    this.nicknameAdapter = moshi.adapter(String.class);
    this.avatarAdapter = moshi.adapter(String.class);
  }

  @Override
  public AuthorEntity fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    AuthorEntity.Builder builder = AuthorEntity.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value '_id' was null at " + reader.getPath());
          }
          builder.id(idAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'nickname' was null at " + reader.getPath());
          }
          builder.nickname(nicknameAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'avatar' was null at " + reader.getPath());
          }
          builder.avatar(avatarAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    AuthorEntity value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value '_id' missing at " + path);
    }
    if (value.nickname() == null) {
      throw new JsonDataException("Required value 'nickname' missing at " + path);
    }
    if (value.avatar() == null) {
      throw new JsonDataException("Required value 'avatar' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, AuthorEntity value) throws IOException {
    writer.beginObject();
    writer.name("_id");
    idAdapter.toJson(writer, value.id());
    writer.name("nickname");
    nicknameAdapter.toJson(writer, value.nickname());
    writer.name("avatar");
    avatarAdapter.toJson(writer, value.avatar());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(AuthorEntity)";
  }
}
