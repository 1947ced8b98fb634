package fishaudio.client.reliability;

import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.generated.VoiceDesignResponse;

import static fishaudio.client.reliability.Fixtures.candidateJson;
import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.designJson;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: a case table that drives the key through every failure path and checks every output
 * (stdout, stderr, java.util.logging); one surface's redaction rule belongs in SecretRedactionTest.
 *
 * <p>Suite 4: a recognisable key is driven through every failure path, and must appear in no
 * exception message, stack trace or toString, no log line given to the client's logger, nothing
 * written to System.out or System.err, and no java.util.logging record (OkHttp's platform log).
 */
class SecretsTest {
  static final String KEY = "sk-live-RECOGNISABLE-0123456789";
  private static final String[] NEEDLES = {KEY, "RECOGNISABLE"};
  private static final Tally TALLY = new Tally("secrets");

  @AfterAll
  static void report() {
    TALLY.report();
  }

  /** Everything a case produced that a person or a log could read, by kind. */
  private static final class Evidence {
    final StringBuilder exceptions = new StringBuilder();
    final StringBuilder shown = new StringBuilder();

    void thrown(Throwable failure) {
      Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
        exceptions.append("message of ").append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        exceptions.append("toString: ").append(t).append('\n');
        for (Throwable suppressed : t.getSuppressed()) {
          thrown(suppressed);
        }
      }
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      exceptions.append("stack trace: ").append(trace).append('\n');
    }

    void shown(Object value) {
      shown.append(value == null ? "null" : value.getClass().getName()).append(": ").append(value).append('\n');
    }
  }

  private interface Scenario {
    void run(Harness h, FishAudio client, Evidence evidence) throws Exception;
  }

  @TestFactory
  Stream<DynamicTest> theKeyNeverShows() {
    return Stream.of(
        secret("the key does go on the wire (sanity), and nowhere else on success", (h, client, ev) -> {
          h.server.enqueue(Fixtures.designOk());
          VoiceDesignRequest request = design();
          VoiceDesignResponse result = client.voiceDesign().designVoice(request);
          assertEquals("Bearer " + KEY, h.server.takeRequest().getHeader("Authorization"));
          assertTrue(String.join("\n", h.log).contains("Authorization: <redacted>"), "the logger saw no request");
          ev.shown(client);
          ev.shown(request);
          ev.shown(result);
          ev.shown(result.candidates().get(0));
          ev.shown(client.voiceDesign().api());
          ev.shown(client.voiceCloning().api());
          ev.shown(client.baseUrl());
        }),
        secret("create model success: request, uploads and model", (h, client, ev) -> {
          h.server.enqueue(Fixtures.modelOk());
          CreateModelRequest request = model().build();
          ev.shown(request);
          ev.shown(request.voices().get(0));
          ev.shown(client.voiceCloning().createModel(request));
        }),
        secret("ConfigurationException: plain http to a public host", (h, client, ev) ->
            ev.thrown(assertThrows(FishAudioException.class,
                () -> FishAudio.builder().apiKey(KEY).baseUrl("http://api.example.com/").build()))),
        secret("ConfigurationException: malformed base URL", (h, client, ev) ->
            ev.thrown(assertThrows(FishAudioException.class,
                () -> FishAudio.builder().apiKey(KEY).baseUrl("not a url").build()))),
        secret("ConfigurationException: fromEnv with the key in a system property", (h, client, ev) -> {
          String oldKey = System.getProperty("fishaudio.apiKey");
          String oldUrl = System.getProperty("fishaudio.baseUrl");
          System.setProperty("fishaudio.apiKey", KEY);
          System.setProperty("fishaudio.baseUrl", "http://api.example.com/");
          try {
            ev.thrown(assertThrows(FishAudioException.class, FishAudio::fromEnv));
          } finally {
            restore("fishaudio.apiKey", oldKey);
            restore("fishaudio.baseUrl", oldUrl);
          }
        }),
        secret("InvalidRequestException: voice design", (h, client, ev) -> {
          VoiceDesignRequest request = design().toBuilder().n(5).build();
          ev.shown(request);
          ev.thrown(assertThrows(FishAudioException.class, () -> client.voiceDesign().designVoice(request)));
        }),
        secret("InvalidRequestException: missing voice file", (h, client, ev) -> {
          CreateModelRequest request = model().voices(Arrays.asList(Upload.of(h.dir.resolve("missing.wav")))).build();
          ev.shown(request);
          ev.thrown(assertThrows(FishAudioException.class, () -> client.voiceCloning().createModel(request)));
        }),
        failing("AuthenticationException: plain-text 401",
            new MockResponse().setResponseCode(401).setHeader("Content-Type", "text/plain").setBody("Invalid API key")),
        failing("InsufficientCreditException: 402", json(402, "{\"status\":402,\"message\":\"No credit\"}")),
        failing("UnprocessableRequestException: 422", json(422, "{\"status\":422,\"message\":\"Bad\",\"reason\":\"n\"}")),
        failing("RateLimitException: 429 after a retry",
            json(429, "{}").setHeader("Retry-After", "0"), json(429, "{}").setHeader("Retry-After", "0")),
        failing("ServerException: 500 with a request id", json(500, "{\"message\":\"boom\"}").setHeader("x-request-id", "req_1")),
        failing("ServerException: HTML 502",
            new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody("<html>502</html>")),
        failing("FishAudioApiException: 404", json(404, "{\"message\":\"Not found\"}")),
        failing("MalformedResponseException: truncated JSON", json(200, "{\"candidates\":[")),
        failing("MalformedResponseException: invalid base64", json(200, "{\"candidates\":[" + candidateJson(0, "***") + "]}")),
        failing("MalformedResponseException: not a WAV", json(200, designJson(new byte[20]))),
        failing("a null candidate", json(200, "{\"candidates\":[null]}")),
        failing("TransportException: timeout", Fixtures.designOk().setHeadersDelay(1, TimeUnit.SECONDS)),
        secret("TransportException: connection refused", (h, client, ev) -> {
          int port;
          try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
          }
          FishAudio refused = h.client(b -> b.apiKey(KEY).baseUrl("http://127.0.0.1:" + port + "/"));
          ev.thrown(assertThrows(FishAudioException.class, () -> refused.voiceDesign().designVoice(design())));
        }),
        secret("TransportException: reset mid-upload", (h, client, ev) -> {
          h.raw((socket, in) -> {
            RawServer.readHead(in);
            RawServer.skip(in, 16 * 1024);
            RawServer.reset(socket);
          });
          FishAudio raw = h.client(b -> b.apiKey(KEY));
          CreateModelRequest request =
              model().voices(Arrays.asList(Upload.of(new byte[4 * 1024 * 1024], "big.wav", "audio/wav"))).build();
          ev.thrown(assertThrows(FishAudioException.class, () -> raw.voiceCloning().createModel(request)));
        }),
        secret("async: 500 and a timeout", (h, client, ev) -> {
          h.server.enqueue(json(500, "{\"message\":\"boom\"}"));
          ev.thrown(assertThrows(ExecutionException.class, () -> client.voiceDesign().designVoiceAsync(design()).get(10, TimeUnit.SECONDS)));
          h.server.enqueue(Fixtures.designOk().setHeadersDelay(1, TimeUnit.SECONDS));
          ev.thrown(assertThrows(ExecutionException.class, () -> client.voiceCloning().createModelAsync(model().build()).get(10, TimeUnit.SECONDS)));
        }),
        // The live API and proxies sometimes quote the credential they rejected.
        failing("the server echoes the key in a JSON error message",
            json(401, "{\"status\":401,\"message\":\"Invalid API key: " + KEY + "\"}")),
        failing("the server echoes the key in a plain-text error",
            new MockResponse().setResponseCode(401).setHeader("Content-Type", "text/plain").setBody("Bearer " + KEY + " is revoked")),
        secret("a redirect to another host does not carry the key", (h, client, ev) -> {
          MockWebServer other = new MockWebServer();
          other.start(InetAddress.getByName("127.0.0.1"), 0);
          try {
            other.enqueue(Fixtures.designOk());
            // Same machine, other host name and port: OkHttp must drop Authorization.
            h.server.enqueue(new MockResponse().setResponseCode(307)
                .setHeader("Location", "http://localhost:" + other.getPort() + "/v1/voice-design"));
            try {
              client.voiceDesign().designVoice(design());
            } catch (FishAudioException e) {
              ev.thrown(e);
            }
            RecordedRequest redirected = other.takeRequest(1, TimeUnit.SECONDS);
            if (redirected != null) {
              assertNull(redirected.getHeader("Authorization"), "the key followed a redirect to another host");
            }
          } finally {
            other.shutdown();
          }
        }),
        secret("a key with a character headers cannot carry", (h, client, ev) -> {
          // Refused at build(), with a message that does not print the key.
          try {
            h.client(b -> b.apiKey(KEY + "\u00e9"));
            throw new AssertionError("build() accepted a key a header cannot carry");
          } catch (ConfigurationException e) {
            ev.thrown(e);
          }
        }));
  }

  private static DynamicTest failing(String name, MockResponse... responses) {
    return secret(name, (h, client, ev) -> {
      for (MockResponse response : responses) {
        h.server.enqueue(response);
      }
      FishAudio retrying = h.client(b -> b.apiKey(KEY).maxRetries(1).timeout(Duration.ofMillis(300)));
      try {
        ev.shown(retrying.voiceDesign().designVoice(design()));
        fail("the call succeeded");
      } catch (RuntimeException e) {
        ev.thrown(e);
      }
    });
  }

  /** Runs the scenario with the key, stdout, stderr and JUL captured, then looks for the key everywhere. */
  private static DynamicTest secret(String name, Scenario scenario) {
    return Harness.test(TALLY, name, h -> {
      Capture capture = new Capture();
      Evidence evidence = new Evidence();
      try {
        scenario.run(h, h.client(b -> b.apiKey(KEY)), evidence);
      } finally {
        capture.stop();
      }
      Map<String, String> places = new LinkedHashMap<>();
      places.put("exception messages, toString and stack traces", evidence.exceptions.toString());
      places.put("toString of the client, requests and results", evidence.shown.toString());
      places.put("logger", String.join("\n", h.log));
      places.put("System.out", capture.out.toString(StandardCharsets.UTF_8));
      places.put("System.err", capture.err.toString(StandardCharsets.UTF_8));
      places.put("java.util.logging", String.join("\n", capture.records));
      List<String> leaks = new ArrayList<>();
      for (Map.Entry<String, String> place : places.entrySet()) {
        for (String needle : NEEDLES) {
          if (place.getValue().contains(needle)) {
            leaks.add("key in " + place.getKey() + ": " + around(place.getValue(), needle));
            break;
          }
        }
      }
      if (!leaks.isEmpty()) {
        TALLY.leak(name, leaks);
        fail("the API key leaked: " + leaks);
      }
    });
  }

  /** Redirects System.out, System.err and the root JUL logger until {@link #stop()}. */
  private static final class Capture {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> records = Collections.synchronizedList(new ArrayList<>());
    private final PrintStream oldOut = System.out;
    private final PrintStream oldErr = System.err;
    private final Logger root = Logger.getLogger("");
    private final Level oldLevel = root.getLevel();
    private final Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record.getLoggerName() + ": " + record.getMessage()
            + (record.getParameters() == null ? "" : " " + Arrays.toString(record.getParameters()))
            + (record.getThrown() == null ? "" : " " + record.getThrown()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    Capture() {
      System.setOut(new PrintStream(out, true));
      System.setErr(new PrintStream(err, true));
      root.setLevel(Level.ALL);
      root.addHandler(handler);
    }

    void stop() {
      System.setOut(oldOut);
      System.setErr(oldErr);
      root.removeHandler(handler);
      root.setLevel(oldLevel);
    }
  }

  private static String around(String text, String needle) {
    int at = text.indexOf(needle);
    String excerpt = text.substring(Math.max(0, at - 60), Math.min(text.length(), at + needle.length() + 20));
    return excerpt.replace(KEY, "<THE KEY>").replace("\n", " | ");
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }
}
