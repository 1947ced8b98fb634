package fishaudio.client.bench;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * The anchors: what a careful developer writes by hand with OkHttp and Moshi alone, doing the same
 * work as the client (send the request, parse the whole response, decode every candidate's audio)
 * and nothing more: no validation, no retries, no typed errors, no generated models.
 */
public final class RawClients implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final MediaType WAV = MediaType.get("audio/wav");

  /** How {@code audio_base64} is decoded. */
  public enum Decode {
    /** {@code nextString()}, then java.util.Base64: what a hand-written client does; the anchor. */
    JDK,
    /** {@code nextString()}, then Okio's {@code ByteString.decodeBase64}, as the generated adapter does (diagnostic). */
    OKIO,
    /** No String: the value streamed with {@code nextSource()}, decoded in 48 KiB chunks (diagnostic). */
    STREAM
  }

  private final OkHttpClient http;
  private final HttpUrl baseUrl;

  public RawClients(String baseUrl) {
    this(baseUrl, new OkHttpClient());
  }

  public RawClients(String baseUrl, OkHttpClient http) {
    this.http = http;
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  /** POST v1/voice-design; returns every candidate's decoded audio (a byte[], or a ByteString). */
  public List<Object> designVoice(int n, Decode decode) {
    Buffer json = new Buffer();
    try (JsonWriter writer = JsonWriter.of(json)) {
      writer.beginObject().name("instruction").value(Payloads.INSTRUCTION).name("n").value(n).endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Request request = new Request.Builder().url(baseUrl.resolve("v1/voice-design"))
        .header("Authorization", "Bearer " + Payloads.API_KEY).header("model", Payloads.MODEL_HEADER)
        .post(RequestBody.create(json.readByteString(), JSON)).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      JsonReader reader = JsonReader.of(response.body().source());
      List<Object> audio = new ArrayList<>();
      reader.beginObject();
      while (reader.hasNext()) {
        if (!reader.nextName().equals("candidates")) {
          reader.skipValue();
          continue;
        }
        reader.beginArray();
        while (reader.hasNext()) {
          audio.add(candidateAudio(reader, decode));
        }
        reader.endArray();
      }
      reader.endObject();
      return audio;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decoded audio bytes, added up. */
  public static long size(List<Object> audio) {
    return audio.stream().mapToLong(a -> a instanceof byte[] b ? b.length : ((ByteString) a).size()).sum();
  }

  /** Reads one candidate object, every field as a hand-written client would; returns its audio. */
  static Object candidateAudio(JsonReader reader, Decode decode) throws IOException {
    Object audio = null;
    List<Object> fields = new ArrayList<>();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "audio_base64" -> audio = switch (decode) {
          case JDK -> Base64.getDecoder().decode(reader.nextString());
          case OKIO -> ByteString.decodeBase64(reader.nextString());
          case STREAM -> streamBase64(reader);
        };
        case "index", "sample_rate", "duration_ms" -> fields.add(reader.nextInt());
        case "id", "text", "instruct", "language" -> fields.add(reader.nextString());
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    if (audio == null) {
      throw new IOException("bad or missing audio_base64");
    }
    return audio;
  }

  private static final int CHUNK = 48 * 1024; // a multiple of 4: whole base64 quanta

  /**
   * Decodes a JSON string of base64 without building it: {@code nextSource()} streams the raw value
   * (quotes included), java.util.Base64 decodes a chunk at a time into Okio segments, which
   * {@code snapshot()} shares. A sketch: JSON escapes such as {@code \/} are not handled.
   */
  static ByteString streamBase64(JsonReader reader) throws IOException {
    Base64.Decoder decoder = Base64.getDecoder();
    Buffer out = new Buffer();
    byte[] chunk = new byte[CHUNK];
    byte[] decoded = new byte[CHUNK / 4 * 3];
    try (BufferedSource source = reader.nextSource()) {
      source.readByte(); // the opening quote
      while (true) {
        int filled = 0;
        for (int n = 0; filled < CHUNK && n >= 0; filled += Math.max(n, 0)) {
          n = source.read(chunk, filled, CHUNK - filled);
        }
        if (filled == CHUNK && !source.exhausted()) {
          out.write(decoded, 0, decoder.decode(chunk, decoded));
        } else {
          out.write(decoder.decode(Arrays.copyOf(chunk, filled - 1))); // less the closing quote
          return out.snapshot();
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("bad base64: " + e.getMessage(), e);
    }
  }

  /** POST model as a hand-built multipart form: the same parts the client sends. Returns the model's id. */
  @SuppressWarnings("unchecked")
  public String createModel(List<RequestBody> voices, List<String> texts) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("type", "tts").addFormDataPart("title", "Studio narrator")
        .addFormDataPart("train_mode", "fast");
    for (int i = 0; i < voices.size(); i++) {
      form.addFormDataPart("voices", "voice-" + (i + 1) + ".wav", voices.get(i));
    }
    form.addFormDataPart("visibility", "private");
    texts.forEach(text -> form.addFormDataPart("texts", text));
    Request request = new Request.Builder().url(baseUrl.resolve("model"))
        .header("Authorization", "Bearer " + Payloads.API_KEY).post(form.build()).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return (String) ((Map<String, Object>) JsonReader.of(response.body().source()).readJsonValue()).get("_id");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
