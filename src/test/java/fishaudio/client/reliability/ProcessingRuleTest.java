package fishaudio.client.reliability;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;

import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.net.SocketFactory;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: the one rule for "the server may have processed this", attempt by attempt, as both
 * the retries and the delete-404 decision apply it; the sweep of retryable statuses and waits
 * belongs in RetryPolicyTest.
 *
 * <p>Suite 8: 429, 503 and a connection that failed before any byte of the request was written say
 * "not processed"; 500, 502, 504 and a failure after the request started going out say "may have
 * processed". Create-model and voice design are retried only on "not processed"; get, list and delete
 * ({@code x-idempotent}) on both, a JSON answer broken in its body included. A delete answered 404
 * after an attempt that may have processed it counts as done; after attempts that were not processed,
 * a 404 stays a 404.
 */
class ProcessingRuleTest {
  private static final Tally TALLY = new Tally("processing-rule");
  private static final String MODEL = modelJson();

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------ 4. billed operations after 502 / 504

  @TestFactory
  Stream<DynamicTest> aGatewayErrorMayComeAfterTheOriginProcessed() {
    return Stream.of(
        statusAttempts("create model: 502 then 201 is sent once", 502, ServerException.class, 1,
            h -> h.client(b -> b.maxRetries(2)).voiceCloning().createModel(model().build()), Fixtures.modelOk()),
        statusAttempts("create model: 504 then 201 is sent once", 504, ServerException.class, 1,
            h -> h.client(b -> b.maxRetries(2)).voiceCloning().createModel(model().build()), Fixtures.modelOk()),
        statusAttempts("voice design: 502 then 200 is sent once", 502, ServerException.class, 1,
            h -> h.client(b -> b.maxRetries(2)).voiceDesign().designVoice(design()), Fixtures.designOk()),
        statusAttempts("voice design: 504 then 200 is sent once", 504, ServerException.class, 1,
            h -> h.client(b -> b.maxRetries(2)).voiceDesign().designVoice(design()), Fixtures.designOk()),
        // Variations: what says "not processed" is still retried; idempotent reads are retried on all.
        statusAttempts("create model: 503 then 201 is retried", 503, null, 2,
            h -> h.client(b -> b.maxRetries(2)).voiceCloning().createModel(model().build()), Fixtures.modelOk()),
        statusAttempts("voice design: 429 then 200 is retried", 429, null, 2,
            h -> h.client(b -> b.maxRetries(2)).voiceDesign().designVoice(design()), Fixtures.designOk()),
        statusAttempts("getModel: 502 then 200 is retried", 502, null, 2,
            h -> h.client(b -> b.maxRetries(2)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"), json(200, MODEL)),
        statusAttempts("getModel: 504 then 200 is retried", 504, null, 2,
            h -> h.client(b -> b.maxRetries(2)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"), json(200, MODEL)),
        statusAttempts("listModels: 500 then 200 is retried", 500, null, 2,
            h -> h.client(b -> b.maxRetries(2)).voiceCloning().listModels(ListModelsQuery.builder().build()),
            json(200, "{\"total\":0,\"items\":[],\"has_more\":false}")),
        Harness.test(TALLY, "create model: a refused first connection is retried (nothing was written)", h -> {
          h.server.enqueue(Fixtures.modelOk());
          FishAudio client = h.client(b -> b.maxRetries(2).okHttpClient(
              h.ok.newBuilder().socketFactory(failingFirst(1, () -> new ConnectException("Connection refused"))).build()));
          client.voiceCloning().createModel(model().build());
          assertEquals(1, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "create model: a connect timeout is retried (nothing was written)", h -> {
          h.server.enqueue(Fixtures.modelOk());
          FishAudio client = h.client(b -> b.maxRetries(2).okHttpClient(
              h.ok.newBuilder().socketFactory(failingFirst(1, () -> new SocketTimeoutException("connect timed out"))).build()));
          client.voiceCloning().createModel(model().build());
          assertEquals(1, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ 12. a delete that never connected

  @TestFactory
  Stream<DynamicTest> aDeleteThatNeverConnectedDeletedNothing() {
    return Stream.of(
        Harness.test(TALLY, "delete: connect timeout, then 404, stays 404", h -> {
          h.server.enqueue(notFound());
          FishAudio client = h.client(b -> b.maxRetries(2).okHttpClient(
              h.ok.newBuilder().socketFactory(failingFirst(1, () -> new SocketTimeoutException("connect timed out"))).build()));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(404, e.status());
          assertEquals(1, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "delete: connection refused, then 404, stays 404", h -> {
          h.server.enqueue(notFound());
          FishAudio client = h.client(b -> b.maxRetries(2).okHttpClient(
              h.ok.newBuilder().socketFactory(failingFirst(1, () -> new ConnectException("Connection refused"))).build()));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(404, e.status());
        }),
        // Variations: other ways of never reaching the server, mixed with ways of reaching it.
        Harness.test(TALLY, "delete: two connect timeouts, then 404, stays 404", h -> {
          h.server.enqueue(notFound());
          FishAudio client = h.client(b -> b.maxRetries(2).okHttpClient(
              h.ok.newBuilder().socketFactory(failingFirst(2, () -> new SocketTimeoutException("connect timed out"))).build()));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(404, e.status());
        }),
        Harness.test(TALLY, "delete: unknown host, then 404, stays 404", h -> {
          h.server.enqueue(notFound());
          AtomicInteger lookups = new AtomicInteger();
          FishAudio client = h.client(b -> b.maxRetries(2).okHttpClient(h.ok.newBuilder().dns(host -> {
            if (lookups.incrementAndGet() == 1) {
              throw new UnknownHostException(host + ": temporary failure in name resolution");
            }
            return Dns.SYSTEM.lookup(host);
          }).build()));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(404, e.status());
        }),
        Harness.test(TALLY, "delete: 503, then connect timeout, then 404, stays 404", h -> {
          // Closed after the 503, so the retry needs a second socket, which fails to connect.
          h.server.enqueue(json(503, "{\"message\":\"busy\"}").setHeader("Connection", "close"));
          h.server.enqueue(notFound());
          AtomicInteger sockets = new AtomicInteger();
          FishAudio client = h.client(b -> b.maxRetries(3).okHttpClient(h.ok.newBuilder()
              .socketFactory(failingWhen(() -> sockets.incrementAndGet() == 2, () -> new SocketTimeoutException("connect timed out")))
              .build()));
          FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(404, e.status());
          assertEquals(2, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "delete: connect timeout, then 500, then 404, counts as done", h -> {
          h.server.enqueue(json(500, "{\"message\":\"boom\"}"));
          h.server.enqueue(notFound());
          FishAudio client = h.client(b -> b.maxRetries(3).okHttpClient(
              h.ok.newBuilder().socketFactory(failingFirst(1, () -> new SocketTimeoutException("connect timed out"))).build()));
          client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
          assertEquals(2, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "delete: 502, then 404, counts as done", h -> {
          h.server.enqueue(json(502, "{\"message\":\"bad gateway\"}"));
          h.server.enqueue(notFound());
          h.client(b -> b.maxRetries(2)).voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
          assertEquals(2, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "delete: the request was read, then a reset, then 404, counts as done", h -> {
          AtomicInteger attempt = new AtomicInteger();
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            if (attempt.incrementAndGet() == 1) {
              RawServer.reset(socket);
              return;
            }
            write(socket, "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
          });
          h.client(b -> b.maxRetries(2)).voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
          assertEquals(2, raw.accepted());
        }));
  }

  // ------------------------------------------------------------------ 11. an idempotent answer broken in its body

  @TestFactory
  Stream<DynamicTest> anIdempotentAnswerBrokenInItsBodyIsRetried() {
    byte[] whole = MODEL.getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        brokenThenWhole("getModel: 200, 40 bytes of the body, then a reset", socket -> {
          write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + whole.length + "\r\n\r\n"
              + MODEL.substring(0, 40));
          pause(50);
          RawServer.reset(socket);
        }),
        brokenThenWhole("getModel: a Content-Length 10 bytes longer than the body, then FIN", socket ->
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (whole.length + 10)
                + "\r\n\r\n" + MODEL)),
        // Variations: other stall and break points, other framings, other operations.
        brokenThenWhole("getModel: a chunked body that ends before its last chunk", socket ->
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(60) + "\r\n" + MODEL.substring(0, 60) + "\r\n")),
        brokenThenWhole("getModel: the body stalls past the read timeout", socket -> {
          write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + whole.length + "\r\n\r\n"
              + MODEL.substring(0, 100));
          // Past the client's 500 ms read timeout, yet short: this one-thread server serves the retry next.
          pause(600);
        }),
        brokenThenWhole("getModel: a gzip body cut off mid-stream", socket -> {
          byte[] gzip = gzip(MODEL + Fixtures.repeat(" ", 20_000));
          OutputStream out = socket.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
              + gzip.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(gzip, 0, gzip.length / 2);
          out.flush();
          pause(50);
          RawServer.reset(socket);
        }),
        Harness.test(TALLY, "listModels: 40 bytes of the page, then a reset, is retried", h -> {
          String page = "{\"total\":1,\"items\":[" + MODEL + "],\"has_more\":false}";
          AtomicInteger attempt = new AtomicInteger();
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + page.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
            if (attempt.incrementAndGet() == 1) {
              write(socket, head + page.substring(0, 40));
              pause(50);
              RawServer.reset(socket);
            } else {
              write(socket, head + page);
            }
          });
          ModelPageResponse result = h.client(b -> b.maxRetries(2)).voiceCloning().listModels(ListModelsQuery.builder().build());
          assertEquals(1, result.items().size());
          assertEquals(2, raw.accepted());
        }),
        Harness.test(TALLY, "getModel: broken every time: TransportException after maxRetries + 1 attempts", h -> {
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (whole.length + 10)
                + "\r\n\r\n" + MODEL);
          });
          assertThrows(TransportException.class, () -> h.client(b -> b.maxRetries(2)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(3, raw.accepted());
        }),
        Harness.test(TALLY, "getModel: a body over maxResponseBytes is malformed, read no further than the cap", h -> {
          h.server.enqueue(json(200, MODEL.replaceFirst("\\{", "{\"pad\":\"" + Fixtures.repeat("p", 100_000) + "\",")));
          MalformedResponseException e = assertThrows(MalformedResponseException.class,
              () -> h.client(b -> b.maxRetries(2).maxResponseBytes(10_000)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertTrue(e.getMessage().contains("larger than the client's cap"), e.getMessage());
          assertEquals(1, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "getModel: a 6 MiB answer passes whole through the 4 MiB read-ahead", h -> {
          String big = MODEL.replace("\"A warm, confident studio narrator.\"", "\"" + Fixtures.repeat("d", 6 << 20) + "\"");
          h.server.enqueue(json(200, big).setChunkedBody(big, 64 * 1024));
          ModelEntity model = h.client(b -> b.maxRetries(2)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
          assertEquals(6 << 20, model.description().length());
          assertEquals(1, h.server.getRequestCount());
        }),
        Harness.test(TALLY, "getModel: a 6 MiB answer broken after 5 MiB streamed past the read-ahead: not retried", h -> {
          String big = MODEL.replace("\"A warm, confident studio narrator.\"", "\"" + Fixtures.repeat("d", 6 << 20) + "\"");
          RawServer raw = h.raw((socket, in) -> {
            RawServer.readHead(in);
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(5 << 20) + "\r\n" + big.substring(0, 5 << 20) + "\r\n");
            pause(50);
            RawServer.reset(socket);
          });
          assertThrows(TransportException.class, () -> h.client(b -> b.maxRetries(2)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          assertEquals(1, raw.accepted());
        }),
        Harness.test(TALLY, "create model: a 201 broken in its body is not retried", h -> {
          RawServer raw = h.raw((socket, in) -> {
            RawServer.skip(in, RawServer.readHead(in));
            write(socket, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + (whole.length + 10)
                + "\r\n\r\n" + MODEL);
          });
          assertThrows(TransportException.class, () -> h.client(b -> b.maxRetries(2)).voiceCloning().createModel(model().build()));
          assertEquals(1, raw.accepted(), "a second model could have been created");
        }),
        Harness.test(TALLY, "getModel: a response lost after the request was read is retried", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
          h.server.enqueue(json(200, MODEL));
          ModelEntity model = h.client(b -> b.maxRetries(2)).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
          assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
        }));
  }

  // ------------------------------------------------------------------ helpers

  private interface Call {
    Object run(Harness h);
  }

  private interface Broken {
    void answer(Socket socket) throws IOException;
  }

  /** First a retryable {@code status}, then {@code then}: {@code attempts} requests, ending in {@code failure} or success. */
  private static DynamicTest statusAttempts(String name, int status, Class<? extends Throwable> failure, int attempts,
      Call call, MockResponse then) {
    return Harness.test(TALLY, name, h -> {
      h.server.enqueue(json(status, "{\"status\":" + status + ",\"message\":\"gateway\"}").setHeader("Retry-After", "0"));
      h.server.enqueue(then);
      if (failure == null) {
        call.run(h);
      } else {
        assertThrows(failure, () -> call.run(h));
      }
      assertEquals(attempts, h.server.getRequestCount(), "attempts");
    });
  }

  /** getModel against a server whose first answer is broken by {@code broken}, the second whole. */
  private static DynamicTest brokenThenWhole(String name, Broken broken) {
    return Harness.test(TALLY, name + ", is retried", h -> {
      AtomicInteger attempt = new AtomicInteger();
      RawServer raw = h.raw((socket, in) -> {
        RawServer.readHead(in);
        if (attempt.incrementAndGet() == 1) {
          broken.answer(socket);
        } else {
          write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
              + MODEL.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + MODEL);
        }
      });
      ModelEntity model = h.client(b -> b.maxRetries(2).timeout(Duration.ofMillis(500))).voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
      assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
      assertEquals(2, raw.accepted(), "attempts");
    });
  }

  private static MockResponse notFound() {
    return json(404, "{\"status\":404,\"message\":\"Model not found\"}");
  }

  /** Sockets of which the first {@code count} fail to connect with {@code failure}: nothing reaches the server. */
  static SocketFactory failingFirst(int count, Supplier<IOException> failure) {
    AtomicInteger made = new AtomicInteger();
    return failingWhen(() -> made.incrementAndGet() <= count, failure);
  }

  /** Sockets that fail to connect with {@code failure} when {@code fails} says so as each is made. */
  static SocketFactory failingWhen(java.util.function.BooleanSupplier fails, Supplier<IOException> failure) {
    return new SocketFactory() {
      @Override
      public Socket createSocket() {
        boolean fail = fails.getAsBoolean();
        return new Socket() {
          @Override
          public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (fail) {
              throw failure.get();
            }
            super.connect(endpoint, timeout);
          }
        };
      }

      @Override
      public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException();
      }
    };
  }

  static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
