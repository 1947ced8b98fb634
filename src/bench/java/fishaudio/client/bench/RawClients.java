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
 * work as our client (send the request, parse the whole response, decode every candidate's audio)
 * and nothing more: no validation, no retries, no typed errors, no generated models.
 */
public final class RawClients {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType WAV = MediaType.get("audio/wav");

  /** One decoded voice-design candidate. */
  public static final class Candidate {
    public String id;
    public int index;
    /** The audio, decoded by java.util.Base64 ... */
    public byte[] audio;
    /** ... or by Okio, kept as the ByteString it returns (no copy, like our client). */
    public ByteString audioBytes;
    public int sampleRate;
    public int durationMs;
    public String text;
    public String instruct;
    public String language;

    public int size() {
      return audio != null ? audio.length : audioBytes.size();
    }
  }

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String authorization;

  public RawClients(String baseUrl, String apiKey) {
    this.http = new OkHttpClient();
    this.baseUrl = HttpUrl.get(baseUrl);
    this.authorization = "Bearer " + apiKey;
  }

  /** How the anchor decodes {@code audio_base64}. */
  public enum Decode {
    /** {@code nextString()}, then java.util.Base64: what a hand-written client does; the anchor. */
    JDK,
    /** {@code nextString()}, then Okio's {@code ByteString.decodeBase64}, as our generated adapter does (diagnostic). */
    OKIO,
    /**
     * No String: the value streamed with Moshi's {@code nextSource()} and decoded in 48 KiB chunks
     * by java.util.Base64 into an Okio buffer (diagnostic: what a streaming decoder could reach).
     */
    STREAM
  }

  /** POST v1/voice-design, decoding every candidate's audio as {@code decode} says. */
  public List<Candidate> designVoice(String instruction, int n, Decode decode) {
    Buffer json = new Buffer();
    try (JsonWriter writer = JsonWriter.of(json)) {
      writer.beginObject().name("instruction").value(instruction).name("n").value(n).endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Request request = new Request.Builder()
        .url(baseUrl.resolve("v1/voice-design"))
        .header("Authorization", authorization)
        .header("model", Payloads.MODEL_HEADER)
        .post(RequestBody.create(json.readByteString(), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      JsonReader reader = JsonReader.of(response.body().source());
      List<Candidate> candidates = new ArrayList<>();
      reader.beginObject();
      while (reader.hasNext()) {
        if (!reader.nextName().equals("candidates")) {
          reader.skipValue();
          continue;
        }
        reader.beginArray();
        while (reader.hasNext()) {
          candidates.add(candidate(reader, decode));
        }
        reader.endArray();
      }
      reader.endObject();
      return candidates;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one candidate object. */
  public static Candidate candidate(JsonReader reader, Decode decode) throws IOException {
    Candidate c = new Candidate();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "id":
          c.id = reader.nextString();
          break;
        case "index":
          c.index = reader.nextInt();
          break;
        case "audio_base64":
          if (decode == Decode.JDK) {
            c.audio = Base64.getDecoder().decode(reader.nextString());
          } else if (decode == Decode.OKIO) {
            c.audioBytes = ByteString.decodeBase64(reader.nextString());
            if (c.audioBytes == null) {
              throw new IOException("bad base64");
            }
          } else {
            c.audioBytes = streamBase64(reader);
          }
          break;
        case "sample_rate":
          c.sampleRate = reader.nextInt();
          break;
        case "duration_ms":
          c.durationMs = reader.nextInt();
          break;
        case "text":
          c.text = reader.nextString();
          break;
        case "instruct":
          c.instruct = reader.nextString();
          break;
        case "language":
          c.language = reader.nextString();
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    return c;
  }

  private static final int CHUNK = 48 * 1024; // a multiple of 4: whole base64 quanta

  /**
   * Decodes a JSON string of base64 without materialising it: Moshi's {@code nextSource()} streams
   * the raw value (quotes included), java.util.Base64 decodes it a chunk at a time, and the bytes
   * stay in Okio segments ({@code snapshot()} shares them, no final copy). A sketch: it does not
   * handle JSON escapes such as {@code \/}, which a real implementation would.
   */
  static ByteString streamBase64(JsonReader reader) throws IOException {
    Base64.Decoder decoder = Base64.getDecoder();
    Buffer out = new Buffer();
    byte[] chunk = new byte[CHUNK];
    byte[] decoded = new byte[CHUNK / 4 * 3];
    try (BufferedSource source = reader.nextSource()) {
      if (source.readByte() != '"') {
        throw new IOException("audio_base64 is not a string");
      }
      while (true) {
        int filled = 0;
        while (filled < CHUNK) {
          int n = source.read(chunk, filled, CHUNK - filled);
          if (n < 0) {
            break;
          }
          filled += n;
        }
        if (filled == CHUNK && !source.exhausted()) {
          out.write(decoded, 0, decoder.decode(chunk, decoded));
          continue;
        }
        if (filled == 0 || chunk[filled - 1] != '"') {
          throw new IOException("unterminated audio_base64");
        }
        out.write(decoder.decode(Arrays.copyOf(chunk, filled - 1)));
        return out.snapshot();
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("bad base64: " + e.getMessage(), e);
    }
  }

  /** POST model as a hand-built multipart form: the same parts our client sends. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> createModel(String title, List<byte[]> voices, List<String> texts) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("type", "tts")
        .addFormDataPart("title", title)
        .addFormDataPart("train_mode", "fast");
    for (int i = 0; i < voices.size(); i++) {
      form.addFormDataPart("voices", "voice-" + (i + 1) + ".wav", RequestBody.create(voices.get(i), WAV));
    }
    form.addFormDataPart("visibility", "private");
    for (String text : texts) {
      form.addFormDataPart("texts", text);
    }
    Request request = new Request.Builder()
        .url(baseUrl.resolve("model"))
        .header("Authorization", authorization)
        .post(form.build())
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return (Map<String, Object>) JsonReader.of(response.body().source()).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
