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
 * required field that is missing or null is a {@link JsonDataException} naming the field and
 * its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class AuthorEntityJsonAdapter extends JsonAdapter<AuthorEntity> {

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
      switch (reader.nextName()) {
        case "_id":

          builder.id(idAdapter.fromJson(reader));

          break;
        case "nickname":

          builder.nickname(nicknameAdapter.fromJson(reader));

          break;
        case "avatar":

          builder.avatar(avatarAdapter.fromJson(reader));

          break;
        default:
          reader.skipValue(); // A field this client does not know yet.
      }
    }
    reader.endObject();
    AuthorEntity value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value '_id' missing or null at " + path);
    }
    if (value.nickname() == null) {
      throw new JsonDataException("Required value 'nickname' missing or null at " + path);
    }
    if (value.avatar() == null) {
      throw new JsonDataException("Required value 'avatar' missing or null at " + path);
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

