package fishaudio.client.reliability;

import fishaudio.client.errors.ModelTrainingTimeoutException;
import fishaudio.client.errors.FishAudioApiException;

import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: {@code waitUntilTrained} and {@code waitUntilTrainedAsync} against servers that
 * answer slowly, with retryable errors, or not at all: the timeout is a deadline for the whole wait,
 * and cancel, interrupt and close end the poll in flight. Generic cancel and close belong in
 * CancelCloseTest; calls queued at close, in CloseQueuedTest.
 *
 * <p>An issue-22 suite (items 8, 9 and 17): every case ends in a typed outcome within generous
 * bounds (a loaded two-core machine may add a second), completes every future, and leaves no running
 * call, busy connection or thread behind ({@link Harness#finish()}).
 */
class TrainingWaitTest {
  private static final Tally TALLY = new Tally("training-wait");
  private static final Duration DEADLINE = Duration.ofSeconds(2);
  /** How far past the 2 s deadline a wait may end on a loaded machine; a Retry-After of 8 s is far beyond. */
  private static final long SLACK_MILLIS = 1_000;
  private static final long PROMPT_MILLIS = 1_000;
  /** A read timeout far longer than any case may take: a poll that is not cut short fails the case. */
  private static final Duration LONG_READ = Duration.ofSeconds(15);

  @AfterAll
  static void report() {
    TALLY.report();
  }

  // ------------------------------------------------------------------ (8) the timeout is a deadline

  @TestFactory
  Stream<DynamicTest> theTimeoutIsADeadlineForTheWholeWait() {
    return Stream.of(
        test("(8) polls answered 429 with Retry-After: 8 end at the 2 s deadline in ModelTrainingTimeoutException", h -> {
          h.server.setDispatcher(always(() -> json(429, "{\"message\":\"slow down\"}").setHeader("Retry-After", "8")));
          FishAudio client = h.client(b -> b.maxRetries(2));
          long start = System.nanoTime();
          ModelTrainingTimeoutException e = assertThrows(ModelTrainingTimeoutException.class,
              () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE));
          long took = assertNearDeadline(start);
          assertNull(e.lastState(), "no poll answered, so no state was seen");
          assertNull(e.model());
          assertTrue(e.getMessage().contains("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"), e.getMessage());
          TALLY.note("a 2 s wait against 429 Retry-After: 8 ended after " + took + " ms");
        }),
        test("(8) polls answered 503 with Retry-After: 8 end at the 2 s deadline in ModelTrainingTimeoutException", h -> {
          h.server.setDispatcher(always(() -> json(503, "{\"message\":\"busy\"}").setHeader("Retry-After", "8")));
          FishAudio client = h.client(b -> b.maxRetries(2));
          long start = System.nanoTime();
          assertThrows(ModelTrainingTimeoutException.class, () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE));
          assertNearDeadline(start);
        }),
        test("(8) a poll whose status line trickles a byte at a time ends at the 2 s deadline", h -> {
          h.raw((socket, in) -> {
            RawServer.readHead(in);
            trickle(socket.getOutputStream(), "HTTP/1.1 200 OK" + Fixtures.repeat("K", 100), 0);
          });
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          long start = System.nanoTime();
          ModelTrainingTimeoutException e = assertThrows(ModelTrainingTimeoutException.class,
              () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE));
          long took = assertNearDeadline(start);
          assertNull(e.lastState());
          TALLY.note("a 2 s wait on a trickling status line ended after " + took + " ms");
        }),
        test("a poll whose body trickles after its headers ends at the 2 s deadline", h -> {
          String body = training();
          h.raw((socket, in) -> {
            RawServer.readHead(in);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            trickle(out, body, 0);
          });
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          long start = System.nanoTime();
          assertThrows(ModelTrainingTimeoutException.class, () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE));
          assertNearDeadline(start);
        }),
        test("a poll the server never answers ends at the 2 s deadline, not at the 15 s read timeout", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          long start = System.nanoTime();
          assertThrows(ModelTrainingTimeoutException.class, () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE));
          assertNearDeadline(start);
        }),
        test("training seen, then 503 Retry-After: 8: the deadline holds and the timeout carries the last state", h -> {
          AtomicInteger polls = new AtomicInteger();
          h.server.setDispatcher(always(() -> polls.incrementAndGet() == 1
              ? json(200, training())
              : json(503, "{}").setHeader("Retry-After", "8")));
          FishAudio client = h.client(b -> b.maxRetries(2));
          long start = System.nanoTime();
          ModelTrainingTimeoutException e = assertThrows(ModelTrainingTimeoutException.class,
              () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE));
          assertNearDeadline(start);
          assertEquals(ModelState.TRAINING, e.lastState());
          assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", e.model().id());
        }),
        test("the async wait keeps the same deadline: polls answered 429 Retry-After: 8", h -> {
          h.server.setDispatcher(always(() -> json(429, "{}").setHeader("Retry-After", "8")));
          FishAudio client = h.client(b -> b.maxRetries(2));
          long start = System.nanoTime();
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE);
          ExecutionException e = assertThrows(ExecutionException.class,
              () -> waiting.get(DEADLINE.toMillis() + 5_000, TimeUnit.MILLISECONDS));
          assertNearDeadline(start);
          assertInstanceOf(ModelTrainingTimeoutException.class, e.getCause());
        }),
        test("the async wait on a poll that never answers ends at the deadline, and its call with it", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          long start = System.nanoTime();
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", DEADLINE);
          ExecutionException e = assertThrows(ExecutionException.class,
              () -> waiting.get(DEADLINE.toMillis() + 5_000, TimeUnit.MILLISECONDS));
          assertNearDeadline(start);
          assertInstanceOf(ModelTrainingTimeoutException.class, e.getCause());
          assertCallEndsPromptly(h);
        }));
  }

  @TestFactory
  Stream<DynamicTest> aRetryableFailureIsAPollThatSawNoChange() {
    return Stream.of(
        test("(8) a poll answered 503 with no retries left is no change: the wait goes on until trained", h -> {
          h.server.enqueue(json(503, "{}"));
          h.server.enqueue(json(200, training()));
          h.server.enqueue(json(200, modelJson()));
          ModelEntity model = h.client(b -> b.maxRetries(0)).voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(30));
          assertEquals(ModelState.TRAINED, model.state());
          assertEquals(3, h.server.getRequestCount());
        }),
        test("a poll answered 429 is no change: the wait goes on until trained", h -> {
          h.server.enqueue(json(429, "{}"));
          h.server.enqueue(json(200, modelJson()));
          assertEquals(ModelState.TRAINED, h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(30)).state());
          assertEquals(2, h.server.getRequestCount());
        }),
        test("a poll whose connection drops after the request is no change: the wait goes on", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
          h.server.enqueue(json(200, modelJson()));
          assertEquals(ModelState.TRAINED, h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(30)).state());
          assertEquals(2, h.server.getRequestCount());
        }),
        test("the listener hears only answered polls: created, (502), trained", h -> {
          h.server.enqueue(json(200, created()));
          h.server.enqueue(json(502, "{}"));
          h.server.enqueue(json(200, modelJson()));
          List<String> heard = new ArrayList<>();
          ModelEntity model = h.client().voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(30), m -> heard.add(m.state().value()))
              .get(20, TimeUnit.SECONDS);
          assertEquals(ModelState.TRAINED, model.state());
          assertEquals(List.of("created", "trained"), heard);
        }),
        // A guard, not a fix: what is not retryable still ends the wait at once.
        test("a poll answered 404 ends the wait at once with its own exception (guard)", h -> {
          h.server.enqueue(json(404, "{\"message\":\"no such model\"}"));
          long start = System.nanoTime();
          FishAudioApiException e = assertThrows(FishAudioApiException.class,
              () -> h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(30)));
          assertEquals(404, e.status());
          assertTrue(millisSince(start) < PROMPT_MILLIS, "the wait went on after a 404");
          assertEquals(1, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ (9) cancel, interrupt and close end the poll

  @TestFactory
  Stream<DynamicTest> cancelInterruptAndCloseEndThePollInFlight() {
    return Stream.of(
        test("(9) cancel(true) ends the poll in flight at once: its call, its connection and its slot", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          h.server.enqueue(json(200, modelJson()));
          FishAudio client = h.client(b -> b.timeout(LONG_READ).maxConcurrentRequests(1));
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5));
          awaitRequests(h, 1);
          long start = System.nanoTime();
          assertTrue(waiting.cancel(true));
          assertTrue(waiting.isCancelled());
          assertCallEndsPromptly(h);
          // The only slot is free: the next call goes out now, not at the read timeout.
          assertEquals(ModelState.TRAINED, client.voiceCloning().getModelAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a").get(PROMPT_MILLIS, TimeUnit.MILLISECONDS).state());
          TALLY.note("cancel(true) ended a wait's hung poll in " + millisSince(start) + " ms");
        }),
        test("(9) close() completes a wait whose poll hangs at once, and ends the poll's call", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5));
          awaitRequests(h, 1);
          long start = System.nanoTime();
          client.close();
          assertThrows(CancellationException.class, () -> waiting.get(PROMPT_MILLIS, TimeUnit.MILLISECONDS));
          assertCallEndsPromptly(h);
          TALLY.note("close() ended a wait's hung poll in " + millisSince(start) + " ms");
        }),
        test("close() completes ten waits at once, polls in flight and polls waiting for a slot alike", h -> {
          h.server.setDispatcher(always(() -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE)));
          FishAudio client = h.client(b -> b.timeout(LONG_READ).maxConcurrentRequests(2));
          List<CompletableFuture<ModelEntity>> waits = new ArrayList<>();
          for (int i = 0; i < 10; i++) {
            waits.add(client.voiceCloning().waitUntilTrainedAsync("m" + i, Duration.ofMinutes(5)));
          }
          awaitRequests(h, 2);
          client.close();
          CompletableFuture<Void> all = CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0]));
          assertThrows(Exception.class, () -> all.get(PROMPT_MILLIS, TimeUnit.MILLISECONDS));
          for (CompletableFuture<ModelEntity> wait : waits) {
            assertTrue(wait.isDone(), "a wait is still pending after close");
          }
          assertCallEndsPromptly(h);
          assertEquals(2, h.server.getRequestCount(), "a poll was sent after close");
        }),
        test("a sync wait whose poll hangs ends at once when another thread closes the client", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          AtomicReference<Throwable> thrown = new AtomicReference<>();
          Thread caller = start("training-wait-sync-caller", () -> client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5)), thrown);
          awaitRequests(h, 1);
          client.close();
          caller.join(PROMPT_MILLIS);
          assertFalse(caller.isAlive(), "the sync wait still runs after close");
          assertInstanceOf(CancellationException.class, thrown.get());
          assertTrue(thrown.get().getMessage().contains("closed"), thrown.get().getMessage());
          assertCallEndsPromptly(h);
        }),
        test("a sync wait whose poll hangs ends at once when its thread is interrupted, the flag set again", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          AtomicReference<Throwable> thrown = new AtomicReference<>();
          AtomicReference<Boolean> flag = new AtomicReference<>();
          Thread caller = new Thread(() -> {
            try {
              client.voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5));
            } catch (RuntimeException e) {
              thrown.set(e);
              flag.set(Thread.currentThread().isInterrupted());
            }
          }, "training-wait-interrupted-caller");
          caller.start();
          awaitRequests(h, 1);
          caller.interrupt();
          caller.join(PROMPT_MILLIS);
          assertFalse(caller.isAlive(), "the interrupted wait still runs");
          assertInstanceOf(CancellationException.class, thrown.get());
          assertEquals(Boolean.TRUE, flag.get(), "the interrupt flag is set again");
          assertCallEndsPromptly(h);
        }),
        // Guards, not fixes: these held before, by interrupting the wait's thread; now nothing is interrupted.
        test("cancel(true) during a poll's Retry-After wait ends its call at once (guard)", h -> {
          h.server.enqueue(json(429, "{}").setHeader("Retry-After", "30"));
          FishAudio client = h.client(b -> b.maxRetries(1));
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5));
          awaitRequests(h, 1);
          Thread.sleep(100); // into the Retry-After wait
          waiting.cancel(true);
          assertCallEndsPromptly(h);
          assertEquals(1, h.server.getRequestCount(), "the cancelled poll was retried");
        }),
        test("cancel(true) during the pause between polls sends no further poll (guard)", h -> {
          h.server.enqueue(json(200, training()));
          h.server.enqueue(json(200, modelJson()));
          FishAudio client = h.client();
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5));
          awaitRequests(h, 1);
          Thread.sleep(200); // into the 1 s pause
          assertTrue(waiting.cancel(true));
          Thread.sleep(1_500); // past where the next poll was due
          assertEquals(1, h.server.getRequestCount(), "a poll was sent after cancel");
        }));
  }

  // ------------------------------------------------------------------ (17) a timeout past any deadline

  @TestFactory
  Stream<DynamicTest> aTimeoutBeyondAnyClockSaturates() {
    return Stream.of(
        test("(17) waitUntilTrained(id, FOREVER) polls until trained, no ArithmeticException", h -> {
          h.server.enqueue(json(200, training()));
          h.server.enqueue(json(200, modelJson()));
          ModelEntity model = h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", ChronoUnit.FOREVER.getDuration());
          assertEquals(ModelState.TRAINED, model.state());
          assertEquals(2, h.server.getRequestCount());
        }),
        test("(17) waitUntilTrainedAsync(id, FOREVER) completes with the trained model", h -> {
          h.server.enqueue(json(200, modelJson()));
          ModelEntity model = h.client().voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", ChronoUnit.FOREVER.getDuration())
              .get(5, TimeUnit.SECONDS);
          assertEquals(ModelState.TRAINED, model.state());
        }),
        test("a timeout of Long.MAX_VALUE seconds saturates too", h -> {
          h.server.enqueue(json(200, modelJson()));
          assertEquals(ModelState.TRAINED,
              h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(Long.MAX_VALUE)).state());
        }),
        test("a FOREVER wait is still cancelled at once, its hung poll with it", h -> {
          h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
          FishAudio client = h.client(b -> b.timeout(LONG_READ));
          CompletableFuture<ModelEntity> waiting = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", ChronoUnit.FOREVER.getDuration());
          awaitRequests(h, 1);
          assertTrue(waiting.cancel(true));
          assertCallEndsPromptly(h);
        }),
        // A guard for the fix: a poll's call timeout is the time left, and OkHttp refuses one over 2^31 ms.
        test("a 30-day timeout polls with a call timeout OkHttp accepts (guard)", h -> {
          h.server.enqueue(json(200, training()));
          h.server.enqueue(json(200, modelJson()));
          assertEquals(ModelState.TRAINED, h.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofDays(30)).state());
        }));
  }

  // ------------------------------------------------------------------ helpers

  private static DynamicTest test(String name, Harness.Body body) {
    return Harness.test(TALLY, name, body);
  }

  /** Asserts the wait ended no sooner than just before the 2 s deadline and within the slack after it. */
  private static long assertNearDeadline(long start) {
    long took = millisSince(start);
    assertTrue(took >= DEADLINE.toMillis() - 250, "the wait ended before its deadline: " + took + " ms");
    assertTrue(took <= DEADLINE.toMillis() + SLACK_MILLIS, "the wait overran its 2 s deadline: " + took + " ms");
    return took;
  }

  /** The call of a cancelled or closed poll ends at once: no running call, no connection in use. */
  private static void assertCallEndsPromptly(Harness h) {
    assertTrue(Harness.await(() -> h.ok.dispatcher().runningCallsCount() == 0, PROMPT_MILLIS),
        () -> "the poll's call still runs: " + h.ok.dispatcher().runningCallsCount());
    assertTrue(Harness.await(() -> h.ok.connectionPool().connectionCount() == h.ok.connectionPool().idleConnectionCount(),
        PROMPT_MILLIS), "the poll's connection is still in use");
  }

  private static Dispatcher always(Supplier<MockResponse> response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response.get();
      }
    };
  }

  /** Writes {@code text} a byte every 200 ms, for at most 8 s; stops when the client has gone. */
  private static void trickle(OutputStream out, String text, int from) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
    try {
      for (int i = from; i < bytes.length && System.nanoTime() < end; i++) {
        out.write(bytes[i]);
        out.flush();
        Thread.sleep(200);
      }
    } catch (IOException | InterruptedException e) {
      // The client went away: the point of the case.
    }
  }

  private static Thread start(String name, Runnable body, AtomicReference<Throwable> thrown) {
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } catch (RuntimeException e) {
        thrown.set(e);
      }
    }, name);
    thread.start();
    return thread;
  }

  private static void awaitRequests(Harness h, int count) {
    assertTrue(Harness.await(() -> h.server.getRequestCount() >= count, 5_000), "the server got no request");
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static String training() {
    return withState("training");
  }

  private static String created() {
    return withState("created");
  }

  private static String withState(String state) {
    return modelJson().replaceAll("\"state\"\\s*:\\s*\"trained\"", "\"state\":\"" + state + "\"");
  }
}
