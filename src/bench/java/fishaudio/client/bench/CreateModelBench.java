package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One create-model call: a multipart form with type, title, train_mode, visibility, three
 * {@code voices} of 1 MiB each (WAV, from memory) and their three {@code texts}, to a loopback
 * server that reads and discards the body and answers 201 with a model; the model is parsed.
 * Our client ({@link #client}) against a hand-built OkHttp {@code MultipartBody} ({@link #raw}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CreateModelBench {
  public static final int VOICES = 3;
  public static final int VOICE_BYTES = 1 << 20;
  static final List<String> TEXTS = Arrays.asList(
      "Welcome to Fish Audio.", "Thanks for listening.", "See you next time.");

  static List<byte[]> voices() {
    List<byte[]> voices = new ArrayList<>();
    for (int i = 1; i <= VOICES; i++) {
      voices.add(Payloads.wavOfSize(VOICE_BYTES, i));
    }
    return voices;
  }

  static LoopbackServer server() throws IOException {
    return new LoopbackServer()
        .route("POST", "/model", 201, "application/json", LoopbackServer.utf8(Payloads.MODEL_ENTITY_JSON))
        .start();
  }

  static void check(String who, LoopbackServer server) {
    if (server.requestBodyBytes() < (long) VOICES * VOICE_BYTES) {
      throw new IllegalStateException(who + ": server got " + server.requestBodyBytes() + " body bytes");
    }
  }

  @State(Scope.Benchmark)
  public static class Ours {
    LoopbackServer server;
    FishAudio client;
    CreateModelRequest request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      server = server();
      client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
      List<RequestBody> uploads = new ArrayList<>();
      List<byte[]> voices = voices();
      for (int i = 0; i < voices.size(); i++) {
        uploads.add(Upload.of(voices.get(i), "voice-" + (i + 1) + ".wav", "audio/wav"));
      }
      request = CreateModelRequest.builder()
          .type(CreateModelType.TTS).title("Studio narrator").trainMode(CreateModelTrainMode.FAST)
          .voices(uploads).visibility(Visibility.PRIVATE).texts(TEXTS).build();
      if (!"8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a".equals(client.voiceCloning().createModel(request).id())) {
        throw new IllegalStateException("our client: wrong model");
      }
      check("our client", server);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      client.close();
      server.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Raw {
    LoopbackServer server;
    RawClients raw;
    List<byte[]> voices;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      server = server();
      raw = new RawClients(server.url(), Payloads.API_KEY);
      voices = voices();
      if (!"8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a".equals(raw.createModel("Studio narrator", voices, TEXTS).get("_id"))) {
        throw new IllegalStateException("raw client: wrong model");
      }
      check("raw client", server);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      raw.close();
      server.close();
    }
  }

  @Benchmark
  public ModelEntity client(Ours ours) {
    return ours.client.voiceCloning().createModel(ours.request);
  }

  @Benchmark
  public Object raw(Raw raw) {
    return raw.raw.createModel("Studio narrator", raw.voices, TEXTS);
  }
}
