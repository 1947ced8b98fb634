package fishaudio.client.reliability;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;

import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.wav;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: the retry policy swept case by case through the public API alone (no test hooks),
 * counting attempts and connections; one rule with its exact wait (Retry-After, backoff, jitter)
 * belongs in RetryTest.
 *
 * <p>Suite 3: the retry policy, attempt by attempt. Voice design and create-model are retried only
 * for 429, 503 and connections that failed before the request was written; a request the server may
 * have processed (a 500, 502 or 504, or a failure after the request went out) is sent exactly once. {@code Retry-After: 0}
 * keeps the retries instant through the public API.
 */
class RetryPolicyTest {
  private static final Tally TALLY = new Tally("retry-policy");

  @AfterAll
  static void report() {
    TALLY.report();
  }

  @TestFactory
  Stream<DynamicTest> retryableStatusesAreRetried() {
    return Stream.of(
        designAttempts("429, 429, then 200 succeeds on attempt 3", 2, 3, null,
            busy(429), busy(429), Fixtures.designOk()),
        designAttempts("429 three times exhausts 2 retries", 2, 3, RateLimitException.class,
            busy(429), busy(429), busy(429), Fixtures.designOk()),
        // 503 without Retry-After: OkHttp's own follow-up logic retries a 503 that says
        // Retry-After: 0, so only this form exercises the client's policy (backoff 250-500 ms).
        designAttempts("503 then 200", 2, 2, null, json(503, "{}"), Fixtures.designOk()),
        designAttempts("maxRetries 0: 503 is sent once", 0, 1, ServerException.class, json(503, "{}"), Fixtures.designOk()),
        designAttempts("maxRetries 0: 429 with Retry-After: 0 is sent once", 0, 1, RateLimitException.class,
            busy(429), Fixtures.designOk()),
        designAttempts("maxRetries 0: 503 with Retry-After: 0 is sent once", 0, 1, ServerException.class,
            busy(503), Fixtures.designOk()),
        designAttempts("maxRetries 5: six 429s", 5, 6, RateLimitException.class,
            busy(429), busy(429), busy(429), busy(429), busy(429), busy(429), Fixtures.designOk()),
        designAttempts("Retry-After as a past HTTP date is no wait", 1, 2, null,
            json(429, "{}").setHeader("Retry-After",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusMinutes(5))),
            Fixtures.designOk()),
        designAttempts("Retry-After over 60 s is returned, not waited out", 2, 1, RateLimitException.class,
            json(429, "{}").setHeader("Retry-After", "61"), Fixtures.designOk()),
        // An unreadable Retry-After falls back to backoff: 250 to 500 ms before attempt 2.
        designAttempts("unreadable Retry-After falls back to backoff", 1, 2, null,
            json(503, "{}").setHeader("Retry-After", "soon"), Fixtures.designOk()),
        modelAttempts("create model: 429 then 201", 2, 2, null, busy(429), Fixtures.modelOk()),
        Harness.test(TALLY, "create model: a retry re-sends every file byte", h -> {
          Path voice = Files.write(h.dir.resolve("voice.wav"), wav(50_000));
          h.server.enqueue(busy(503));
          h.server.enqueue(Fixtures.modelOk());
          h.client(b -> b.maxRetries(2)).voiceCloning().createModel(model().voices(Arrays.asList(Upload.of(voice))).build());
          assertEquals(2, h.server.getRequestCount());
          long first = h.server.takeRequest().getBodySize();
          long second = h.server.takeRequest().getBodySize();
          assertEquals(first, second, "the retry lost bytes");
          assertTrue(second > Files.size(voice));
        }),
        Harness.test(TALLY, "Retry-After: 1 is waited out", h -> {
          h.server.enqueue(json(429, "{}").setHeader("Retry-After", "1"));
          h.server.enqueue(Fixtures.designOk());
          long start = System.nanoTime();
          h.client(b -> b.maxRetries(1)).voiceDesign().designVoice(design());
          long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          assertEquals(2, h.server.getRequestCount());
          assertTrue(waited >= 1_000, "retried after " + waited + " ms, before the 1 s Retry-After");
        }),
        Harness.test(TALLY, "connection refused is retried (nothing was sent)", h -> {
          int port = freePort();
          AtomicInteger connects = new AtomicInteger();
          FishAudio client = h.client(b -> b.baseUrl("http://127.0.0.1:" + port + "/").maxRetries(1)
              .okHttpClient(h.ok.newBuilder().eventListener(new EventListener() {
                @Override
                public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                  connects.incrementAndGet();
                }
              }).build()));
          TransportException e = assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(design()));
          assertTrue(e.getMessage().startsWith("Could not connect"), e.getMessage());
          assertEquals(2, connects.get(), "connection attempts");
        }));
  }

  @TestFactory
  Stream<DynamicTest> whatTheServerMayHaveProcessedIsSentOnce() {
    return Stream.of(
        designAttempts("voice design: 500", 2, 1, ServerException.class, json(500, "{}"), Fixtures.designOk()),
        designAttempts("voice design: 501", 2, 1, ServerException.class, json(501, "{}"), Fixtures.designOk()),
        // A gateway's error can come after the origin did the work (ProcessingRuleTest has the rule).
        designAttempts("voice design: 502", 2, 1, ServerException.class, busy(502), Fixtures.designOk()),
        designAttempts("voice design: 504", 2, 1, ServerException.class, busy(504), Fixtures.designOk()),
        designAttempts("voice design: 400", 2, 1, FishAudioApiException.class, json(400, "{}"), Fixtures.designOk()),
        designAttempts("voice design: 401", 2, 1, FishAudioApiException.class, json(401, "{}"), Fixtures.designOk()),
        designAttempts("voice design: 402", 2, 1, FishAudioApiException.class, json(402, "{}"), Fixtures.designOk()),
        designAttempts("voice design: 409", 2, 1, FishAudioApiException.class, json(409, "{}"), Fixtures.designOk()),
        designAttempts("voice design: 422", 2, 1, FishAudioApiException.class, json(422, "{}"), Fixtures.designOk()),
        modelAttempts("create model: 500", 2, 1, ServerException.class, json(500, "{}"), Fixtures.modelOk()),
        modelAttempts("create model: 422", 2, 1, FishAudioApiException.class, json(422, "{}"), Fixtures.modelOk()),
        Harness.test(TALLY, "voice design: timeout after the body was written", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          h.server.enqueue(Fixtures.designOk());
          TransportException e = assertThrows(TransportException.class,
              () -> h.client(b -> b.maxRetries(2).timeout(Duration.ofMillis(300))).voiceDesign().designVoice(design()));
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(1, h.server.getRequestCount(), "a billed request was sent again");
        }),
        Harness.test(TALLY, "create model: timeout after the body was written", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          h.server.enqueue(Fixtures.modelOk());
          TransportException e = assertThrows(TransportException.class,
              () -> h.client(b -> b.maxRetries(2).timeout(Duration.ofMillis(300))).voiceCloning().createModel(model().build()));
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(1, h.server.getRequestCount(), "a second model could have been created");
        }),
        Harness.test(TALLY, "voice design: connection dropped after the body was written", h -> {
          RawServer raw = h.raw((socket, in) -> RawServer.skip(in, RawServer.readHead(in)));
          assertThrows(TransportException.class, () -> h.client(b -> b.maxRetries(2)).voiceDesign().designVoice(design()));
          assertEquals(1, raw.accepted(), "a billed request was sent again");
        }),
        Harness.test(TALLY, "create model: reset mid-upload", h -> {
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            RawServer.skip(in, 64 * 1024);
            RawServer.reset(socket);
          });
          CreateModelRequest request =
              model().voices(Arrays.asList(Upload.of(new byte[8 * 1024 * 1024], "big.wav", "audio/wav"))).build();
          assertThrows(TransportException.class, () -> h.client(b -> b.maxRetries(2)).voiceCloning().createModel(request));
          assertEquals(1, raw.accepted(), "a second model could have been created");
        }),
        streamNotResent(429),
        streamNotResent(503),
        Harness.test(TALLY, "create model: a stream of unknown length is not re-sent after 429", h -> {
          h.server.enqueue(busy(429));
          h.server.enqueue(Fixtures.modelOk());
          byte[] voice = wav(1000);
          CreateModelRequest request = model().voices(Arrays.asList(
              Upload.of(new ByteArrayInputStream(voice), "stream.wav", "audio/wav", -1))).build();
          try {
            h.client(b -> b.maxRetries(2)).voiceCloning().createModel(request);
          } catch (RateLimitException expected) {
            assertEquals(1, h.server.getRequestCount());
            return;
          }
          h.server.takeRequest();
          RecordedRequest retry = h.server.takeRequest();
          throw new AssertionError("the read-once stream was sent again and the model was created from the retry, "
              + "whose body is " + retry.getBodySize() + " bytes against " + voice.length + " bytes of voice");
        }),
        Harness.test(TALLY, "interrupted while waiting to retry: stops, keeps the interrupt", h -> {
          h.server.enqueue(json(503, "{}").setHeader("Retry-After", "5"));
          h.server.enqueue(Fixtures.designOk());
          Thread caller = Thread.currentThread();
          Thread interrupter = new Thread(() -> {
            try {
              h.server.takeRequest(5, TimeUnit.SECONDS);
              Thread.sleep(200);
            } catch (InterruptedException e) {
              return;
            }
            caller.interrupt();
          }, "reliability-interrupter");
          interrupter.start();
          long start = System.nanoTime();
          TransportException e;
          boolean keptInterrupt;
          try {
            e = assertThrows(TransportException.class, () -> h.client(b -> b.maxRetries(2)).voiceDesign().designVoice(design()));
          } finally {
            // Read (and clear) the flag before joining: join() would throw on it.
            keptInterrupt = Thread.interrupted();
            joinUninterruptibly(interrupter);
          }
          long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          assertTrue(keptInterrupt, "the interrupt was swallowed");
          assertInstanceOf(IOException.class, e.getCause());
          assertTrue(took < 5_000, "waited out the Retry-After despite the interrupt: " + took + " ms");
          assertEquals(1, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ helpers

  /** A read-once stream upload answered with a retryable status: never sent a second time. */
  private static DynamicTest streamNotResent(int status) {
    return Harness.test(TALLY, "create model: a stream upload is not re-sent after " + status + " with Retry-After: 0", h -> {
      h.server.enqueue(busy(status));
      h.server.enqueue(Fixtures.modelOk());
      byte[] voice = wav(1000);
      CreateModelRequest request = model().voices(Arrays.asList(
          Upload.of(new ByteArrayInputStream(voice), "stream.wav", "audio/wav", voice.length))).build();
      FishAudioApiException e =
          assertThrows(FishAudioApiException.class, () -> h.client(b -> b.maxRetries(2)).voiceCloning().createModel(request));
      assertEquals(status, e.status());
      assertEquals(1, h.server.getRequestCount(), "a read-once stream cannot be sent again");
    });
  }

  /** A retryable answer that asks for no wait, so retries are instant. */
  private static MockResponse busy(int status) {
    return json(status, "{\"status\":" + status + ",\"message\":\"busy\"}").setHeader("Retry-After", "0");
  }

  private static DynamicTest designAttempts(String name, int maxRetries, int attempts,
      Class<? extends Throwable> failure, MockResponse... responses) {
    return Harness.test(TALLY, name, h -> {
      for (MockResponse response : responses) {
        h.server.enqueue(response);
      }
      FishAudio client = h.client(b -> b.maxRetries(maxRetries));
      if (failure == null) {
        assertEquals(1, client.voiceDesign().designVoice(design()).candidates().size());
      } else {
        assertThrows(failure, () -> client.voiceDesign().designVoice(design()));
      }
      assertEquals(attempts, h.server.getRequestCount(), "attempts");
      assertAllIdentical(h, attempts);
    });
  }

  private static DynamicTest modelAttempts(String name, int maxRetries, int attempts,
      Class<? extends Throwable> failure, MockResponse... responses) {
    return Harness.test(TALLY, name, h -> {
      for (MockResponse response : responses) {
        h.server.enqueue(response);
      }
      FishAudio client = h.client(b -> b.maxRetries(maxRetries));
      if (failure == null) {
        client.voiceCloning().createModel(model().build());
      } else {
        assertThrows(failure, () -> client.voiceCloning().createModel(model().build()));
      }
      assertEquals(attempts, h.server.getRequestCount(), "attempts");
    });
  }

  /** Every attempt carries the same body: a retry loses nothing. */
  private static void assertAllIdentical(Harness h, int attempts) throws InterruptedException {
    String first = null;
    for (int i = 0; i < attempts; i++) {
      RecordedRequest request = h.server.takeRequest();
      String body = request.getBody().readUtf8();
      if (first == null) {
        first = body;
      }
      assertEquals(first, body, "attempt " + (i + 1) + " sent a different body");
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return probe.getLocalPort();
    }
  }
}
