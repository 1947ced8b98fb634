package fishaudio.client.internal.codec;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Generated models as MessagePack and back, through their generated adapters (the one serialisation
 * of a model): for the frames of a live session. Byte fields travel as MessagePack binary both ways,
 * never as base64 (see {@link BinaryValues}); what goes through JSON text on the way is the rest of the
 * model, a few dozen bytes for an audio frame.
 */
public final class MessagePackModels {
  private MessagePackModels() {}

  /** The MessagePack encoding of {@code model}, written by its generated adapter. */
  public static ByteString encode(Moshi moshi, Object model) {
    Buffer json = new Buffer();
    BinaryValues binary = new BinaryValues();
    try (JsonWriter writer = JsonWriter.of(json)) {
      writer.setTag(BinaryValues.class, binary);
      write(moshi, model, writer);
      Object tree = JsonReader.of(json).readJsonValue();
      Buffer out = new Buffer();
      MessagePack.encode(binary.restore(tree), out);
      return out.readByteString();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A Buffer does not fail.
    }
  }

  /**
   * {@code tree}, a decoded MessagePack value, read by {@code type}'s generated adapter: what the adapter
   * refuses (a missing required field, a wrong type) is a {@link com.squareup.moshi.JsonDataException}
   * naming the field. The tree's maps and lists are changed in place.
   */
  public static <T> T decode(Moshi moshi, @Nullable Object tree, Class<T> type) throws IOException {
    BinaryValues binary = new BinaryValues();
    Object held = binary.hold(tree);
    Buffer json = new Buffer();
    try (JsonWriter writer = JsonWriter.of(json)) {
      moshi.adapter(Object.class).toJson(writer, held);
    }
    JsonReader reader = JsonReader.of(json);
    reader.setTag(BinaryValues.class, binary);
    T value = moshi.adapter(type).fromJson(reader);
    if (value == null) {
      throw new com.squareup.moshi.JsonDataException("Expected a " + type.getSimpleName() + " but was null");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static void write(Moshi moshi, Object model, JsonWriter writer) throws IOException {
    ((JsonAdapter<Object>) moshi.adapter(model.getClass())).toJson(writer, model);
  }
}
