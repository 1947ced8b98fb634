package fishaudio.client.internal.codec;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Request bodies for an operation that takes JSON and MessagePack: MessagePack when the body
 * carries bytes (which JSON cannot carry but as base64 text the server does not read), JSON
 * otherwise. Both are written by the model's generated adapter.
 */
public final class RequestBodies {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  static final MediaType MSGPACK = MediaType.get("application/msgpack");

  private RequestBodies() {}

  public static RequestBody jsonOrMessagePack(Moshi moshi, Object body) {
    Buffer json = new Buffer();
    BinaryValues binary = new BinaryValues();
    try (JsonWriter writer = JsonWriter.of(json)) {
      writer.setTag(BinaryValues.class, binary);
      write(moshi, body, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A Buffer does not fail.
    }
    if (binary.isEmpty()) {
      return RequestBody.create(json.readByteString(), JSON);
    }
    Object tree;
    try {
      tree = JsonReader.of(json).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RequestBody.create(MessagePack.encode(binary.restore(tree)), MSGPACK);
  }

  @SuppressWarnings("unchecked")
  private static void write(Moshi moshi, Object body, JsonWriter writer) throws IOException {
    moshi.adapter((Class<Object>) body.getClass()).toJson(writer, body);
  }
}
