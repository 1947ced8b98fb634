package fishaudio.client.reliability;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnknownModelStateException;

import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static fishaudio.client.reliability.Fixtures.wav;
import static fishaudio.client.reliability.KeyLeaks.KEY;
import static fishaudio.client.reliability.KeyLeaks.assertNoKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import fishaudio.client.testing.CandidateJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: the key driven into the parts of an answer that become a throwable's text by a
 * route other than the error body (the reason phrase, a cause's message, a parse error's input), and
 * into encodings at any alignment; the key in an error body, the logger and the console belongs in
 * SecretsTest.
 *
 * <p>Suite 7: every throwable the client hands out, its causes and suppressed ones included, shows
 * the key in no form: message, localized message, {@code toString()}, the printed stack trace, and
 * the accessors of an API error. Checked by {@link KeyLeaks}, an oracle independent of the client's
 * redaction.
 */
class KeyInCausesTest {
  private static final Tally TALLY = new Tally("key-in-causes");

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------ 1. the reason phrase

  @TestFactory
  Stream<DynamicTest> theReasonPhraseIsRedacted() {
    return Stream.of(
        apiStatus("418 Bearer <key>, empty body: getModel", new MockResponse().setStatus("HTTP/1.1 418 Bearer " + KEY), 418),
        apiStatus("429 <key>, empty body: getModel", new MockResponse().setStatus("HTTP/1.1 429 " + KEY), 429),
        keyCase("418 Bearer <key>, empty body: getModelAsync", h -> {
          h.server.enqueue(new MockResponse().setStatus("HTTP/1.1 418 Bearer " + KEY));
          ExecutionException e = assertThrows(ExecutionException.class,
              () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModelAsync("m1").get(10, TimeUnit.SECONDS));
          FishAudioApiException api = assertInstanceOf(FishAudioApiException.class, e.getCause());
          assertNoKey(e);
          assertNoKey("serverMessage()", api.serverMessage());
        }),
        // Variations: other statuses, other encodings of the key, other places the phrase is used.
        apiStatus("503 <key> with an HTML body", new MockResponse().setStatus("HTTP/1.1 503 " + KEY)
            .setHeader("Content-Type", "text/html").setBody("<html>busy</html>"), 503),
        apiStatus("401 base64 of Bearer <key>", new MockResponse().setStatus("HTTP/1.1 401 "
            + Base64.getEncoder().encodeToString(("Bearer " + KEY).getBytes(StandardCharsets.US_ASCII))), 401),
        apiStatus("404 percent-encoded key", new MockResponse().setStatus("HTTP/1.1 404 key%3D"
            + KEY.replace("-", "%2d")), 404),
        keyCase("500 with the key across the 500-character cut of a message", h -> {
          h.server.enqueue(new MockResponse().setStatus("HTTP/1.1 500 " + Fixtures.repeat("x", 485) + KEY));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
          assertApiErrorClean(e);
          // Cut at 500 characters, the key's first 15 would be all that is left of it.
          assertFalse(KeyLeaks.everyText(e).contains(KEY.substring(0, 13)), e.getMessage());
        }),
        apiStatus("302 <key>, the key as the Location host", new MockResponse().setStatus("HTTP/1.1 302 " + KEY)
            .setHeader("Location", "http://" + KEY + ".example.com/path?key=" + KEY), 302),
        apiStatus("400 <key> as the x-request-id header", new MockResponse().setStatus("HTTP/1.1 400 Bad")
            .setHeader("x-request-id", "req-" + KEY), 400));
  }

  // ------------------------------------------------------------------ 2. causes

  @TestFactory
  Stream<DynamicTest> causesAreRedacted() {
    return Stream.of(
        keyCase("status line HTTX/1.1 <key>: the ProtocolException cause", h -> {
          h.server.enqueue(new MockResponse().setStatus("HTTX/1.1 " + KEY));
          TransportException e = assertThrows(TransportException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
          assertNotNull(e.getCause(), "the cause is kept");
          assertNoKey(e);
        }),
        getModelMalformed("like_count holds the key: the JsonDataException cause",
            modelJson().replace("\"like_count\": 0", "\"like_count\": \"" + KEY + "\"")),
        getModelMalformed("created_at holds the key: the DateTimeParseException cause",
            modelJson().replace("2026-11-21T12:00:00Z", KEY)),
        getModelMalformed("a duplicate key inside quality",
            modelJson().replaceFirst("\\{", "{\"quality\": {\"" + KEY + "\": 1, \"" + KEY + "\": 2}, ")),
        designMalformed("voice design: the key as a candidate's id, audio not WAV",
            CandidateJson.designResponse(CandidateJson.candidate(KEY, 0, new byte[20], 24000, 10, "Hello", "Warm"))),
        designMalformed("voice design: the key in sample_rate",
            CandidateJson.designResponse(candidate().replace("\"sample_rate\":24000", "\"sample_rate\":\"" + KEY + "\""))),
        designMalformed("voice design: the key JSON-escaped in sample_rate",
            CandidateJson.designResponse(candidate().replace("\"sample_rate\":24000", "\"sample_rate\":\"" + escapeAll(KEY) + "\""))),
        // Variations: other fields, other parsers, other operations, the async path.
        keyCase("listModels: the key as total", h -> {
          h.server.enqueue(json(200, "{\"total\":\"" + KEY + "\",\"items\":[],\"has_more\":false}"));
          MalformedResponseException e = assertThrows(MalformedResponseException.class,
              () -> h.client(b -> b.apiKey(KEY)).voiceCloning().listModels(ListModelsQuery.builder().build()));
          assertNoKey(e);
        }),
        getModelMalformed("updated_at holds the key after 70 characters (DateTimeParseException abbreviates its text)",
            modelJson().replace("2026-11-21T12:00:01Z", Fixtures.repeat("9", 70) + KEY)),
        getModelMalformed("the key as a duplicate key deep inside quality",
            modelJson().replaceFirst("\\{", "{\"quality\": {\"a\": [{\"" + KEY + "\": 1, \"" + KEY + "\": 2}]}, ")),
        keyCase("create model: the key in an int field, with the id", h -> {
          h.server.enqueue(json(201, modelJson().replace("\"task_count\": 0", "\"task_count\": \"" + KEY + "\"")));
          MalformedResponseException e =
              assertThrows(MalformedResponseException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().createModel(model().build()));
          assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", e.createdModelId());
          assertNoKey(e);
          assertNoKey("body()", e.body());
        }),
        keyCase("waitUntilTrained: the key as the model's state", h -> {
          h.server.enqueue(json(200, modelJson().replace("\"state\": \"trained\"", "\"state\": \"" + KEY + "\"")));
          UnknownModelStateException e = assertThrows(UnknownModelStateException.class,
              () -> h.client(b -> b.apiKey(KEY)).voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", java.time.Duration.ofSeconds(5)));
          assertNoKey(e);
          assertEquals(KEY, e.model().state().value(), "the model itself is the server's answer, kept as it came");
        }),
        keyCase("waitUntilTrainedAsync: the key as the model's state", h -> {
          h.server.enqueue(json(200, modelJson().replace("\"state\": \"trained\"", "\"state\": \"" + KEY + "\"")));
          ExecutionException e = assertThrows(ExecutionException.class, () -> h.client(b -> b.apiKey(KEY))
              .voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", java.time.Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS));
          assertInstanceOf(UnknownModelStateException.class, e.getCause());
          assertNoKey(e);
        }),
        keyCase("create model: a 201 cut off after an _id that is the key", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            ProcessingRuleTest.write(socket, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                + "{\"_id\": \"" + KEY + "\", \"type\": \"tts\", ");
            ProcessingRuleTest.pause(50);
            RawServer.reset(socket);
          });
          TransportException e = assertThrows(TransportException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().createModel(model().build()));
          assertNoKey(e);
          assertNoKey("createdModelId()", e.createdModelId());
        }),
        keyCase("the key as a chunk-size line: the ProtocolException cause", h -> {
          h.raw((socket, in) -> {
            RawServer.readHead(in);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + KEY + "\r\n{}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
          });
          TransportException e = assertThrows(TransportException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
          assertNoKey(e);
        }),
        keyCase("the key in like_count: getModelAsync", h -> {
          h.server.enqueue(json(200, modelJson().replace("\"like_count\": 0", "\"like_count\": \"" + KEY + "\"")));
          ExecutionException e = assertThrows(ExecutionException.class,
              () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModelAsync("m1").get(10, TimeUnit.SECONDS));
          assertInstanceOf(MalformedResponseException.class, e.getCause());
          assertNoKey(e);
        }),
        // A listener's exception is the caller's own object: kept as it is (identity and type), while
        // the ListenerException around it says nothing of the key.
        keyCase("a listener's own exception is kept as it is; the message around it is redacted", h -> {
          h.server.enqueue(json(201, modelJson()));
          IllegalStateException own = new IllegalStateException("listener saw " + KEY);
          ListenerException e = assertThrows(ListenerException.class, () -> h.client(b -> b.apiKey(KEY))
              .voiceCloning().createModel(model().build(), (sent, total) -> {
                throw own;
              }));
          assertSame(own, e.getCause());
          assertNoKey("the ListenerException's message", e.getMessage());
          assertNoKey("the ListenerException's toString", e.toString());
        }));
  }

  // ------------------------------------------------------------------ 3. base64 at any alignment

  @TestFactory
  Stream<DynamicTest> base64AtAnyAlignmentIsRedacted() {
    return Stream.of(
        base64("base64 of x + key", Base64.getEncoder(), "x"),
        base64("base64 of xy + key", Base64.getEncoder(), "xy"),
        // Variations: the other alphabet, no padding, a longer text around it, JSON escapes inside it.
        base64("URL-safe base64 of xy + key, unpadded", Base64.getUrlEncoder().withoutPadding(), "xy"),
        base64("base64 of a sentence holding the key at offset 5", Base64.getEncoder(), "hello"),
        base64("URL-safe base64 of 31 bytes then the key then more", Base64.getUrlEncoder(), Fixtures.repeat("z", 31)),
        keyCase("base64 of xy + key with JSON escapes inside the base64 text", h -> {
          String encoded = Base64.getEncoder().encodeToString(("xy" + KEY).getBytes(StandardCharsets.US_ASCII));
          h.server.enqueue(json(400, "{\"status\":400,\"message\":\"" + escapeAll(encoded) + "\"}"));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
          assertApiErrorClean(e);
        }),
        keyCase("base64 of xy + key as the reason phrase", h -> {
          h.server.enqueue(new MockResponse().setStatus("HTTP/1.1 403 "
              + Base64.getEncoder().encodeToString(("xy" + KEY).getBytes(StandardCharsets.US_ASCII))));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
          assertApiErrorClean(e);
        }));
  }

  // ------------------------------------------------------------------ helpers

  /** A counted case, its leak check included, whose logger lines must not show the key either. */
  private static DynamicTest keyCase(String name, Harness.Body body) {
    return Harness.test(TALLY, name, h -> {
      body.run(h);
      assertNoKey("the logger's lines", String.join("\n", h.log));
    });
  }

  private static DynamicTest apiStatus(String name, MockResponse response, int status) {
    return keyCase(name, h -> {
      h.server.enqueue(response);
      FishAudio client = h.client(b -> b.apiKey(KEY));
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().getModel("m1"));
      assertEquals(status, e.status());
      assertApiErrorClean(e);
    });
  }

  private static DynamicTest getModelMalformed(String name, String body) {
    return keyCase(name, h -> {
      h.server.enqueue(json(200, body));
      MalformedResponseException e =
          assertThrows(MalformedResponseException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
      assertNotNull(e.getCause(), "the cause is kept");
      assertNoKey(e);
      assertNoKey("body()", e.body());
    });
  }

  private static DynamicTest designMalformed(String name, String body) {
    return keyCase(name, h -> {
      h.server.enqueue(json(200, body));
      FishAudioException e = assertThrows(MalformedResponseException.class, () -> h.client(b -> b.apiKey(KEY)).voiceDesign().designVoice(design()));
      assertNoKey(e);
    });
  }

  private static DynamicTest base64(String name, Base64.Encoder encoder, String prefix) {
    return keyCase(name, h -> {
      String encoded = encoder.encodeToString((prefix + KEY + " and more").getBytes(StandardCharsets.US_ASCII));
      h.server.enqueue(json(400, "{\"status\":400,\"message\":\"" + encoded + "\"}"));
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> h.client(b -> b.apiKey(KEY)).voiceCloning().getModel("m1"));
      assertApiErrorClean(e);
    });
  }

  private static void assertApiErrorClean(FishAudioApiException e) {
    assertNoKey(e);
    assertNoKey("serverMessage()", e.serverMessage());
    assertNoKey("reason()", e.reason());
    assertNoKey("body()", e.body());
    assertNoKey("requestId()", e.requestId());
    assertNoKey("violations()", String.valueOf(e.violations()));
    if (e instanceof fishaudio.client.errors.RedirectException) {
      assertNoKey("location()", ((fishaudio.client.errors.RedirectException) e).location());
    }
    assertTrue(e.getMessage().startsWith("HTTP " + e.status() + ": "), e.getMessage());
  }

  private static String candidate() {
    return CandidateJson.candidate("cand_0", 0, wav(8), 24000, 10, "Hello", "Warm");
  }

  /** Every character as a JSON unicode escape. */
  private static String escapeAll(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
