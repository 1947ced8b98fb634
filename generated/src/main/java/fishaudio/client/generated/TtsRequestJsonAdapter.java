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
 * Reads and writes {@link TtsRequest} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class TtsRequestJsonAdapter extends JsonAdapter<TtsRequest> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "text",
      "reference_id",
      "references",
      "format",
      "sample_rate",
      "mp3_bitrate",
      "opus_bitrate",
      "latency",
      "chunk_length",
      "normalize",
      "prosody",
      "temperature",
      "top_p",
      "max_new_tokens",
      "repetition_penalty",
      "min_chunk_length",
      "condition_on_previous_chunks",
      "early_stop_threshold",
      "features");

  private final JsonAdapter<String> textAdapter;
  private final JsonAdapter<ReferenceAudio> referencesItemAdapter;
  private final JsonAdapter<TtsRequestFormat> formatAdapter;
  private final JsonAdapter<Integer> sampleRateAdapter;
  private final JsonAdapter<TtsRequestMp3Bitrate> mp3BitrateAdapter;
  private final JsonAdapter<TtsRequestOpusBitrate> opusBitrateAdapter;
  private final JsonAdapter<TtsRequestLatency> latencyAdapter;
  private final JsonAdapter<Integer> chunkLengthAdapter;
  private final JsonAdapter<Boolean> normalizeAdapter;
  private final JsonAdapter<ProsodyControl> prosodyAdapter;
  private final JsonAdapter<Double> temperatureAdapter;
  private final JsonAdapter<Double> topPAdapter;
  private final JsonAdapter<Integer> maxNewTokensAdapter;
  private final JsonAdapter<Double> repetitionPenaltyAdapter;
  private final JsonAdapter<Integer> minChunkLengthAdapter;
  private final JsonAdapter<Boolean> conditionOnPreviousChunksAdapter;
  private final JsonAdapter<Double> earlyStopThresholdAdapter;
  private final JsonAdapter<String> featuresItemAdapter;

  TtsRequestJsonAdapter(Moshi moshi) {
    this.textAdapter = moshi.adapter(String.class);
    this.referencesItemAdapter = moshi.adapter(ReferenceAudio.class);
    this.formatAdapter = moshi.adapter(TtsRequestFormat.class);
    this.sampleRateAdapter = moshi.adapter(Integer.class);
    this.mp3BitrateAdapter = moshi.adapter(TtsRequestMp3Bitrate.class);
    this.opusBitrateAdapter = moshi.adapter(TtsRequestOpusBitrate.class);
    this.latencyAdapter = moshi.adapter(TtsRequestLatency.class);
    this.chunkLengthAdapter = moshi.adapter(Integer.class);
    this.normalizeAdapter = moshi.adapter(Boolean.class);
    this.prosodyAdapter = moshi.adapter(ProsodyControl.class);
    this.temperatureAdapter = moshi.adapter(Double.class);
    this.topPAdapter = moshi.adapter(Double.class);
    this.maxNewTokensAdapter = moshi.adapter(Integer.class);
    this.repetitionPenaltyAdapter = moshi.adapter(Double.class);
    this.minChunkLengthAdapter = moshi.adapter(Integer.class);
    this.conditionOnPreviousChunksAdapter = moshi.adapter(Boolean.class);
    this.earlyStopThresholdAdapter = moshi.adapter(Double.class);
    this.featuresItemAdapter = moshi.adapter(String.class);
  }

  @Override
  public TtsRequest fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    TtsRequest.Builder builder = TtsRequest.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'text' was null at " + reader.getPath());
          }
          builder.text(textAdapter.fromJson(reader));
          break;
        case 2:
          builder.referenceId(JsonFields.readOneOrMany(reader, "reference_id"));
          break;
        case 3:
          builder.references(JsonFields.readList(reader, referencesItemAdapter, JsonFields.NO_MAX_ITEMS, "references"));
          break;
        case 4:
          builder.format(formatAdapter.fromJson(reader));
          break;
        case 5:
          builder.sampleRate(sampleRateAdapter.fromJson(reader));
          break;
        case 6:
          builder.mp3Bitrate(mp3BitrateAdapter.fromJson(reader));
          break;
        case 7:
          builder.opusBitrate(opusBitrateAdapter.fromJson(reader));
          break;
        case 8:
          builder.latency(latencyAdapter.fromJson(reader));
          break;
        case 9:
          builder.chunkLength(chunkLengthAdapter.fromJson(reader));
          break;
        case 10:
          builder.normalize(normalizeAdapter.fromJson(reader));
          break;
        case 11:
          builder.prosody(prosodyAdapter.fromJson(reader));
          break;
        case 12:
          builder.temperature(temperatureAdapter.fromJson(reader));
          break;
        case 13:
          builder.topP(topPAdapter.fromJson(reader));
          break;
        case 14:
          builder.maxNewTokens(maxNewTokensAdapter.fromJson(reader));
          break;
        case 15:
          builder.repetitionPenalty(repetitionPenaltyAdapter.fromJson(reader));
          break;
        case 16:
          builder.minChunkLength(minChunkLengthAdapter.fromJson(reader));
          break;
        case 17:
          builder.conditionOnPreviousChunks(conditionOnPreviousChunksAdapter.fromJson(reader));
          break;
        case 18:
          builder.earlyStopThreshold(earlyStopThresholdAdapter.fromJson(reader));
          break;
        case 19:
          builder.features(JsonFields.readList(reader, featuresItemAdapter, JsonFields.NO_MAX_ITEMS, "features"));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    TtsRequest value = builder.build();
    if (value.text() == null) {
      throw new JsonDataException("Required value 'text' missing at " + path);
    }
    JsonFields.requireNoNullItems(value.referenceId(), "reference_id", path);
    JsonFields.requireNoNullItems(value.references(), "references", path);
    JsonFields.requireNoNullItems(value.features(), "features", path);
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, TtsRequest value) throws IOException {
    writer.beginObject();
    writer.name("text");
    textAdapter.toJson(writer, value.text());
    writer.name("reference_id");
    JsonFields.writeOneOrMany(writer, value.referenceId());
    writer.name("references");
    JsonFields.writeList(writer, referencesItemAdapter, value.references());
    writer.name("format");
    formatAdapter.toJson(writer, value.format());
    writer.name("sample_rate");
    sampleRateAdapter.toJson(writer, value.sampleRate());
    writer.name("mp3_bitrate");
    mp3BitrateAdapter.toJson(writer, value.mp3Bitrate());
    writer.name("opus_bitrate");
    opusBitrateAdapter.toJson(writer, value.opusBitrate());
    writer.name("latency");
    latencyAdapter.toJson(writer, value.latency());
    writer.name("chunk_length");
    chunkLengthAdapter.toJson(writer, value.chunkLength());
    writer.name("normalize");
    normalizeAdapter.toJson(writer, value.normalize());
    writer.name("prosody");
    prosodyAdapter.toJson(writer, value.prosody());
    writer.name("temperature");
    temperatureAdapter.toJson(writer, value.temperature());
    writer.name("top_p");
    topPAdapter.toJson(writer, value.topP());
    writer.name("max_new_tokens");
    maxNewTokensAdapter.toJson(writer, value.maxNewTokens());
    writer.name("repetition_penalty");
    repetitionPenaltyAdapter.toJson(writer, value.repetitionPenalty());
    writer.name("min_chunk_length");
    minChunkLengthAdapter.toJson(writer, value.minChunkLength());
    writer.name("condition_on_previous_chunks");
    conditionOnPreviousChunksAdapter.toJson(writer, value.conditionOnPreviousChunks());
    writer.name("early_stop_threshold");
    earlyStopThresholdAdapter.toJson(writer, value.earlyStopThreshold());
    writer.name("features");
    JsonFields.writeList(writer, featuresItemAdapter, value.features());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TtsRequest)";
  }
}
