package fishaudio.client.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import fishaudio.client.FishAudio;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.VoiceDesignResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.ByteString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH, beside the paired keys: the calls of {@link Design} fork by fork (design_overhead_vs_raw_jmh,
 * and allocation per call with {@code -prof gc}), and decode throughput on the big answer (4 x 60 s,
 * 21.2 MB decoded from 28.2 MB of JSON, parsed from memory): the generated adapter against
 * java.util.Base64 and Okio's decoder alone, and a streaming sketch that builds no String.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class Jmh {
  @State(Scope.Benchmark)
  public static class Calls {
    Loopback server;
    FishAudio client;
    RawClients raw;
    LongSupplier stock;
    CreateModelRequest form;
    List<RequestBody> rawVoices;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      server = Design.server(null);
      client = FishAudio.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
      raw = new RawClients(server.url());
      stock = (LongSupplier) Design.stock("<init>", server.url());
      form = Design.createModelRequest();
      rawVoices = Design.rawVoices();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      client.close();
      raw.close();
      server.close();
    }
  }

  @Benchmark
  public long designClient(Calls c) {
    return Design.design(c.client);
  }

  @Benchmark
  public Object designRaw(Calls c) {
    return c.raw.designVoice(Design.CANDIDATES, RawClients.Decode.JDK);
  }

  @Benchmark
  public Object designRawOkioBase64(Calls c) {
    return c.raw.designVoice(Design.CANDIDATES, RawClients.Decode.OKIO);
  }

  @Benchmark
  public Object designRawStreamingBase64(Calls c) {
    return c.raw.designVoice(Design.CANDIDATES, RawClients.Decode.STREAM);
  }

  @Benchmark
  public long designStock(Calls c) {
    return c.stock.getAsLong(); // excluded by scripts/bench when the stock client is not built
  }

  @Benchmark
  public Object createModelClient(Calls c) {
    return c.client.voiceCloning().createModel(c.form);
  }

  @Benchmark
  public Object createModelRaw(Calls c) {
    return c.raw.createModel(c.rawVoices, Design.TEXTS);
  }

  @State(Scope.Benchmark)
  public static class Decode {
    byte[] body;
    String[] base64;
    byte[][] base64Bytes;
    JsonAdapter<VoiceDesignResponse> adapter = new Moshi.Builder().build().adapter(VoiceDesignResponse.class);

    @Setup(Level.Trial)
    public void setUp() {
      body = Payloads.designResponse(Heap.CANDIDATES, Heap.DURATION_MS);
      base64 = new String[Heap.CANDIDATES];
      base64Bytes = new byte[Heap.CANDIDATES][];
      for (int i = 0; i < base64.length; i++) {
        base64[i] = Base64.getEncoder().encodeToString(Payloads.wav(Payloads.wavSize(Heap.DURATION_MS), i + 1));
        base64Bytes[i] = Payloads.ascii(base64[i]);
      }
    }
  }

  @Benchmark
  public long decodeClient(Decode d) throws IOException {
    return Design.audioBytes(d.adapter.fromJson(new Buffer().write(d.body)).candidates());
  }

  @Benchmark
  public long decodeStreaming(Decode d) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(d.body));
    long bytes = 0;
    reader.beginObject();
    reader.nextName();
    reader.beginArray();
    while (reader.hasNext()) {
      bytes += ((ByteString) RawClients.candidateAudio(reader, RawClients.Decode.STREAM)).size();
    }
    return bytes;
  }

  @Benchmark
  public long decodeJdkBase64(Decode d) {
    long bytes = 0;
    for (byte[] text : d.base64Bytes) {
      bytes += Base64.getDecoder().decode(text).length;
    }
    return bytes;
  }

  @Benchmark
  public long decodeOkioBase64(Decode d) {
    long bytes = 0;
    for (String text : d.base64) {
      bytes += ByteString.decodeBase64(text).size();
    }
    return bytes;
  }
}
