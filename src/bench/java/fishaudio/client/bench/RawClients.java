package fishaudio.client.bench;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

/**
 * The anchors: what a careful developer writes by hand with OkHttp and Moshi alone, doing the same
 * work as the client (send the request, parse the whole response, decode every candidate's audio)
 * and nothing more: no validation, no retries, no typed errors, no generated models.
 */
public final class RawClients implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final MediaType WAV = MediaType.get("audio/wav");

  private final OkHttpClient http;
  private final HttpUrl baseUrl;

  public RawClients(String baseUrl) {
    this(baseUrl, new OkHttpClient());
  }

  public RawClients(String baseUrl, OkHttpClient http) {
    this.http = http;
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  /** POST v1/voice-design (nextString, then java.util.Base64); returns every candidate's decoded audio. */
  public List<byte[]> designVoice(int n) {
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
      List<byte[]> audio = new ArrayList<>();
      reader.beginObject();
      while (reader.hasNext()) {
        if (!reader.nextName().equals("candidates")) {
          reader.skipValue();
          continue;
        }
        reader.beginArray();
        while (reader.hasNext()) {
          audio.add(candidateAudio(reader));
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
  public static long size(List<byte[]> audio) {
    return audio.stream().mapToLong(a -> a.length).sum();
  }

  /** Reads one candidate object, every field as a hand-written client would; returns its audio. */
  static byte[] candidateAudio(JsonReader reader) throws IOException {
    byte[] audio = null;
    List<Object> fields = new ArrayList<>();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "audio_base64" -> audio = Base64.getDecoder().decode(reader.nextString());
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
