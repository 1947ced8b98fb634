package fishaudio.client.reliability;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnprocessableRequestException;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;

import static fishaudio.client.reliability.Fixtures.candidateJson;
import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.designJson;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static fishaudio.client.reliability.Fixtures.repeat;
import static fishaudio.client.reliability.Fixtures.wav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: malformed, slow, oversized or missing answers, each checked for leaks; the mapping of
 * a well-formed error status to its exception belongs in ErrorMappingTest.
 *
 * <p>Suite 2: servers that answer wrongly, slowly, hugely or not at all. Every case must end in a
 * typed outcome, and leave no running call, busy connection, thread, or partial file behind
 * (checked by {@link Harness#finish()}).
 */
class HostileServerTest {
  private static final Tally TALLY = new Tally("hostile-server");
  private static final Duration SHORT = Duration.ofMillis(300);
  private static final String CANDIDATE_OK = candidateJson(0, Base64.getEncoder().encodeToString(wav(8)));

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------ 2xx bodies that break the spec

  @TestFactory
  Stream<DynamicTest> successBodiesThatBreakTheSpecAreMalformed() {
    return Stream.of(
        malformed("truncated JSON", json(200, "{\"candidates\":[{\"id\":\"cand_0\",\"index\":0,\"audio_"), "Unterminated"),
        malformed("JSON cut after a value", json(200, "{\"candidates\":[" + CANDIDATE_OK), "End of input"),
        malformed("candidates is an object", json(200, "{\"candidates\":{}}"), "$.candidates"),
        malformed("index is a fraction", json(200, "{\"candidates\":[" + CANDIDATE_OK.replace("\"index\":0", "\"index\":1.5") + "]}"),
            "$.candidates[0].index"),
        malformed("sample_rate is a word", json(200, "{\"candidates\":[" + CANDIDATE_OK.replace("24000", "\"fast\"") + "]}"),
            "$.candidates[0].sample_rate"),
        malformed("index overflows an int", json(200, "{\"candidates\":[" + CANDIDATE_OK.replace("\"index\":0", "\"index\":1e400") + "]}"),
            "index"),
        malformed("audio_base64 missing", json(200, "{\"candidates\":[{\"id\":\"c\",\"index\":0,\"sample_rate\":1,\"duration_ms\":1}]}"),
            "'audio_base64' missing"),
        malformed("candidates missing", json(200, "{\"results\":[]}"), "'candidates' missing"),
        malformed("candidates null", json(200, "{\"candidates\":null}"), "Non-null value 'candidates' was null"),
        malformed("invalid base64", json(200, "{\"candidates\":[" + candidateJson(0, "!!not*base64!!") + "]}"),
            "Invalid base64 in 'audio_base64'"),
        malformed("base64 of text, not WAV", json(200, designJson("hello, world".getBytes(StandardCharsets.US_ASCII))),
            "audio_base64 is not a RIFF/WAVE file"),
        malformed("base64 of an MP3 header", json(200, designJson(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 0, 0, 0})),
            "audio_base64 is not a RIFF/WAVE file"),
        malformed("base64 of RIFF without WAVE", json(200, designJson("RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.US_ASCII))),
            "audio_base64 is not a RIFF/WAVE file"),
        malformed("base64 of 4 bytes", json(200, designJson("RIFF".getBytes(StandardCharsets.US_ASCII))),
            "audio_base64 is not a RIFF/WAVE file"),
        malformed("second candidate bad, first good",
            json(200, "{\"candidates\":[" + CANDIDATE_OK + "," + candidateJson(1, "aGVsbG8=") + "]}"), "candidates[1].audio_base64"),
        malformed("empty 200 body", json(200, ""), "Malformed response"),
        malformed("Content-Length shorter than the JSON",
            json(200, Fixtures.designJson(wav(8))).setHeader("Content-Length", "20"), "End of input"),
        malformed("204 No Content", new MockResponse().setResponseCode(204), "empty body"),
        malformed("JSON null", json(200, "null"), "empty body"),
        malformed("top-level array", json(200, "[]"), "BEGIN_OBJECT"),
        malformed("HTML page with 200 (captive portal)",
            new MockResponse().setHeader("Content-Type", "text/html").setBody("<html><body>Sign in to Wi-Fi</body></html>"),
            "Malformed response"),
        malformed("unknown field nested 300 deep", json(200, "{\"x\":" + repeat("[", 300) + repeat("]", 300) + ",\"candidates\":[]}"),
            "Nesting too deep"),
        malformed("a candidate is null", json(200, "{\"candidates\":[null]}"), "candidates"),
        malformed("five candidates, one more than n allows", json(200, "{\"candidates\":["
            + String.join(",", java.util.Collections.nCopies(5, CANDIDATE_OK)) + "]}"), "the spec allows at most 4"),
        // Fails at the fifth as it is read, not after 100,000 candidates were decoded and held.
        malformed("100,000 tiny candidates", json(200, "{\"candidates\":["
            + String.join(",", java.util.Collections.nCopies(100_000, CANDIDATE_OK)) + "]}"),
            "More than 4 items in 'candidates' at $.candidates[4]"),
        Harness.test(TALLY, "gzip-encoded body that is not gzip", h -> {
          h.server.enqueue(json(200, "this is not gzip").setHeader("Content-Encoding", "gzip"));
          FishAudioException e = assertThrows(FishAudioException.class, () -> designAndSave(h, h.client()));
          assertTrue(e instanceof TransportException || e instanceof MalformedResponseException, () -> "untyped: " + e);
          assertNotNull(e.getCause());
          assertEquals(Arrays.asList(), h.outputFiles());
        }));
  }

  // ------------------------------------------------------------------ error statuses

  @TestFactory
  Stream<DynamicTest> errorStatusesBecomeTypedExceptions() {
    return Stream.of(
        apiError("HTML 502 page from a proxy",
            new MockResponse().setStatus("HTTP/1.1 502 Bad Gateway").setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"),
            ServerException.class, 502, e -> {
              assertEquals("Bad Gateway", e.serverMessage());
              assertFalse(e.getMessage().contains("<"), e.getMessage());
              assertTrue(e.body().contains("<center>nginx</center>"), "the raw body is kept");
            }),
        apiError("plain-text 401",
            new MockResponse().setStatus("HTTP/1.1 401 Unauthorized").setHeader("Content-Type", "text/plain")
                .setBody("Invalid API key\n"),
            AuthenticationException.class, 401, e -> assertEquals("Invalid API key", e.serverMessage())),
        apiError("402 insufficient credit", json(402, "{\"status\":402,\"message\":\"Insufficient credit\"}"),
            InsufficientCreditException.class, 402, e -> assertEquals("Insufficient credit", e.serverMessage())),
        apiError("422 with details",
            json(422, "{\"status\":422,\"message\":\"Validation failed\",\"reason\":\"n must be <= 4\","
                + "\"detail\":[{\"loc\":[\"body\",\"n\"],\"msg\":\"too large\"}]}"),
            UnprocessableRequestException.class, 422, e -> {
              assertEquals("Validation failed", e.serverMessage());
              assertEquals("n must be <= 4", e.reason());
              assertTrue(e.getMessage().contains("n must be <= 4"), e.getMessage());
              assertTrue(e.body().contains("\"loc\":[\"body\",\"n\"]"), "details are kept in body()");
            }),
        apiError("429 with Retry-After", json(429, "{\"status\":429,\"message\":\"Too many requests\"}").setHeader("Retry-After", "7"),
            RateLimitException.class, 429, e -> assertEquals(Duration.ofSeconds(7), e.retryAfter())),
        apiError("429 without Retry-After", json(429, "{\"status\":429,\"message\":\"Too many requests\"}"),
            RateLimitException.class, 429, e -> assertNull(e.retryAfter())),
        apiError("500", json(500, "{\"status\":500,\"message\":\"Internal error\"}"),
            ServerException.class, 500, e -> assertEquals("Internal error", e.serverMessage())),
        apiError("503", json(503, "{\"status\":503,\"message\":\"Overloaded\"}"),
            ServerException.class, 503, e -> assertEquals("Overloaded", e.serverMessage())),
        apiError("404 is the base type", json(404, "{\"status\":404,\"message\":\"Not found\"}"),
            FishAudioApiException.class, 404, e -> assertSame(FishAudioApiException.class, e.getClass())),
        apiError("request id header", json(500, "{\"message\":\"boom\"}").setHeader("x-request-id", "req_123"),
            ServerException.class, 500, e -> {
              assertEquals("req_123", e.requestId());
              assertTrue(e.getMessage().contains("req_123"), e.getMessage());
            }),
        apiError("error with an empty body", new MockResponse().setStatus("HTTP/1.1 503 Service Unavailable"),
            ServerException.class, 503, e -> {
              assertEquals("Service Unavailable", e.serverMessage());
              assertEquals("", e.body());
            }),
        apiError("error with truncated JSON", json(500, "{\"message\":\"bo"),
            ServerException.class, 500, e -> assertEquals("{\"message\":\"bo", e.body())),
        apiError("error JSON with wrong types", json(500, "{\"status\":\"x\",\"message\":[1,2]}"),
            ServerException.class, 500, e -> assertNotNull(e.serverMessage())),
        apiError("10 MB JSON error body", json(500, "{\"message\":\"" + repeat("x", 10 * 1024 * 1024) + "\"}"),
            ServerException.class, 500, e -> assertTrue(e.body().length() <= 64 * 1024, "body " + e.body().length())),
        apiError("10 MB plain-text error body", new MockResponse().setResponseCode(500)
                .setHeader("Content-Type", "text/plain").setBody(repeat("y", 10 * 1024 * 1024)),
            ServerException.class, 500, e -> {
              assertTrue(e.body().length() <= 64 * 1024, "body " + e.body().length());
              assertTrue(e.getMessage().length() < 1024, "message " + e.getMessage().length());
            }),
        Harness.test(TALLY, "create model: 500", h -> {
          h.server.enqueue(json(500, "{\"message\":\"Internal error\"}"));
          ServerException e = assertThrows(ServerException.class, () -> h.client().voiceCloning().createModel(model().build()));
          assertEquals(500, e.status());
        }),
        Harness.test(TALLY, "create model: 422", h -> {
          h.server.enqueue(json(422, "{\"status\":422,\"message\":\"Bad audio\"}"));
          UnprocessableRequestException e =
              assertThrows(UnprocessableRequestException.class, () -> h.client().voiceCloning().createModel(model().build()));
          assertEquals("Bad audio", e.serverMessage());
        }));
  }

  // ------------------------------------------------------------------ slow, broken and reset connections

  @TestFactory
  Stream<DynamicTest> brokenConnectionsAreTransportFailures() {
    return Stream.of(
        Harness.test(TALLY, "slow headers past the timeout", h -> {
          h.server.enqueue(Fixtures.designOk().setHeadersDelay(1500, TimeUnit.MILLISECONDS));
          TransportException e = assertThrows(TransportException.class, () -> designAndSave(h, h.client(b -> b.timeout(SHORT))));
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(Arrays.asList(), h.outputFiles());
        }),
        Harness.test(TALLY, "success body trickling past the timeout", h -> {
          h.server.enqueue(Fixtures.designOk().throttleBody(1, 600, TimeUnit.MILLISECONDS));
          TransportException e = assertThrows(TransportException.class, () -> designAndSave(h, h.client(b -> b.timeout(SHORT))));
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(Arrays.asList(), h.outputFiles());
        }),
        // A raw server: MockWebServer's throttleBody also delays the status line, and a timeout
        // before the status is rightly a transport failure. Here the status arrives, the body stalls.
        Harness.test(TALLY, "error body trickling past the timeout keeps what arrived", h -> {
          String body = "{\"message\":\"slow failure\"}";
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(body.substring(0, 12).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(2_000);
          });
          ServerException e = assertThrows(ServerException.class, () -> h.client(b -> b.timeout(SHORT)).voiceDesign().designVoice(design()));
          assertEquals(body.substring(0, 12), e.body());
        }),
        // The bound must hold on the wire, not only in body(): a reader that stops at 64 KiB
        // returns at once; one that drains the rest first waits on the stalled server and times out.
        Harness.test(TALLY, "error body over the bound, then the server stalls", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 104857600\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(repeat("z", 256 * 1024).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(2_000);
          });
          ServerException e = assertThrows(ServerException.class, () -> h.client(b -> b.timeout(Duration.ofSeconds(1))).voiceDesign().designVoice(design()));
          assertEquals(64 * 1024, e.body().length());
        }),
        Harness.test(TALLY, "reset mid-download", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                + "{\"candidates\":[{\"id\":\"cand_0\",\"index\":0,\"audio_base64\":\"UklGRg").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(100);
            RawServer.reset(socket);
          });
          TransportException e = assertThrows(TransportException.class, () -> designAndSave(h, h.client()));
          assertInstanceOf(IOException.class, e.getCause());
          assertEquals(Arrays.asList(), h.outputFiles());
        }),
        Harness.test(TALLY, "orderly close mid-download, short of Content-Length", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                + "{\"candidates\":[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
          });
          TransportException e = assertThrows(TransportException.class, () -> designAndSave(h, h.client()));
          assertInstanceOf(IOException.class, e.getCause());
        }),
        Harness.test(TALLY, "reset mid-upload", h -> {
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            RawServer.skip(in, 64 * 1024);
            RawServer.reset(socket);
          });
          CreateModelRequest request = model().voices(Arrays.asList(Upload.of(new byte[8 * 1024 * 1024], "big.wav", "audio/wav"))).build();
          TransportException e = assertThrows(TransportException.class, () -> h.client().voiceCloning().createModel(request));
          assertInstanceOf(IOException.class, e.getCause());
          assertEquals(1, raw.accepted());
        }),
        Harness.test(TALLY, "server stops reading mid-upload, past the write timeout", h -> {
          CountDownLatch clientGaveUp = new CountDownLatch(1);
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            RawServer.skip(in, 64 * 1024);
            await(clientGaveUp);
          });
          // Far more than loopback's socket buffers hold, so the client's writes block.
          CreateModelRequest request = model().voices(Arrays.asList(Upload.of(new byte[64 * 1024 * 1024], "big.wav", "audio/wav"))).build();
          TransportException e = assertThrows(TransportException.class, () -> h.client(b -> b.timeout(SHORT)).voiceCloning().createModel(request));
          clientGaveUp.countDown();
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(1, raw.accepted());
        }),
        Harness.test(TALLY, "broken chunked encoding", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n").getBytes(StandardCharsets.US_ASCII));
          });
          TransportException e = assertThrows(TransportException.class, () -> designAndSave(h, h.client()));
          assertInstanceOf(IOException.class, e.getCause());
          assertEquals(Arrays.asList(), h.outputFiles());
        }),
        Harness.test(TALLY, "connection closed after the request, no response", h -> {
          h.raw((socket, in) -> RawServer.skip(in, RawServer.readHead(in)));
          TransportException e = assertThrows(TransportException.class, () -> h.client().voiceDesign().designVoice(design()));
          assertInstanceOf(IOException.class, e.getCause());
        }),
        Harness.test(TALLY, "not HTTP at all", h -> {
          h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            socket.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          });
          TransportException e = assertThrows(TransportException.class, () -> h.client().voiceDesign().designVoice(design()));
          assertInstanceOf(IOException.class, e.getCause());
        }),
        Harness.test(TALLY, "connection refused", h -> {
          int port;
          try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
          }
          FishAudio client = h.client(b -> b.baseUrl("http://127.0.0.1:" + port + "/"));
          TransportException e = assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(design()));
          assertTrue(e.getMessage().startsWith("Could not connect"), e.getMessage());
        }),
        Harness.test(TALLY, "create model: no response after the upload, past the timeout", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          TransportException e = assertThrows(TransportException.class,
              () -> h.client(b -> b.timeout(SHORT)).voiceCloning().createModel(model().build()));
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(1, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ what must succeed

  @TestFactory
  Stream<DynamicTest> unknownValuesAndExtraFieldsSucceed() {
    return Stream.of(
        Harness.test(TALLY, "create model: unknown enum values and extra fields", h -> {
          String future = modelJson()
              .replace("\"state\": \"trained\"", "\"state\": \"exploding\"")
              .replace("\"type\": \"tts\"", "\"type\": \"sfx\"")
              .replace("\"visibility\": \"private\"", "\"visibility\": \"friends-only\"")
              .replace("\"train_mode\": \"fast\"", "\"train_mode\": \"overnight\"")
              .replace("\"nickname\": \"studio\"", "\"nickname\": \"studio\", \"badge\": {\"level\": 3}")
              .replaceFirst("\\{", "{\"brand_new_field\": [1, {\"a\": null}], ");
          h.server.enqueue(json(201, future));
          ModelEntity model = h.client().voiceCloning().createModel(model().build());
          assertEquals(ModelState.of("exploding"), model.state());
          assertFalse(model.state().isKnown());
          assertEquals("exploding", model.state().value());
          assertEquals("sfx", model.type().value());
          assertEquals("friends-only", model.visibility().value());
          assertEquals("overnight", model.trainMode().value());
        }),
        Harness.test(TALLY, "voice design: extra fields everywhere, saved whole", h -> {
          h.server.enqueue(json(200, "{\"trace\":{\"gpu\":\"a100\"},\"candidates\":["
              + CANDIDATE_OK.replace("{\"id\"", "{\"score\":0.9,\"tags\":[\"x\"],\"id\"") + "],\"usage\":7}"));
          designAndSave(h, h.client());
          assertEquals(Arrays.asList("candidate-0.wav"), h.outputFiles());
          assertTrue(Arrays.equals(wav(8), Files.readAllBytes(h.dir.resolve("candidate-0.wav"))));
        }),
        Harness.test(TALLY, "voice design: four candidates, four files", h -> {
          h.server.enqueue(json(200, designJson(wav(1), wav(2), wav(3), wav(4))));
          VoiceDesignResponse result = designAndSave(h, h.client());
          assertEquals(4, result.candidates().size());
          assertEquals(Arrays.asList("candidate-0.wav", "candidate-1.wav", "candidate-2.wav", "candidate-3.wav"), h.outputFiles());
          assertEquals(44 + 2 * 3, Files.size(h.dir.resolve("candidate-2.wav")));
        }));
  }

  // ------------------------------------------------------------------ create-model bodies that break the spec

  @TestFactory
  Stream<DynamicTest> createModelBodiesThatBreakTheSpecAreMalformed() {
    return Stream.of(
        malformedModel("truncated JSON", modelJson().substring(0, 120), "Unterminated"),
        malformedModel("_id missing", modelJson().replace("\"_id\": \"8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a\",", ""), "'_id' missing"),
        malformedModel("like_count is a word", modelJson().replace("\"like_count\": 0", "\"like_count\": \"many\""), "like_count"),
        malformedModel("created_at is not a date", modelJson().replace("2026-11-21T12:00:00Z", "yesterday"),
            "Invalid date-time in 'created_at'"),
        malformedModel("author is a string", modelJson().replaceFirst("\"author\": \\{[^}]*\\}", "\"author\": \"studio\""), "author"));
  }

  // ------------------------------------------------------------------ the async paths

  @TestFactory
  Stream<DynamicTest> asyncFailuresAreTypedToo() {
    return Stream.of(
        async("500", json(500, "{\"message\":\"boom\"}"), ServerException.class, b -> {}),
        async("truncated JSON", json(200, "{\"candidates\":["), MalformedResponseException.class, b -> {}),
        async("invalid base64", json(200, "{\"candidates\":[" + candidateJson(0, "%%%") + "]}"), MalformedResponseException.class, b -> {}),
        async("base64 of non-WAV", json(200, designJson(new byte[16])), MalformedResponseException.class, b -> {}),
        async("slow headers past the timeout", Fixtures.designOk().setHeadersDelay(1500, TimeUnit.MILLISECONDS),
            TransportException.class, b -> b.timeout(SHORT)),
        async("a candidate is null", json(200, "{\"candidates\":[null]}"), MalformedResponseException.class, b -> {}),
        Harness.test(TALLY, "async: cancelled while waiting for headers", h -> {
          h.server.enqueue(Fixtures.designOk().setHeadersDelay(1500, TimeUnit.MILLISECONDS));
          CompletableFuture<VoiceDesignResponse> future = h.client().voiceDesign().designVoiceAsync(design());
          assertNotNull(h.server.takeRequest(5, TimeUnit.SECONDS), "the request never arrived");
          assertTrue(future.cancel(true));
          assertTrue(future.isCancelled());
          assertEquals(1, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ saving loses nothing

  @TestFactory
  Stream<DynamicTest> savingFailsWholeOrNotAtAll() {
    return Stream.of(
        Harness.test(TALLY, "save onto a non-empty directory", h -> {
          h.server.enqueue(Fixtures.designOk());
          VoiceDesignCandidate candidate = h.client().voiceDesign().designVoice(design()).candidates().get(0);
          Path target = Files.createDirectory(h.dir.resolve("taken.wav"));
          Files.write(target.resolve("keep.txt"), new byte[] {1});
          assertThrows(UncheckedIOException.class, () -> candidate.save(target));
          assertEquals(Arrays.asList("taken.wav"), h.outputFiles());
          assertTrue(Files.exists(target.resolve("keep.txt")), "the directory's content was lost");
        }),
        Harness.test(TALLY, "save under a parent that is a file", h -> {
          h.server.enqueue(Fixtures.designOk());
          VoiceDesignCandidate candidate = h.client().voiceDesign().designVoice(design()).candidates().get(0);
          Path file = Files.write(h.dir.resolve("file"), new byte[] {1});
          assertThrows(UncheckedIOException.class, () -> candidate.save(file.resolve("candidate.wav")));
          assertEquals(Arrays.asList("file"), h.outputFiles());
          assertEquals(1, Files.size(file));
        }),
        Harness.test(TALLY, "save over an existing file replaces it whole", h -> {
          h.server.enqueue(Fixtures.designOk());
          VoiceDesignCandidate candidate = h.client().voiceDesign().designVoice(design()).candidates().get(0);
          Path target = Files.write(h.dir.resolve("candidate.wav"), repeat("old", 1000).getBytes(StandardCharsets.US_ASCII));
          candidate.save(target);
          assertTrue(Arrays.equals(wav(8), Files.readAllBytes(target)));
          assertEquals(Arrays.asList("candidate.wav"), h.outputFiles());
        }));
  }

  // ------------------------------------------------------------------ the leak check itself

  /** Proves {@link Harness#finish()} is a real check: it must see leaks a test makes on purpose. */
  @Test
  void theLeakCheckSeesLeaksMadeOnPurpose() throws Throwable {
    TALLY.run("self-check: the leak check reports a busy connection, a stray thread and a .part file", () -> {
      Harness h = new Harness();
      h.server.enqueue(Fixtures.designOk());
      okhttp3.Response unclosed = h.ok.newCall(new Request.Builder().url(h.server.url("/")).build()).execute();
      CountDownLatch release = new CountDownLatch(1);
      Thread stray = new Thread(() -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "reliability-stray");
      stray.start();
      Files.write(h.dir.resolve(".candidate.wav123.part"), new byte[] {1});
      List<String> leaks;
      try {
        leaks = h.finish();
      } finally {
        release.countDown();
        stray.join();
        unclosed.close();
      }
      String all = String.join("\n", leaks);
      assertTrue(all.contains("connections in use after the call: 1"), all);
      assertTrue(all.contains("thread outlived the case: reliability-stray"), all);
      assertTrue(all.contains("partial output file .candidate.wav123.part"), all);
    });
  }

  // ------------------------------------------------------------------ helpers

  /** Designs and saves every candidate into the case's directory, as a caller would. */
  private static VoiceDesignResponse designAndSave(Harness h, FishAudio client) {
    VoiceDesignResponse result = client.voiceDesign().designVoice(design());
    for (VoiceDesignCandidate candidate : result.candidates()) {
      candidate.save(h.dir.resolve("candidate-" + candidate.index() + ".wav"));
    }
    return result;
  }

  private static DynamicTest malformed(String name, MockResponse response, String detail) {
    return Harness.test(TALLY, "voice design: " + name, h -> {
      h.server.enqueue(response);
      MalformedResponseException e =
          assertThrows(MalformedResponseException.class, () -> designAndSave(h, h.client()));
      assertTrue(e.getMessage().contains(detail), () -> "expected '" + detail + "' in: " + e.getMessage());
      assertEquals(Arrays.asList(), h.outputFiles(), "no target and no .part file after a failed decode");
    });
  }

  private static DynamicTest malformedModel(String name, String body, String detail) {
    return Harness.test(TALLY, "create model: " + name, h -> {
      h.server.enqueue(json(201, body));
      MalformedResponseException e =
          assertThrows(MalformedResponseException.class, () -> h.client().voiceCloning().createModel(model().build()));
      assertTrue(e.getMessage().contains(detail), () -> "expected '" + detail + "' in: " + e.getMessage());
    });
  }

  private static <T extends FishAudioApiException> DynamicTest apiError(
      String name, MockResponse response, Class<T> type, int status, Consumer<T> more) {
    return Harness.test(TALLY, "voice design: " + name, h -> {
      h.server.enqueue(response);
      T e = assertThrows(type, () -> designAndSave(h, h.client()));
      assertEquals(status, e.status());
      assertTrue(e.getMessage().startsWith("HTTP " + status + ": "), e.getMessage());
      assertNotNull(e.body());
      assertTrue(e.body().length() <= 64 * 1024, "body() is bounded");
      more.accept(e);
      assertEquals(1, h.server.getRequestCount());
      assertEquals(Arrays.asList(), h.outputFiles());
    });
  }

  private static DynamicTest async(
      String name, MockResponse response, Class<? extends FishAudioException> type, Consumer<FishAudio.Builder> config) {
    return Harness.test(TALLY, "async: " + name, h -> {
      h.server.enqueue(response);
      CompletableFuture<VoiceDesignResponse> future = h.client(config).voiceDesign().designVoiceAsync(design());
      ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
      assertInstanceOf(type, e.getCause(), () -> "cause " + e.getCause());
    });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the latch, at most 10 s: a server thread must end even when the client never gives up. */
  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
