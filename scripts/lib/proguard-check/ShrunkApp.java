import com.sun.net.httpserver.HttpServer;
import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.VoiceCandidate;
import fishaudio.client.VoiceDesignResult;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import fishaudio.client.generated.Visibility;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;

/**
 * The app scripts/lib/proguard-check.sh shrinks and obfuscates with only the jars' shipped rules and
 * a keep of this class's main. It serves the two operations on loopback itself (a JDK server, so no
 * second copy of OkHttp sits beside the shrunk one), then designs a voice, saves a candidate and
 * clones a voice from the saved file. Any failure exits non-zero.
 */
public class ShrunkApp {
  private static final byte[] WAV = wav();

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("proguard-check");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/voice-design", exchange -> respond(exchange, "{\"candidates\":[{\"id\":\"c-1\","
        + "\"index\":1,\"audio_base64\":\"" + Base64.getEncoder().encodeToString(WAV) + "\","
        + "\"sample_rate\":16000,\"duration_ms\":1}]}"));
    server.createContext("/model", exchange -> {
      byte[] body = readAll(exchange.getRequestBody());
      if (indexOf(body, WAV) < 0 || indexOf(body, "Shrunk narrator".getBytes(StandardCharsets.UTF_8)) < 0) {
        exchange.sendResponseHeaders(400, -1);
        exchange.close();
        return;
      }
      respond(exchange, "{\"_id\":\"m-1\",\"type\":\"tts\",\"title\":\"Shrunk narrator\",\"description\":\"\","
          + "\"cover_image\":\"\",\"state\":\"trained\",\"tags\":[],\"created_at\":\"2026-01-01T00:00:00Z\","
          + "\"updated_at\":\"2026-01-01T00:00:00Z\",\"visibility\":\"private\",\"like_count\":0,"
          + "\"mark_count\":0,\"shared_count\":0,\"task_count\":0,"
          + "\"author\":{\"_id\":\"a-1\",\"nickname\":\"me\",\"avatar\":\"\"}}");
    });
    server.start();
    try (FishAudio client = FishAudio.builder()
        .apiKey("proguard-check-key")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .allowInsecureHttp(true)
        .maxRetries(0)
        .build()) {
      VoiceDesignResult design = client.designVoice(VoiceDesignRequest.builder()
          .instruction("Warm, confident studio narrator")
          .n(1)
          .build());
      VoiceCandidate first = design.candidates().get(0);
      Path saved = first.save(dir.resolve("candidate.wav"));
      check(Arrays.equals(Files.readAllBytes(saved), WAV), "save: the saved file differs from the served WAV");
      System.out.println("design: " + design.candidates().size() + " candidate, " + first.sampleRate()
          + " Hz; save: " + Files.size(saved) + " bytes");

      ModelEntity model = client.createModel(CreateModelRequest.builder()
          .type(CreateModelType.TTS)
          .trainMode(CreateModelTrainMode.FAST)
          .title("Shrunk narrator")
          .visibility(Visibility.PRIVATE)
          .voices(Collections.singletonList(Upload.of(saved)))
          .build());
      check(model.state() == ModelState.TRAINED, "clone: state " + model.state());
      check(model.visibility() == Visibility.PRIVATE, "clone: visibility " + model.visibility());
      System.out.println("clone: model " + model.id() + " " + model.state() + " by " + model.author().nickname());
    } finally {
      server.stop(0);
    }
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
    readAll(exchange.getRequestBody());
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }

  /** A 16 kHz mono 16-bit WAV holding 16 samples of silence. */
  private static byte[] wav() {
    int data = 32;
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + data).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data).put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
    return b.array();
  }
}
