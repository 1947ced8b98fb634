package fishaudio.client.reliability;

import fishaudio.client.generated.DesignVoiceModel;
import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.generated.VoiceDesignResponse;

import static fishaudio.client.reliability.Fixtures.design;
import static fishaudio.client.reliability.Fixtures.designOk;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.model;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: what a call does when its caller gives up (cancel, interrupt, deadline), when the
 * client is closed under it, and when a listener or logger the caller passed throws. How a server's
 * answer is read belongs in HostileServerTest; which statuses are retried, in RetryPolicyTest.
 *
 * <p>Suite 6: every case ends in a typed outcome, completes every future, lets nothing uncaught
 * reach a thread, and leaves no running call, busy connection or thread behind
 * ({@link Harness#finish()}).
 */
class CancelCloseTest {
  private static final Tally TALLY = new Tally("cancel-close");
  /** Far longer than any case may take: a wait that is not cut short fails the case. */
  private static final String LONG_RETRY_AFTER = "30";
  /** The bound is 100 ms; this leaves room for a loaded machine and still fails a 30 s wait. */
  private static final long PROMPT_MILLIS = 1_000;

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------ prompt cancellation

  @TestFactory
  Stream<DynamicTest> cancellingEndsRetryWaitsPromptly() {
    return Stream.of(
        test("async voice design cancelled in its Retry-After wait ends at once and frees its slot", h -> {
          h.server.enqueue(json(429, "{}").setHeader("Retry-After", LONG_RETRY_AFTER));
          h.server.enqueue(designOk());
          FishAudio client = h.client(b -> b.maxRetries(1).maxConcurrentRequests(1));
          CompletableFuture<VoiceDesignResponse> waiting = client.voiceDesign().designVoiceAsync(design());
          awaitRequests(h, 1);
          Thread.sleep(100); // into the wait
          long start = System.nanoTime();
          waiting.cancel(true);
          assertTrue(Harness.await(() -> h.ok.dispatcher().runningCallsCount() == 0, PROMPT_MILLIS),
              "the cancelled call still runs");
          long ended = millisSince(start);
          // The only slot is free: the next call goes out now, not in 30 s.
          VoiceDesignResponse next = client.voiceDesign().designVoiceAsync(design()).get(PROMPT_MILLIS, TimeUnit.MILLISECONDS);
          assertEquals(1, next.candidates().size());
          assertEquals(2, h.server.getRequestCount(), "the cancelled call was not retried");
          TALLY.note("async cancel during a 30 s Retry-After wait ended the call in " + ended + " ms");
        }),
        test("async create-model cancelled in its Retry-After wait after a 503 ends at once", h -> {
          h.server.enqueue(json(503, "{}").setHeader("Retry-After", LONG_RETRY_AFTER));
          CompletableFuture<ModelEntity> waiting = h.client(b -> b.maxRetries(2)).voiceCloning().createModelAsync(model().build());
          awaitRequests(h, 1);
          Thread.sleep(100);
          waiting.cancel(true);
          assertTrue(Harness.await(() -> h.ok.dispatcher().runningCallsCount() == 0, PROMPT_MILLIS));
          assertThrows(CancellationException.class, waiting::join);
          assertEquals(1, h.server.getRequestCount());
        }),
        test("a sync caller interrupted in its Retry-After wait stops at once, its flag set again", h -> {
          h.server.enqueue(json(429, "{}").setHeader("Retry-After", LONG_RETRY_AFTER));
          FishAudio client = h.client(b -> b.maxRetries(1));
          AtomicReference<Throwable> thrown = new AtomicReference<>();
          AtomicReference<Boolean> flag = new AtomicReference<>();
          Thread caller = new Thread(() -> {
            try {
              client.voiceDesign().designVoice(design());
            } catch (RuntimeException e) {
              thrown.set(e);
              flag.set(Thread.currentThread().isInterrupted());
            }
          }, "cancel-close-sync-caller");
          caller.start();
          awaitRequests(h, 1);
          Thread.sleep(100);
          long start = System.nanoTime();
          caller.interrupt();
          caller.join(PROMPT_MILLIS);
          assertTrue(!caller.isAlive(), "the interrupted caller still waits");
          assertInstanceOf(TransportException.class, thrown.get());
          assertTrue(thrown.get().getMessage().contains("Interrupted"), thrown.get().getMessage());
          assertEquals(Boolean.TRUE, flag.get(), "the interrupt flag is set again");
          TALLY.note("interrupting a sync caller in its wait ended it in " + millisSince(start) + " ms");
        }),
        test("a call cancelled while it waits for a request slot never reaches the server", h -> {
          CountDownLatch release = new CountDownLatch(1);
          answerOnceReleased(h, release);
          FishAudio client = h.client(b -> b.maxConcurrentRequests(1));
          CompletableFuture<VoiceDesignResponse> holder = client.voiceDesign().designVoiceAsync(design());
          awaitRequests(h, 1);
          CompletableFuture<VoiceDesignResponse> queued = client.voiceDesign().designVoiceAsync(design());
          Thread.sleep(100);
          queued.cancel(true);
          assertTrue(Harness.await(() -> h.ok.dispatcher().runningCallsCount() == 1, PROMPT_MILLIS),
              "the cancelled call still waits for a slot");
          release.countDown();
          assertEquals(1, holder.get(5, TimeUnit.SECONDS).candidates().size());
          assertEquals(1, h.server.getRequestCount(), "the cancelled call was sent");
        }));
  }

  // ------------------------------------------------------------------ a final close()

  @TestFactory
  Stream<DynamicTest> closeIsFinal() {
    return Stream.of(
        test("after close every facade call fails at once with IllegalStateException, sending nothing", h -> {
          FishAudio client = h.client();
          client.close();
          List<Runnable> calls = new ArrayList<>();
          calls.add(() -> client.voiceDesign().designVoice(design()));
          calls.add(() -> client.voiceDesign().designVoiceAsync(design()));
          calls.add(() -> client.voiceCloning().createModel(model().build()));
          calls.add(() -> client.voiceCloning().createModelAsync(model().build()));
          calls.add(() -> client.voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          calls.add(() -> client.voiceCloning().listModels(ListModelsQuery.builder().build()));
          calls.add(() -> client.voiceCloning().allModels(ListModelsQuery.builder().build()));
          calls.add(() -> client.voiceCloning().deleteModelAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));
          calls.add(() -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(1)));
          calls.add(() -> client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(1)));
          calls.add(() -> client.withTimeout(Duration.ofSeconds(1)));
          for (Runnable call : calls) {
            IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
          }
          client.close(); // again: nothing happens
          assertEquals(0, h.server.getRequestCount());
        }),
        test("after close the raw interface fails too, sync and async, sending nothing", h -> {
          FishAudio client = h.client();
          client.close();
          IOException sync = assertThrows(IOException.class,
              () -> client.voiceDesign().api().designVoice(DesignVoiceModel.of("s1"), design()).execute());
          assertTrue(sync.getMessage().contains("closed"), sync.getMessage());
          CompletableFuture<Throwable> async = new CompletableFuture<>();
          client.voiceDesign().api().designVoice(DesignVoiceModel.of("s1"), design()).enqueue(new retrofit2.Callback<fishaudio.client.generated.VoiceDesignResponse>() {
            @Override
            public void onResponse(retrofit2.Call<fishaudio.client.generated.VoiceDesignResponse> call,
                retrofit2.Response<fishaudio.client.generated.VoiceDesignResponse> response) {
              async.complete(null);
            }

            @Override
            public void onFailure(retrofit2.Call<fishaudio.client.generated.VoiceDesignResponse> call, Throwable failure) {
              async.complete(failure);
            }
          });
          Throwable failure = async.get(5, TimeUnit.SECONDS);
          assertNotNull(failure, "the raw call went through after close");
          assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
          assertEquals(0, h.server.getRequestCount());
        }),
        test("a call in flight at close finishes, and its connection is then closed, not pooled", h -> {
          CountDownLatch requested = new CountDownLatch(1);
          CountDownLatch closed = new CountDownLatch(1);
          AtomicReference<String> afterResponse = new AtomicReference<>();
          h.raw((socket, in) -> {
            long length = RawServer.readHead(in);
            for (long i = 0; i < length; i++) {
              in.read();
            }
            requested.countDown();
            try {
              closed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            byte[] body = Fixtures.designJson(Fixtures.wav(8)).getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // A pooled connection stays open; a closed one reads as the end of the stream.
            socket.setSoTimeout(2_000);
            afterResponse.set(readsEnd(in) ? "closed by the client" : "still open");
          });
          FishAudio owned = h.client(b -> b.okHttpClient(null));
          CompletableFuture<VoiceDesignResponse> inFlight = owned.voiceDesign().designVoiceAsync(design());
          assertTrue(requested.await(5, TimeUnit.SECONDS));
          owned.close();
          closed.countDown();
          assertEquals(1, inFlight.get(5, TimeUnit.SECONDS).candidates().size(), "the answer is not lost");
          assertTrue(Harness.await(() -> afterResponse.get() != null, 3_000));
          assertEquals("closed by the client", afterResponse.get());
        }),
        test("a call waiting for a slot at close fails with IllegalStateException, never sent", h -> {
          CountDownLatch release = new CountDownLatch(1);
          answerOnceReleased(h, release);
          FishAudio client = h.client(b -> b.maxConcurrentRequests(1));
          CompletableFuture<VoiceDesignResponse> first = client.voiceDesign().designVoiceAsync(design());
          awaitRequests(h, 1);
          CompletableFuture<VoiceDesignResponse> second = client.voiceDesign().designVoiceAsync(design());
          Thread.sleep(50);
          client.close();
          release.countDown();
          assertEquals(1, first.get(5, TimeUnit.SECONDS).candidates().size());
          ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(5, TimeUnit.SECONDS));
          assertInstanceOf(IllegalStateException.class, e.getCause());
          assertEquals(1, h.server.getRequestCount());
        }),
        test("close ends the client's own dispatcher threads within a second", h -> {
          h.server.enqueue(designOk());
          h.server.enqueue(designOk());
          Set<Thread> before = Thread.getAllStackTraces().keySet();
          FishAudio owned = h.client(b -> b.okHttpClient(null));
          CompletableFuture.allOf(owned.voiceDesign().designVoiceAsync(design()), owned.voiceDesign().designVoiceAsync(design())).get(5, TimeUnit.SECONDS);
          assertTrue(!dispatcherThreads(before).isEmpty(), "the async calls ran on no dispatcher thread");
          long start = System.nanoTime();
          owned.close();
          assertTrue(Harness.await(() -> dispatcherThreads(before).isEmpty(), 1_000),
              () -> "still alive after close: " + dispatcherThreads(before));
          TALLY.note("close() ended the dispatcher's threads in " + millisSince(start) + " ms");
        }),
        test("close cancels a pending waitUntilTrainedAsync and ends its thread", h -> {
          h.server.enqueue(json(200, training()));
          FishAudio client = h.client();
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5));
          awaitRequests(h, 1);
          Thread.sleep(50);
          client.close();
          // get() throws a CancellationException it was completed with as it is.
          assertThrows(CancellationException.class, () -> waiting.get(PROMPT_MILLIS, TimeUnit.MILLISECONDS));
          assertTrue(Harness.await(() -> threadsNamed("fish-audio-wait-m1").isEmpty(), 1_000));
        }),
        test("a view from withTimeout is the same client: closing it closes the base", h -> {
          FishAudio base = h.client();
          FishAudio view = base.withTimeout(Duration.ofSeconds(2));
          view.close();
          assertThrows(IllegalStateException.class, () -> base.voiceDesign().designVoice(design()));
          assertEquals(0, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ deadlines and per-call overrides

  @TestFactory
  Stream<DynamicTest> deadlinesAndPerCallOverrides() {
    return Stream.of(
        test("withCallTimeout ends a call a server trickles byte by byte; the base client keeps its own", h -> {
          byte[] body = Fixtures.designJson(Fixtures.wav(8)).getBytes(StandardCharsets.UTF_8);
          java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
          h.raw((socket, in) -> {
            long length = RawServer.readHead(in);
            for (long i = 0; i < length; i++) {
              in.read();
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            boolean trickle = connections.incrementAndGet() == 1;
            for (byte b : body) {
              out.write(b);
              out.flush();
              if (trickle) {
                sleepQuietly(100); // each byte well inside the read timeout; the whole far past the deadline
              }
            }
          });
          FishAudio base = h.client(b -> b.timeout(Duration.ofSeconds(2)));
          long start = System.nanoTime();
          TransportException e = assertThrows(TransportException.class,
              () -> base.withCallTimeout(Duration.ofMillis(400)).voiceDesign().designVoice(design()));
          long took = millisSince(start);
          assertTrue(took < 3_000, "the deadline did not hold: " + took + " ms");
          assertNotNull(e.getCause());
          assertEquals(1, base.voiceDesign().designVoice(design()).candidates().size(), "the base client has no deadline");
          TALLY.note("a 400 ms call deadline ended a trickling answer after " + took + " ms");
        }),
        test("withTimeout sets the read timeout for its calls only", h -> {
          h.server.enqueue(designOk().setBodyDelay(600, TimeUnit.MILLISECONDS));
          h.server.enqueue(designOk().setBodyDelay(600, TimeUnit.MILLISECONDS));
          FishAudio base = h.client(b -> b.timeout(Duration.ofSeconds(5)));
          TransportException e = assertThrows(TransportException.class,
              () -> base.withTimeout(Duration.ofMillis(150)).voiceDesign().designVoice(design()));
          assertTrue(e.getMessage().startsWith("Timed out"), e.getMessage());
          assertEquals(1, base.voiceDesign().designVoice(design()).candidates().size());
        }),
        test("a deadline or timeout that is zero, negative or null is a ConfigurationException", h -> {
          FishAudio client = h.client();
          assertThrows(ConfigurationException.class, () -> client.withTimeout(null));
          assertThrows(ConfigurationException.class, () -> client.withTimeout(Duration.ZERO));
          assertThrows(ConfigurationException.class, () -> client.withCallTimeout(Duration.ofMillis(-1)));
          assertThrows(ConfigurationException.class, () -> FishAudio.builder().callTimeout(Duration.ZERO));
          assertEquals(0, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ listeners, loggers and Errors

  @TestFactory
  Stream<DynamicTest> whatACallersCallbackThrowsReachesTheCaller() {
    IllegalStateException oops = new IllegalStateException("listener bug");
    AssertionError fatal = new AssertionError("listener error");
    return Stream.of(
        test("a progress listener that throws stops a sync upload with ListenerException, not retried", h -> {
          h.server.enqueue(Fixtures.modelOk());
          FishAudio client = h.client(b -> b.maxRetries(2));
          ListenerException e = assertThrows(ListenerException.class,
              () -> client.voiceCloning().createModel(model().build(), (sent, total) -> {
                throw oops;
              }));
          assertSame(oops, e.getCause());
          assertTrue(h.server.getRequestCount() <= 1, "retried after the listener threw");
        }),
        test("a progress listener that throws fails the async future with ListenerException, nothing uncaught", h -> {
          h.server.enqueue(Fixtures.modelOk());
          List<Throwable> uncaught = catchUncaught(() -> {
            CompletableFuture<ModelEntity> future = h.client().voiceCloning().createModelAsync(model().build(), (sent, total) -> {
              throw oops;
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertInstanceOf(ListenerException.class, e.getCause());
            assertSame(oops, e.getCause().getCause());
          });
          assertEquals(Collections.emptyList(), uncaught);
        }),
        test("an Error from a progress listener completes the async future with that Error", h -> {
          h.server.enqueue(Fixtures.modelOk());
          List<Throwable> uncaught = catchUncaught(() -> {
            CompletableFuture<ModelEntity> future = h.client().voiceCloning().createModelAsync(model().build(), (sent, total) -> {
              throw fatal;
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertSame(fatal, e.getCause());
          });
          assertEquals(Collections.emptyList(), uncaught);
        }),
        test("an Error from a progress listener is rethrown as it is to a sync caller", h -> {
          h.server.enqueue(Fixtures.modelOk());
          AssertionError e = assertThrows(AssertionError.class, () -> h.client().voiceCloning().createModel(model().build(), (sent, total) -> {
            throw fatal;
          }));
          assertSame(fatal, e);
        }),
        test("a logger that throws loses its line, not the call", h -> {
          h.server.enqueue(designOk());
          FishAudio client = h.client(b -> b.logger(line -> {
            throw oops;
          }));
          assertEquals(1, client.voiceDesign().designVoice(design()).candidates().size());
        }),
        test("an Error from the logger reaches the async caller; nothing uncaught", h -> {
          h.server.enqueue(designOk());
          List<Throwable> uncaught = catchUncaught(() -> {
            CompletableFuture<VoiceDesignResponse> future = h.client(b -> b.logger(line -> {
              if (line.startsWith("<--")) {
                throw fatal;
              }
            })).voiceDesign().designVoiceAsync(design());
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertSame(fatal, e.getCause());
          });
          assertEquals(Collections.emptyList(), uncaught);
        }),
        test("a waitUntilTrained listener that throws stops the wait with ListenerException", h -> {
          h.server.enqueue(json(200, training()));
          ListenerException e = assertThrows(ListenerException.class,
              () -> h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(5), model -> {
                throw oops;
              }));
          assertSame(oops, e.getCause());
          assertEquals(1, h.server.getRequestCount());
        }),
        test("an Error from a waitUntilTrainedAsync listener completes its future with that Error", h -> {
          h.server.enqueue(json(200, training()));
          List<Throwable> uncaught = catchUncaught(() -> {
            CompletableFuture<ModelEntity> future = h.client().voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(5), model -> {
              throw fatal;
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertSame(fatal, e.getCause());
          });
          assertEquals(Collections.emptyList(), uncaught);
        }),
        test("an Error while decoding a body (an OutOfMemoryError) completes the async future with it", h -> {
          h.server.enqueue(designOk());
          OutOfMemoryError oom = new OutOfMemoryError("simulated while reading the body");
          List<Throwable> uncaught = catchUncaught(() -> {
            FishAudio client = h.client(b -> b.okHttpClient(h.ok.newBuilder()
                .addNetworkInterceptor(chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  return response.newBuilder().body(failingBody(response.body(), oom)).build();
                }).build()));
            CompletableFuture<VoiceDesignResponse> future = client.voiceDesign().designVoiceAsync(design());
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
            assertSame(oom, e.getCause());
          });
          assertEquals(Collections.emptyList(), uncaught);
        }),
        test("an Error while decoding a body is rethrown as it is to a sync caller", h -> {
          h.server.enqueue(designOk());
          OutOfMemoryError oom = new OutOfMemoryError("simulated while reading the body");
          FishAudio client = h.client(b -> b.okHttpClient(h.ok.newBuilder()
              .addNetworkInterceptor(chain -> {
                okhttp3.Response response = chain.proceed(chain.request());
                return response.newBuilder().body(failingBody(response.body(), oom)).build();
              }).build()));
          assertSame(oom, assertThrows(OutOfMemoryError.class, () -> client.voiceDesign().designVoice(design())));
        }));
  }

  // ------------------------------------------------------------------ helpers

  private static DynamicTest test(String name, Harness.Body body) {
    return Harness.test(TALLY, name, body);
  }

  /** Every request waits for {@code release} (5 s at most), then gets a voice-design answer. */
  private static void answerOnceReleased(Harness h, CountDownLatch release) {
    h.server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) throws InterruptedException {
        release.await(5, TimeUnit.SECONDS);
        return designOk();
      }
    });
  }

  private static void awaitRequests(Harness h, int count) {
    assertTrue(Harness.await(() -> h.server.getRequestCount() >= count, 5_000), "the server got no request");
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static String training() {
    return modelJson().replaceAll("\"state\"\\s*:\\s*\"trained\"", "\"state\":\"training\"");
  }

  private static List<Thread> dispatcherThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !before.contains(t) && t.getName().contains("Dispatcher"))
        .collect(Collectors.toList());
  }

  private static List<Thread> threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals(name))
        .collect(Collectors.toList());
  }

  /** Whether the peer closes the connection (end of stream) within two seconds. */
  private static boolean readsEnd(InputStream in) {
    try {
      return in.read() == -1;
    } catch (java.net.SocketTimeoutException e) {
      return false; // still open two seconds on: pooled
    } catch (IOException e) {
      return true; // reset: closed
    }
  }

  private static ResponseBody failingBody(ResponseBody body, Error error) {
    BufferedSource failing = Okio.buffer(new ForwardingSource(body.source()) {
      @Override
      public long read(Buffer sink, long byteCount) {
        throw error;
      }
    });
    MediaType type = body.contentType();
    return new ResponseBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return body.contentLength();
      }

      @Override
      public BufferedSource source() {
        return failing;
      }
    };
  }

  /** Runs {@code body} with every uncaught exception of every thread collected, and returns them. */
  private static List<Throwable> catchUncaught(ThrowingRunnable body) throws Exception {
    List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    try {
      body.run();
      Thread.sleep(100); // a dispatcher thread rethrows after the callback
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    return new ArrayList<>(uncaught);
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
