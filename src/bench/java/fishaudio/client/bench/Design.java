package fishaudio.client.bench;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.Visibility;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import okhttp3.RequestBody;

/**
 * The calls the client makes most, against the anchors, in one JVM and one loopback server:
 * voice design (4 candidates of 2 s, 176,444 bytes of WAV each, a 941 KB answer) through the
 * client, the raw OkHttp + Moshi anchor and the stock generator's client; create-model (3 voices of
 * 1 MiB from memory, 3 texts) through the client and a hand-built multipart form. Each side is a
 * block of calls, and the blocks interleave (see {@link Pairs}). Also the states of {@link Jmh}.
 *
 * <p>Counts: ROUNDS [300], CALLS a block [10; create-model half as many], WARMUP_S [10].
 */
final class Design {
  static final int CANDIDATES = 4;
  static final int DURATION_MS = 2000;
  static final long DESIGN_BYTES = CANDIDATES * Payloads.wavSize(DURATION_MS);
  static final List<String> TEXTS = List.of("Welcome to Fish Audio.", "Thanks for listening.", "See you next time.");
  static final VoiceDesignRequest REQUEST =
      VoiceDesignRequest.builder().instruction(Payloads.INSTRUCTION).n(CANDIDATES).build();

  private Design() {}

  /** A server answering voice design and create-model. */
  static Loopback server(SSLContext tls) throws Exception {
    return new Loopback()
        .route("POST", "/v1/voice-design", 200, "application/json",
            Loopback.bytes(Payloads.designResponse(CANDIDATES, DURATION_MS)))
        .route("POST", "/model", 201, "application/json", Loopback.utf8(Payloads.MODEL_ENTITY_JSON)).start(tls);
  }

  static long design(FishAudio client) {
    return audioBytes(client.voiceDesign().designVoice(REQUEST).candidates());
  }

  static List<byte[]> voices() {
    return IntStream.rangeClosed(1, 3).mapToObj(i -> Payloads.wav(1 << 20, i)).toList();
  }

  static CreateModelRequest createModelRequest(List<RequestBody> voices, List<String> texts) {
    return CreateModelRequest.builder().type(CreateModelType.TTS).title("Studio narrator")
        .trainMode(CreateModelTrainMode.FAST).voices(voices).visibility(Visibility.PRIVATE).texts(texts).build();
  }

  /** A create-model form of files from disk, streamed ({@code Upload.of(Path)}). */
  static CreateModelRequest createModelRequest(List<Path> files) {
    return createModelRequest(files.stream().map(f -> (RequestBody) Upload.of(f)).toList(), List.of());
  }

  static CreateModelRequest createModelRequest() {
    List<byte[]> voices = voices();
    return createModelRequest(IntStream.range(0, voices.size())
        .mapToObj(i -> (RequestBody) Upload.of(voices.get(i), "voice-" + (i + 1) + ".wav", "audio/wav")).toList(), TEXTS);
  }

  static List<RequestBody> rawVoices() {
    return voices().stream().map(v -> RequestBody.create(v, RawClients.WAV)).toList();
  }

  /** CALLS calls of WORK, each checked to return EXPECTED. */
  static Pairs.Side block(int calls, long expected, LongSupplier work) {
    return Pairs.inJvm(() -> {
      for (int i = 0; i < calls; i++) {
        long got = work.getAsLong();
        if (got != expected) {
          throw new IllegalStateException("got " + got + ", expected " + expected);
        }
      }
      return null;
    });
  }

  static void run(Path out, int[] counts, Bench.Result result) throws Exception {
    int rounds = Bench.count(counts, 0, 300);
    int calls = Bench.count(counts, 1, 10);
    int uploads = Math.max(1, calls / 2); // a create-model block: 3 MiB a call, so half as many
    try (Loopback server = server(null);
        FishAudio client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
        RawClients raw = new RawClients(server.url())) {
      CreateModelRequest form = createModelRequest();
      List<RequestBody> rawVoices = rawVoices();
      long id = Payloads.MODEL_ID.hashCode();
      Pairs pairs = new Pairs()
          .side("design_client", block(calls, DESIGN_BYTES, () -> design(client)))
          .side("design_raw", block(calls, DESIGN_BYTES, () -> RawClients.size(raw.designVoice(CANDIDATES))))
          .side("create_client", block(uploads, id, () -> client.voiceCloning().createModel(form).id().hashCode()))
          .side("create_raw", block(uploads, id, () -> raw.createModel(rawVoices, TEXTS).hashCode()));
      LongSupplier stock = stock(server.url());
      if (stock != null) {
        pairs.side("design_stock", block(calls, DESIGN_BYTES, stock));
      }
      pairs.measure(0, Bench.count(counts, 2, 10), rounds);
      IntFunction<String> how = n -> rounds + " rounds of " + n + "-call blocks, interleaved in one JVM";
      result.rows.add(pairs.key("design_overhead_vs_raw", "design_client", "design_raw", 1.10,
          "voice design, client / hand-written OkHttp + Moshi + java.util.Base64; " + how.apply(calls)));
      result.rows.add(pairs.key("create_model_overhead_vs_raw", "create_client", "create_raw", 1.10,
          "create-model, 3 voices of 1 MiB, client / hand-built OkHttp MultipartBody; " + how.apply(uploads)));
      result.rows.add(stock == null ? Pairs.value("design_vs_stock_generator", null, "<= 1.0", null,
              "the stock client was not on the classpath (scripts/bench builds it)")
          : pairs.key("design_vs_stock_generator", "design_client", "design_stock", 1.0,
              "voice design, client / the stock openapi-generator java/retrofit2/Gson client, plus the base64 adapter "
                  + "it needs to read format: byte at all (see stock/StockDesign); " + how.apply(calls)));
      result.details.put("seconds_per_block", pairs.raw());
    }
  }

  /** The stock anchor (stock.StockDesign, built by scripts/bench), or null when it is not on the classpath. */
  static LongSupplier stock(String baseUrl) throws ReflectiveOperationException {
    try {
      return (LongSupplier) Class.forName("fishaudio.client.bench.stock.StockDesign").getConstructor(String.class).newInstance(baseUrl);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** The candidates' audio, for the JMH states. */
  static long audioBytes(List<VoiceDesignCandidate> candidates) {
    return candidates.stream().mapToLong(c -> c.audio().size()).sum();
  }
}
