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
 * Reads and writes {@link ApiCredit} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ApiCreditJsonAdapter extends JsonAdapter<ApiCredit> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "_id",
      "user_id",
      "credit",
      "cumulative_top_up",
      "created_at",
      "updated_at",
      "has_phone_sha256",
      "has_free_credit");

  private final JsonAdapter<String> idAdapter;
  private final JsonAdapter<String> userIdAdapter;
  private final JsonAdapter<Boolean> hasPhoneSha256Adapter;
  private final JsonAdapter<Boolean> hasFreeCreditAdapter;

  ApiCreditJsonAdapter(Moshi moshi) {
    this.idAdapter = moshi.adapter(String.class);
    this.userIdAdapter = moshi.adapter(String.class);
    this.hasPhoneSha256Adapter = moshi.adapter(Boolean.class);
    this.hasFreeCreditAdapter = moshi.adapter(Boolean.class);
  }

  @Override
  public ApiCredit fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ApiCredit.Builder builder = ApiCredit.builder();
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
            throw new JsonDataException("Non-null value 'user_id' was null at " + reader.getPath());
          }
          builder.userId(userIdAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'credit' was null at " + reader.getPath());
          }
          builder.credit(JsonFields.readDecimal(reader, "credit"));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'cumulative_top_up' was null at " + reader.getPath());
          }
          builder.cumulativeTopUp(JsonFields.readDecimal(reader, "cumulative_top_up"));
          break;
        case 5:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'created_at' was null at " + reader.getPath());
          }
          builder.createdAt(JsonFields.readDateTime(reader, "created_at"));
          break;
        case 6:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'updated_at' was null at " + reader.getPath());
          }
          builder.updatedAt(JsonFields.readDateTime(reader, "updated_at"));
          break;
        case 7:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'has_phone_sha256' was null at " + reader.getPath());
          }
          builder.hasPhoneSha256(hasPhoneSha256Adapter.fromJson(reader));
          break;
        case 8:
          builder.hasFreeCredit(hasFreeCreditAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ApiCredit value = builder.build();
    if (value.id() == null) {
      throw new JsonDataException("Required value '_id' missing at " + path);
    }
    if (value.userId() == null) {
      throw new JsonDataException("Required value 'user_id' missing at " + path);
    }
    if (value.credit() == null) {
      throw new JsonDataException("Required value 'credit' missing at " + path);
    }
    if (value.cumulativeTopUp() == null) {
      throw new JsonDataException("Required value 'cumulative_top_up' missing at " + path);
    }
    if (value.createdAt() == null) {
      throw new JsonDataException("Required value 'created_at' missing at " + path);
    }
    if (value.updatedAt() == null) {
      throw new JsonDataException("Required value 'updated_at' missing at " + path);
    }
    if (value.hasPhoneSha256() == null) {
      throw new JsonDataException("Required value 'has_phone_sha256' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ApiCredit value) throws IOException {
    writer.beginObject();
    writer.name("_id");
    idAdapter.toJson(writer, value.id());
    writer.name("user_id");
    userIdAdapter.toJson(writer, value.userId());
    writer.name("credit");
    JsonFields.writeDecimal(writer, value.credit());
    writer.name("cumulative_top_up");
    JsonFields.writeDecimal(writer, value.cumulativeTopUp());
    writer.name("created_at");
    JsonFields.writeDateTime(writer, value.createdAt());
    writer.name("updated_at");
    JsonFields.writeDateTime(writer, value.updatedAt());
    writer.name("has_phone_sha256");
    hasPhoneSha256Adapter.toJson(writer, value.hasPhoneSha256());
    writer.name("has_free_credit");
    hasFreeCreditAdapter.toJson(writer, value.hasFreeCredit());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ApiCredit)";
  }
}
