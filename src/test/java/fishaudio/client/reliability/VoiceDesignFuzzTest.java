/*
 * Suite 5: fuzzing the voice-design response path with Jazzer.
 *
 * Regression mode (plain `mvn test`, JAZZER_FUZZ unset): each @FuzzTest runs once on the empty
 * input and once per seed file in
 * src/test/resources/fishaudio/client/reliability/VoiceDesignFuzzTestInputs/<method>/. Seeds
 * named crash-* are findings kept as regression tests.
 *
 * Fuzzing (one @FuzzTest per run; Linux, macOS or Windows on x86-64, Linux and macOS on arm64;
 * a finding is written into that Inputs directory, the working corpus into .cifuzz-corpus/):
 *
 *   JAZZER_FUZZ=1 mvn -B -Dlint.skip=true -Dcodegen.skip=true test \
 *       -Dtest='VoiceDesignFuzzTest#responseThroughClient' -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Djazzer.max_duration=5m '-Djazzer.instrument=fishaudio.**,com.squareup.moshi.**,okio.**'
 *
 * The other targets are #responseModel and #audioBase64ToWav. jazzer.instrument adds Moshi and
 * Okio to the coverage feedback (by default only classes from directories, ours, are
 * instrumented); -Djazzer.keep_going=10 goes on past the first finding. Here one core ran about
 * 5,000 inputs a second through the client, 19,000 through the model adapter.
 */
package fishaudio.client.reliability;

import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.AfterAll;

/**
 * Arbitrary bytes as a voice-design response: at the model level (plain Moshi with the generated
 * adapters) the only outcomes are a value or Moshi's typed errors; through the public client,
 * a result whose every candidate is a WAV file, or a {@link MalformedResponseException} (or a
 * {@link TransportException}). Anything else, such as a NullPointerException or a
 * ClassCastException, is a finding.
 */
class VoiceDesignFuzzTest {
  private static final JsonAdapter<VoiceDesignResponse> MODEL =
      new Moshi.Builder().build().adapter(VoiceDesignResponse.class);
  private static final ByteString RIFF = ByteString.encodeUtf8("RIFF");
  private static final ByteString WAVE = ByteString.encodeUtf8("WAVE");

  private static final Tally TALLY = new Tally("fuzz");

  private static volatile byte[] body = new byte[0];
  private static MockWebServer server;
  private static FishAudio client;

  @FuzzTest
  @DictionaryEntries({"{\"candidates\":[", "\"id\":", "\"index\":", "\"audio_base64\":\"UklGRgAAAABXQVZF\"",
      "\"sample_rate\":", "\"duration_ms\":", "\"text\":", "null", "true", "1e400", "{}", "[]", "\\u0000"})
  void responseModel(byte[] data) throws Throwable {
    TALLY.run("responseModel", () -> {
      try {
        MODEL.fromJson(new Buffer().write(data));
      } catch (JsonDataException | JsonEncodingException | EOFException typed) {
        assertNotNull(typed.getMessage());
      }
    });
  }

  @FuzzTest
  @DictionaryEntries({"{\"candidates\":[", "\"id\":", "\"index\":", "\"audio_base64\":\"UklGRgAAAABXQVZF\"",
      "\"sample_rate\":", "\"duration_ms\":", "\"text\":", "null", "true", "1e400", "{}", "[]", "\\u0000"})
  void responseThroughClient(byte[] data) throws Throwable {
    TALLY.run("responseThroughClient", () -> throughClient(data));
  }

  private static void throughClient(byte[] data) {
    try {
      VoiceDesignResponse result = design(data);
      assertEquals(result.candidates().size(), result.candidates().size());
      for (VoiceDesignCandidate candidate : result.candidates()) {
        assertWav(ByteString.of(candidate.audio().toByteArray()));
      }
    } catch (MalformedResponseException | TransportException typed) {
      assertNotNull(typed.getMessage());
    }
  }

  /**
   * The base64-to-WAV seam against an oracle. A first byte {@code T} makes the rest the
   * {@code audio_base64} text itself; otherwise the whole input is the audio, base64-encoded.
   */
  @FuzzTest
  void audioBase64ToWav(byte[] data) throws Throwable {
    TALLY.run("audioBase64ToWav", () -> base64ToWav(data));
  }

  private static void base64ToWav(byte[] data) throws IOException {
    boolean asText = data.length > 0 && data[0] == 'T';
    String audio = asText
        ? new String(data, 1, data.length - 1, StandardCharsets.ISO_8859_1)
        : ByteString.of(data).base64();
    Buffer json = new Buffer();
    try (JsonWriter writer = JsonWriter.of(json)) {
      writer.beginObject().name("candidates").beginArray().beginObject()
          .name("id").value("cand_0").name("index").value(0).name("audio_base64").value(audio)
          .name("sample_rate").value(24000).name("duration_ms").value(1)
          .endObject().endArray().endObject();
    }
    ByteString expected = rfc4648(audio);
    try {
      VoiceDesignResponse result = design(json.readByteArray());
      assertNotNull(expected, "invalid base64 was accepted: " + audio);
      assertWav(expected);
      assertArrayEquals(expected.toByteArray(), result.candidates().get(0).audio().toByteArray());
    } catch (MalformedResponseException e) {
      String message = String.valueOf(e.getMessage());
      if (expected == null) {
        assertTrue(message.contains("Invalid base64 in 'audio_base64'"), message);
      } else {
        assertFalse(isWav(expected), "a WAV file was rejected: " + message);
        assertTrue(message.contains("audio_base64 is not a RIFF/WAVE file"), message);
      }
    }
  }

  /**
   * The oracle: what format: byte means, RFC 4648 base64 in either alphabet, with whitespace
   * skipped and padding either correct or absent. (Okio's decodeBase64 would also take wrong
   * padding such as "QQ=", which the JDK, Python and the client refuse.)
   */
  private static ByteString rfc4648(String text) {
    String clean = text.replaceAll("[ \\n\\r\\t]", "").replace('-', '+').replace('_', '/');
    try {
      return ByteString.of(java.util.Base64.getDecoder().decode(clean));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  @AfterAll
  static void stopServer() throws IOException {
    TALLY.report();
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.shutdown();
    }
  }

  private static VoiceDesignResponse design(byte[] response) {
    start();
    body = response;
    try {
      return client.voiceDesign().designVoice(VoiceDesignRequest.builder().instruction("fuzz").build());
    } finally {
      // MockWebServer keeps every request it saw; a fuzzing run makes millions.
      try {
        while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
          // drained
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One server and client for the whole run: a fuzzer calls the target thousands of times. */
  private static synchronized void start() {
    if (server != null) {
      return;
    }
    server = new MockWebServer();
    // Without TCP_NODELAY, MockWebServer's separate header and body writes meet the client's
    // delayed ACK: 40 ms per exchange, which would cap fuzzing at about 25 inputs a second.
    server.setServerSocketFactory(new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new ServerSocket() {
          @Override
          public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
          }
        };
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        throw new UnsupportedOperationException();
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        throw new UnsupportedOperationException();
      }
    });
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(new Buffer().write(body));
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client = FishAudio.builder().apiKey("sk-fuzz").baseUrl(server.url("/").toString())
        .maxRetries(0).timeout(Duration.ofSeconds(10)).build();
  }

  private static boolean isWav(ByteString audio) {
    return audio.size() >= 12 && audio.rangeEquals(0, RIFF, 0, 4) && audio.rangeEquals(8, WAVE, 0, 4);
  }

  private static void assertWav(ByteString audio) {
    assertTrue(isWav(audio), () -> "not a WAV file: " + Arrays.toString(audio.substring(0, Math.min(12, audio.size())).toByteArray()));
  }
}
