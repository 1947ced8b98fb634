package fishaudio.client.bench;

import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
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
 * One voice-design call (POST JSON, parse, base64-decode 4 candidates of 2 s of 44.1 kHz 16-bit
 * mono WAV, 176,444 bytes each, a 941 KB response) against an in-process loopback server, through:
 * our client ({@link #client}), the hand-written OkHttp + Moshi anchor with java.util.Base64
 * ({@link #raw}), the stock generator's client ({@link #stock}), and two diagnostics: the anchor
 * with Okio's decoder, as our generated adapter uses ({@link #rawOkioBase64}), and with a
 * streaming decoder that never builds the base64 String ({@link #rawStreamingBase64}). Each returns the decoded audio bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DesignBench {
  public static final int CANDIDATES = 4;
  public static final int DURATION_MS = 2000;
  public static final long EXPECTED_BYTES = CANDIDATES * Payloads.wavSize(DURATION_MS);

  private static byte[] response;

  static synchronized LoopbackServer server() throws IOException {
    if (response == null) {
      response = Payloads.designResponse(CANDIDATES, DURATION_MS);
    }
    return new LoopbackServer()
        .route("POST", "/v1/voice-design", 200, "application/json", LoopbackServer.bytes(response))
        .start();
  }

  static void check(String who, long bytes) {
    if (bytes != EXPECTED_BYTES) {
      throw new IllegalStateException(who + " decoded " + bytes + " bytes, expected " + EXPECTED_BYTES);
    }
  }

  @State(Scope.Benchmark)
  public static class Ours {
    LoopbackServer server;
    FishAudio client;
    VoiceDesignRequest request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      server = server();
      client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
      request = VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(CANDIDATES).build();
      check("our client", call());
    }

    int call() {
      VoiceDesignResponse result = client.voiceDesign().designVoice(request);
      int bytes = 0;
      for (VoiceDesignCandidate candidate : result.candidates()) {
        bytes += candidate.audio().size();
      }
      return bytes;
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

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      server = server();
      raw = new RawClients(server.url(), Payloads.API_KEY);
      for (RawClients.Decode decode : RawClients.Decode.values()) {
        check("raw client (" + decode + ")", call(decode));
      }
    }

    int call(RawClients.Decode decode) {
      int bytes = 0;
      for (RawClients.Candidate candidate : raw.designVoice(Payloads.INSTRUCTION, CANDIDATES, decode)) {
        bytes += candidate.size();
      }
      return bytes;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      raw.close();
      server.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Stock {
    LoopbackServer server;
    IntSupplier stock;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      server = server();
      stock = StockLoader.design(server.url());
      check("stock client", stock.getAsInt());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      ((AutoCloseable) stock).close();
      server.close();
    }
  }

  @Benchmark
  public int client(Ours ours) {
    return ours.call();
  }

  @Benchmark
  public int raw(Raw raw) {
    return raw.call(RawClients.Decode.JDK);
  }

  @Benchmark
  public int rawOkioBase64(Raw raw) {
    return raw.call(RawClients.Decode.OKIO);
  }

  @Benchmark
  public int rawStreamingBase64(Raw raw) {
    return raw.call(RawClients.Decode.STREAM);
  }

  @Benchmark
  public int stock(Stock stock) {
    return stock.stock.getAsInt();
  }
}
