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
 * Reads and writes {@link TtsTimestampEvent} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class TtsTimestampEventJsonAdapter extends JsonAdapter<TtsTimestampEvent> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "audio_base64",
      "content",
      "alignment",
      "chunk_seq",
      "chunk_audio_offset_sec");

  private final JsonAdapter<String> contentAdapter;
  private final JsonAdapter<TtsTimestampAlignment> alignmentAdapter;
  private final JsonAdapter<Integer> chunkSeqAdapter;
  private final JsonAdapter<Double> chunkAudioOffsetSecAdapter;

  TtsTimestampEventJsonAdapter(Moshi moshi) {
    this.contentAdapter = moshi.adapter(String.class);
    this.alignmentAdapter = moshi.adapter(TtsTimestampAlignment.class);
    this.chunkSeqAdapter = moshi.adapter(Integer.class);
    this.chunkAudioOffsetSecAdapter = moshi.adapter(Double.class);
  }

  @Override
  public TtsTimestampEvent fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    TtsTimestampEvent.Builder builder = TtsTimestampEvent.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'audio_base64' was null at " + reader.getPath());
          }
          builder.audio(JsonFields.readBase64(reader, "audio_base64"));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'content' was null at " + reader.getPath());
          }
          builder.content(contentAdapter.fromJson(reader));
          break;
        case 3:
          builder.alignment(alignmentAdapter.fromJson(reader));
          break;
        case 4:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'chunk_seq' was null at " + reader.getPath());
          }
          builder.chunkSeq(chunkSeqAdapter.fromJson(reader));
          break;
        case 5:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'chunk_audio_offset_sec' was null at " + reader.getPath());
          }
          builder.chunkAudioOffsetSec(chunkAudioOffsetSecAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    TtsTimestampEvent value = builder.build();
    if (value.audio() == null) {
      throw new JsonDataException("Required value 'audio_base64' missing at " + path);
    }
    if (value.content() == null) {
      throw new JsonDataException("Required value 'content' missing at " + path);
    }
    if (value.chunkSeq() == null) {
      throw new JsonDataException("Required value 'chunk_seq' missing at " + path);
    }
    if (value.chunkAudioOffsetSec() == null) {
      throw new JsonDataException("Required value 'chunk_audio_offset_sec' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, TtsTimestampEvent value) throws IOException {
    writer.beginObject();
    writer.name("audio_base64");
    JsonFields.writeBytes(writer, value.audio());
    writer.name("content");
    contentAdapter.toJson(writer, value.content());
    writer.name("alignment");
    alignmentAdapter.toJson(writer, value.alignment());
    writer.name("chunk_seq");
    chunkSeqAdapter.toJson(writer, value.chunkSeq());
    writer.name("chunk_audio_offset_sec");
    chunkAudioOffsetSecAdapter.toJson(writer, value.chunkAudioOffsetSec());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TtsTimestampEvent)";
  }
}
