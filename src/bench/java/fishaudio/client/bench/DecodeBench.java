package fishaudio.client.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.ByteString;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode throughput on the big response (4 candidates of 60 s, 44.1 kHz 16-bit mono: 5,292,044
 * bytes of WAV each, 21.2 MB decoded, 28.2 MB of JSON): the generated Moshi adapter parsing the
 * whole body from an in-memory buffer ({@link #client}), against java.util.Base64 alone on the
 * four base64 texts ({@link #jdkBase64}) and Okio's decoder alone ({@link #okioBase64}); and,
 * as a diagnostic, the body parsed with a streaming decoder that builds no String ({@link #streaming}).
 * MB/s = decoded bytes / time; Report computes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DecodeBench {
  public static final int CANDIDATES = 4;
  public static final int DURATION_MS = 60_000;
  public static final long DECODED_BYTES = CANDIDATES * Payloads.wavSize(DURATION_MS);

  byte[] body;
  String[] base64;
  byte[][] base64Bytes;
  JsonAdapter<VoiceDesignResponse> adapter;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    body = Payloads.designResponse(CANDIDATES, DURATION_MS);
    base64 = Payloads.base64Audio(CANDIDATES, DURATION_MS);
    base64Bytes = new byte[CANDIDATES][];
    for (int i = 0; i < CANDIDATES; i++) {
      base64Bytes[i] = base64[i].getBytes(StandardCharsets.US_ASCII);
    }
    adapter = new Moshi.Builder().build().adapter(VoiceDesignResponse.class);
    for (long n : new long[] {client(), jdkBase64(), okioBase64(), streaming()}) {
      if (n != DECODED_BYTES) {
        throw new IllegalStateException("decoded " + n + " bytes, expected " + DECODED_BYTES);
      }
    }
  }

  @Benchmark
  public long client() throws IOException {
    VoiceDesignResponse response = adapter.fromJson(new Buffer().write(body));
    long bytes = 0;
    for (VoiceDesignCandidate candidate : response.candidates()) {
      bytes += candidate.audio().size();
    }
    return bytes;
  }

  /** Diagnostic: the whole body parsed like the raw anchor, with the streaming decoder (no String). */
  @Benchmark
  public long streaming() throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    long bytes = 0;
    reader.beginObject();
    reader.nextName();
    reader.beginArray();
    while (reader.hasNext()) {
      bytes += RawClients.candidate(reader, RawClients.Decode.STREAM).size();
    }
    reader.endArray();
    reader.endObject();
    return bytes;
  }

  @Benchmark
  public long jdkBase64() {
    long bytes = 0;
    for (byte[] text : base64Bytes) {
      bytes += Base64.getDecoder().decode(text).length;
    }
    return bytes;
  }

  @Benchmark
  public long okioBase64() {
    long bytes = 0;
    for (String text : base64) {
      bytes += ByteString.decodeBase64(text).size();
    }
    return bytes;
  }
}
