import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Base64;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** MockWebServer for scripts/lib/proguard-check.sh, in its own JVM (the app's OkHttp is shrunk). */
public final class Server {
  public static void main(String[] args) throws Exception {
    byte[] wav = new byte[44 + 800];
    byte[] header = "RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, wav, 0, header.length);
    String audio = Base64.getEncoder().encodeToString(wav);
    String design = "{\"candidates\":[{\"id\":\"c1\",\"index\":1,\"audio_base64\":\"" + audio
        + "\",\"sample_rate\":44100,\"duration_ms\":10,\"text\":\"Hello\"}]}";
    String model = "{\"_id\":\"m1\",\"type\":\"tts\",\"title\":\"Shrunk\",\"description\":\"\",\"cover_image\":\"\","
        + "\"state\":\"trained\",\"tags\":[],\"created_at\":\"2026-11-21T12:00:00Z\",\"updated_at\":\"2026-11-21T12:00:00Z\","
        + "\"visibility\":\"private\",\"like_count\":0,\"mark_count\":0,\"shared_count\":0,\"task_count\":0,"
        + "\"author\":{\"_id\":\"a1\",\"nickname\":\"studio\",\"avatar\":\"\"}}";
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if (path.equals("/v1/voice-design")) {
          return new MockResponse().setHeader("Content-Type", "application/json").setBody(design);
        }
        if (path.equals("/model") && request.getBody().size() > 800) {
          return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json").setBody(model);
        }
        if (path.equals("/v1/tts") && "application/msgpack".equals(request.getHeader("Content-Type"))) {
          return new MockResponse().setHeader("Content-Type", "audio/mpeg").setChunkedBody(new okio.Buffer().write(new byte[] {7, 8, 9}), 1);
        }
        if (path.equals("/v1/tts/stream/with-timestamp")) {
          return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(
              "data: {\"audio_base64\":\"AQI=\",\"content\":\"Hi\",\"chunk_seq\":0,\"chunk_audio_offset_sec\":0,"
                  + "\"alignment\":{\"segments\":[{\"text\":\"Hi\",\"start\":0,\"end\":0.2}],\"audio_duration\":0.2}}\n\n"
                  + "data: {\"audio_base64\":\"AwQ=\",\"content\":\"Hi\",\"chunk_seq\":0,\"chunk_audio_offset_sec\":0}\n\n");
        }
        if (path.equals("/v1/asr")) {
          return new MockResponse().setHeader("Content-Type", "application/json")
              .setBody("{\"text\":\"Hello\",\"duration\":0.5,\"segments\":[]}");
        }
        if (path.equals("/wallet/self/api-credit")) {
          return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"_id\":\"w\",\"user_id\":\"u\","
              + "\"credit\":\"1.50\",\"cumulative_top_up\":\"2\",\"created_at\":\"2026-11-21T12:00:00Z\","
              + "\"updated_at\":\"2026-11-21T12:00:00Z\",\"has_phone_sha256\":false}");
        }
        return new MockResponse().setResponseCode(404);
      }
    });
    server.start();
    Files.write(Paths.get(args[0]), server.url("/").toString().getBytes(StandardCharsets.US_ASCII));
    Thread.sleep(Long.MAX_VALUE);
  }
}
