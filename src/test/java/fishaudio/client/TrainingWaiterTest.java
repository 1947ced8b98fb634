package fishaudio.client;

import fishaudio.client.helpers.TrainingWaiter;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.ModelTrainingFailedException;
import fishaudio.client.errors.ModelTrainingTimeoutException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnknownModelStateException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * waitUntilTrained: every outcome, on virtual time (timers run in order, the clock jumps to each),
 * with polls scripted as futures; then a few cases through the client on MockWebServer.
 */
@Timeout(30)
class TrainingWaiterTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  /** Time that moves only when the next timer runs; records every delay asked for. */
  static final class VirtualTime implements TrainingWaiter.Scheduler {
    private long now = 1_000L; // any origin
    private long sequence;
    final List<Duration> delays = new ArrayList<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
        (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));

    private static final class Timer {
      final long due;
      final long order;
      final Runnable task;
      final CompletableFuture<Void> handle = new CompletableFuture<>();

      Timer(long due, long order, Runnable task) {
        this.due = due;
        this.order = order;
        this.task = task;
      }
    }

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public Future<?> schedule(Runnable task, Duration delay) {
      delays.add(delay);
      long nanos = delay.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : delay.toNanos();
      Timer timer = new Timer(now + nanos, sequence++, task);
      timers.add(timer);
      return timer.handle;
    }

    /** Runs timers in order until {@code done} holds or none is left. */
    void runUntil(BooleanSupplier done) {
      while (!done.getAsBoolean()) {
        Timer timer = timers.poll();
        if (timer == null) {
          return;
        }
        if (timer.handle.isCancelled()) {
          continue;
        }
        now = timer.due;
        timer.handle.complete(null);
        timer.task.run();
      }
    }

    /** The timers still scheduled and not cancelled. */
    long live() {
      return timers.stream().filter(t -> !t.handle.isCancelled()).count();
    }

    /** The delays asked for after the first (the deadline), in whole seconds. */
    List<Long> pauses() {
      return delays.stream().skip(1).map(Duration::getSeconds).collect(Collectors.toList());
    }
  }

  /** Polls answered from a script: a model, a failure, or a future that never completes on its own. */
  static final class ScriptedPoll implements TrainingWaiter.Poll {
    private final Deque<Object> answers = new ArrayDeque<>();
    final List<Duration> timesLeft = new ArrayList<>();
    final List<CompletableFuture<ModelEntity>> futures = new ArrayList<>();

    ScriptedPoll(Object... answers) {
      this.answers.addAll(Arrays.asList(answers));
    }

    @Override
    public CompletableFuture<ModelEntity> model(String id, Duration timeLeft) {
      timesLeft.add(timeLeft);
      Object answer = answers.size() > 1 ? answers.poll() : answers.peek();
      CompletableFuture<ModelEntity> future = new CompletableFuture<>();
      futures.add(future);
      if (answer instanceof ModelEntity) {
        future.complete((ModelEntity) answer);
      } else if (answer instanceof Throwable) {
        future.completeExceptionally((Throwable) answer);
      } // HANG: left pending
      return future;
    }

    int count() {
      return timesLeft.size();
    }
  }

  static final Object HANG = new Object();

  final VirtualTime time = new VirtualTime();
  final TrainingWaiter waiter = new TrainingWaiter(time);

  static ModelEntity model(String state) {
    try {
      return new Moshi.Builder().build().adapter(ModelEntity.class)
          .fromJson(ClientFixture.modelJson().replace("\"state\": \"trained\"", "\"state\": \"" + state + "\""));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Object[] states(String... states) {
    return Arrays.stream(states).map(TrainingWaiterTest::model).toArray();
  }

  /** Starts a wait and runs virtual time until it is over. */
  CompletableFuture<ModelEntity> run(Duration timeout, ScriptedPoll poll, java.util.function.Consumer<ModelEntity> listener) {
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", timeout, listener, poll);
    time.runUntil(wait::isDone);
    return wait;
  }

  /** What the finished wait failed with. */
  static Throwable failure(CompletableFuture<ModelEntity> wait) {
    assertTrue(wait.isCompletedExceptionally(), "the wait did not fail");
    try {
      wait.join();
      throw new AssertionError("unreachable");
    } catch (CompletionException e) {
      return e.getCause();
    } catch (CancellationException e) {
      return e;
    }
  }

  static ServerException status(int code) {
    return new ServerException(code, "busy", null, "{}", null);
  }

  @Test
  void returnsTheModelOnceTrainedWithCappedBackoff() {
    List<ModelEntity> heard = new ArrayList<>();
    String[] states = new String[8];
    Arrays.fill(states, "training");
    states[0] = "created";
    states[7] = "trained";

    ModelEntity model = run(Duration.ofMinutes(10), new ScriptedPoll(states(states)), heard::add).join();

    assertEquals(ModelState.TRAINED, model.state());
    assertEquals(Arrays.asList(1L, 2L, 4L, 8L, 15L, 15L, 15L), time.pauses());
    assertEquals(Arrays.asList("created", "training", "trained"),
        heard.stream().map(m -> m.state().value()).collect(Collectors.toList()));
    assertEquals(0, time.live(), "a timer outlived the wait");
  }

  @Test
  void alreadyTrainedReturnsWithoutPausing() {
    assertEquals(ModelState.TRAINED, run(Duration.ofSeconds(5), new ScriptedPoll(states("trained")), null).join().state());
    assertEquals(Arrays.asList(), time.pauses());
    assertEquals(0, time.live());
  }

  @Test
  void failedThrowsCarryingTheModel() {
    Throwable e = failure(run(Duration.ofMinutes(1), new ScriptedPoll(states("training", "failed")), null));
    assertEquals(ModelState.FAILED, ((ModelTrainingFailedException) e).model().state());
  }

  @Test
  void runningOutOfTimeThrowsCarryingTheLastStateAndNeverOversleeps() {
    ScriptedPoll poll = new ScriptedPoll(states("training"));
    ModelTrainingTimeoutException e = (ModelTrainingTimeoutException) failure(run(Duration.ofSeconds(10), poll, null));
    assertEquals(ModelState.TRAINING, e.lastState());
    // 1 + 2 + 4 and then only the 3 s left: the deadline, not a full 8 s; no poll at the deadline.
    assertEquals(Arrays.asList(1L, 2L, 4L, 3L), time.pauses());
    assertEquals(4, poll.count());
  }

  @Test
  void eachPollIsGivenOnlyTheTimeLeft() {
    ScriptedPoll poll = new ScriptedPoll(states("training"));
    run(Duration.ofSeconds(10), poll, null);
    assertEquals(Arrays.asList(10L, 9L, 7L, 3L),
        poll.timesLeft.stream().map(Duration::getSeconds).collect(Collectors.toList()));
  }

  @Test
  void anUnknownStateIsReportedNotLoopedOn() {
    Throwable e = failure(run(Duration.ofHours(1), new ScriptedPoll(states("training", "queued_for_review")), null));
    assertEquals("queued_for_review", ((UnknownModelStateException) e).model().state().value());
    assertEquals(1, time.pauses().size());
  }

  // ---- (8) the deadline holds, and a retryable failure is a poll that saw no change

  @Test
  void retryableFailuresArePollsThatSawNoChange() {
    ScriptedPoll poll = new ScriptedPoll(
        new RateLimitException(429, "slow", null, "{}", null, null), status(500), status(502), status(503), status(504),
        new TransportException("I/O error: reset", new IOException("reset")), model("trained"));
    assertEquals(ModelState.TRAINED, run(Duration.ofMinutes(5), poll, null).join().state());
    assertEquals(7, poll.count());
  }

  @Test
  void anyOtherFailureEndsTheWaitWithIt() {
    FishAudioApiException notFound = new FishAudioApiException(404, "no such model", null, "{}", null);
    assertSame(notFound, failure(run(Duration.ofMinutes(5), new ScriptedPoll(notFound), null)));
    IllegalStateException closed = new IllegalStateException("closed");
    assertSame(closed, failure(run(Duration.ofMinutes(5), new ScriptedPoll(closed), null)));
  }

  @Test
  void failuresUntilTheDeadlineEndInATimeoutWithNoStateAndTheLastFailure() {
    ServerException busy = status(503);
    ModelTrainingTimeoutException e = (ModelTrainingTimeoutException) failure(
        run(Duration.ofSeconds(10), new ScriptedPoll(busy), null));
    assertNull(e.lastState());
    assertNull(e.model());
    assertSame(busy, e.getCause());
    assertTrue(e.getMessage().contains("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"), e.getMessage());
  }

  @Test
  void theDeadlineCancelsAHungPollAndKeepsTheLastStateSeen() {
    ScriptedPoll poll = new ScriptedPoll(model("training"), HANG);
    ModelTrainingTimeoutException e = (ModelTrainingTimeoutException) failure(run(Duration.ofSeconds(10), poll, null));
    assertEquals(ModelState.TRAINING, e.lastState());
    assertEquals(2, poll.count());
    assertTrue(poll.futures.get(1).isCancelled(), "the hung poll was not cancelled at the deadline");
    assertEquals(0, time.live());
  }

  @Test
  void aRateLimitsRetryAfterLengthensThePauseUpToTheTimeLeft() {
    RateLimitException slowDown = new RateLimitException(429, "slow", null, "{}", null, Duration.ofSeconds(8));
    ScriptedPoll poll = new ScriptedPoll(slowDown, model("trained"));
    run(Duration.ofMinutes(1), poll, null).join();
    assertEquals(Arrays.asList(8L), time.pauses());

    VirtualTime shortTime = new VirtualTime();
    CompletableFuture<ModelEntity> wait = new TrainingWaiter(shortTime)
        .awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(5), null, new ScriptedPoll(slowDown));
    shortTime.runUntil(wait::isDone);
    assertEquals(Arrays.asList(5L), shortTime.pauses());
  }

  @Test
  void aRetryAfterOfADayIsHonouredOnlyUpToTheRetryLoopsCap() {
    RateLimitException parked = new RateLimitException(429, "slow", null, "{}", null, Duration.ofDays(1));
    ScriptedPoll poll = new ScriptedPoll(parked, model("trained"));
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", ChronoUnit.FOREVER.getDuration(), null, poll);
    time.runUntil(wait::isDone);
    assertEquals(ModelState.TRAINED, wait.join().state());
    assertEquals(Arrays.asList(fishaudio.client.internal.http.RetryInterceptor.MAX_RETRY_AFTER), time.delays);
  }

  @Test
  void aStepThatThrowsStillCompletesTheWait() {
    // A model whose state is missing cannot come from the generated adapter; a poll could hand one over.
    ModelEntity stateless = model("training").toBuilder().state(null).build();
    // No deadline, so nothing else would ever complete the wait.
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", ChronoUnit.FOREVER.getDuration(), m -> { },
        new ScriptedPoll(stateless));
    assertTrue(wait.isCompletedExceptionally(), "the wait was left pending");
    assertEquals(NullPointerException.class, failure(wait).getClass());
    assertEquals(0, time.live());
  }

  // ---- (17) a timeout too large for the clock is no deadline; a zero one polls once

  @Test
  void foreverIsNoDeadlineAndEachPollGetsTheLargestCallTimeout() {
    ScriptedPoll poll = new ScriptedPoll(states("training", "training", "trained"));
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", ChronoUnit.FOREVER.getDuration(), null, poll);
    time.runUntil(wait::isDone);
    assertEquals(ModelState.TRAINED, wait.join().state());
    assertEquals(Arrays.asList(1L, 2L), time.delays.stream().map(Duration::getSeconds).collect(Collectors.toList()),
        "no deadline timer, only the pauses");
    assertEquals(Arrays.asList(TrainingWaiter.MAX_POLL_TIME, TrainingWaiter.MAX_POLL_TIME, TrainingWaiter.MAX_POLL_TIME),
        poll.timesLeft);
  }

  @Test
  void aTimeoutOfLongMaxValueSecondsIsNoDeadlineEither() {
    assertEquals(ModelState.TRAINED,
        run(Duration.ofSeconds(Long.MAX_VALUE), new ScriptedPoll(states("trained")), null).join().state());
  }

  @Test
  void aLongButCountableTimeoutCapsEachPollAtTheLargestCallTimeout() {
    ScriptedPoll poll = new ScriptedPoll(states("trained"));
    run(Duration.ofDays(3650), poll, null).join();
    assertEquals(Arrays.asList(TrainingWaiter.MAX_POLL_TIME), poll.timesLeft);
  }

  @Test
  void aZeroTimeoutPollsOnce() {
    ScriptedPoll poll = new ScriptedPoll(states("training"));
    ModelTrainingTimeoutException e = (ModelTrainingTimeoutException) failure(run(Duration.ZERO, poll, null));
    assertEquals(ModelState.TRAINING, e.lastState());
    assertEquals(1, poll.count());
    assertEquals(Arrays.asList(), time.delays);
    assertEquals(ModelState.TRAINED, run(Duration.ZERO, new ScriptedPoll(states("trained")), null).join().state());
  }

  // ---- (9) cancel, interrupt and close end the poll in flight and the timers

  @Test
  void cancellingTheWaitCancelsThePollInFlightAndTheDeadline() {
    ScriptedPoll poll = new ScriptedPoll(HANG);
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5), null, poll);
    assertTrue(wait.cancel(true));
    assertTrue(poll.futures.get(0).isCancelled(), "the poll in flight was not cancelled");
    assertEquals(0, time.live(), "the deadline timer was not cancelled");
  }

  @Test
  void cancellingDuringAPauseCancelsThePauseAndPollsNoMore() {
    ScriptedPoll poll = new ScriptedPoll(states("training"));
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5), null, poll);
    assertEquals(2, time.live(), "the deadline and the first pause");
    assertTrue(wait.cancel(true));
    assertEquals(0, time.live());
    time.runUntil(() -> false);
    assertEquals(1, poll.count());
  }

  @Test
  void closeCancelsEveryWaitAndTheWaitsStartedAfter() {
    ScriptedPoll poll = new ScriptedPoll(HANG);
    CompletableFuture<ModelEntity> first = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(5), null, poll);
    CompletableFuture<ModelEntity> second = waiter.awaitAsync("m2", ChronoUnit.FOREVER.getDuration(), null, poll);
    waiter.close();
    for (CompletableFuture<ModelEntity> wait : Arrays.asList(first, second)) {
      CancellationException e = assertThrows(CancellationException.class, wait::join);
      assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
    assertTrue(poll.futures.stream().allMatch(CompletableFuture::isCancelled));
    assertEquals(0, time.live());
    CompletableFuture<ModelEntity> after = waiter.awaitAsync("m3", Duration.ofMinutes(5), null, poll);
    assertTrue(after.isCancelled());
    assertEquals(2, poll.count(), "a wait started after close polled");
  }

  @Test
  void aSyncWaitInterruptedCancelsItsPollAndKeepsTheFlag() {
    ScriptedPoll poll = new ScriptedPoll(HANG);
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> waiter.await("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(1), null, poll));
      assertTrue(Thread.currentThread().isInterrupted());
      assertTrue(poll.futures.get(0).isCancelled());
      assertEquals(0, time.live());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aSyncWaitRethrowsWhatEndedItAsItIs() {
    FishAudioApiException notFound = new FishAudioApiException(404, "no such model", null, "{}", null);
    assertSame(notFound, assertThrows(FishAudioApiException.class,
        () -> waiter.await("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(1), null, new ScriptedPoll(notFound))));
    AssertionError fatal = new AssertionError("listener");
    assertSame(fatal, assertThrows(AssertionError.class,
        () -> waiter.await("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(1), m -> {
          throw fatal;
        }, new ScriptedPoll(states("trained")))));
  }

  @Test
  void aListenerThatThrowsStopsTheWait() {
    IllegalStateException oops = new IllegalStateException("listener bug");
    ScriptedPoll poll = new ScriptedPoll(states("training"));
    Throwable e = failure(run(Duration.ofMinutes(1), poll, m -> {
      throw oops;
    }));
    assertSame(ListenerException.class, e.getClass());
    assertSame(oops, e.getCause());
    assertEquals(1, poll.count());
    assertEquals(0, time.live());
  }

  @Test
  void aPollThatThrowsInsteadOfReturningEndsTheWaitWithIt() {
    IllegalStateException closed = new IllegalStateException("closed");
    CompletableFuture<ModelEntity> wait = waiter.awaitAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(1), null, (id, left) -> {
      throw closed;
    });
    assertSame(closed, failure(wait));
  }

  // ---- through the client

  @Test
  void throughTheClientPollsGetModelUntilTrained() throws Exception {
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("training")));
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("trained")));

    long start = System.nanoTime();
    ModelEntity model = fixture.client().voiceCloning().waitUntilTrained("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(1));

    assertEquals(ModelState.TRAINED, model.state());
    assertEquals(2, fixture.server.getRequestCount());
    assertEquals(ClientFixture.PREFIX + "model/8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", fixture.takeRequest().getPath());
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(900), "the 1 s pause was not kept");
  }

  @Test
  void cancellingTheAsyncWaitDuringItsPauseSendsNoFurtherPoll() throws Exception {
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("training")));
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("trained")));
    FishAudio client = fixture.client();

    CompletableFuture<ModelEntity> wait = client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofHours(1));
    assertEquals(ClientFixture.PREFIX + "model/8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", fixture.takeRequest().getPath());
    assertTrue(wait.cancel(true));

    assertThrows(CancellationException.class, wait::get);
    Thread.sleep(1_500); // past where the next poll was due
    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void theAsyncWaitReportsAFailedModel() throws Exception {
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("failed")));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> fixture.client().voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofMinutes(1)).get(10, TimeUnit.SECONDS));
    assertSame(ModelTrainingFailedException.class, fixture.caught(e.getCause()).getClass());
  }

  @Test
  void aNegativeTimeoutIsRefusedBeforeAnyPoll() {
    FishAudio client = fixture.client();
    assertThrows(fishaudio.client.errors.InvalidRequestException.class,
        () -> client.voiceCloning().waitUntilTrainedAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", Duration.ofSeconds(-1)));
    assertFalse(fixture.server.getRequestCount() > 0);
  }

  /** The spec's trained example in another state. */
  static final class TrainingWaiterTestJson {
    static String state(String state) {
      return ClientFixture.modelJson().replace("\"state\": \"trained\"", "\"state\": \"" + state + "\"");
    }
  }
}
