package fishaudio.client;

import fishaudio.client.helpers.TrainingWaiter;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.ModelTrainingFailedException;
import fishaudio.client.errors.ModelTrainingTimeoutException;
import fishaudio.client.errors.UnknownModelStateException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** waitUntilTrained: every outcome, with a clock that moves only when the sleeper is called. */
@Timeout(30)
class TrainingWaiterTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  /** A clock that advances by exactly what the waiter asks to sleep; nothing really sleeps. */
  static final class SteppingClock extends Clock {
    Instant now = ClientFixture.NOW;
    final List<Duration> sleeps = new ArrayList<>();

    void sleep(Duration duration) {
      sleeps.add(duration);
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final SteppingClock clock = new SteppingClock();
  final TrainingWaiter waiter = new TrainingWaiter(clock, clock::sleep);

  static ModelEntity model(String state) {
    try {
      return new Moshi.Builder().build().adapter(ModelEntity.class)
          .fromJson(ClientFixture.modelJson().replace("\"state\": \"trained\"", "\"state\": \"" + state + "\""));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static java.util.function.Supplier<ModelEntity> answers(String... states) {
    Deque<ModelEntity> queue = new ArrayDeque<>();
    for (String state : states) {
      queue.add(model(state));
    }
    return () -> queue.size() > 1 ? queue.poll() : queue.peek();
  }

  @Test
  void returnsTheModelOnceTrainedWithCappedBackoff() {
    List<ModelEntity> heard = new ArrayList<>();
    String[] states = new String[8];
    Arrays.fill(states, "training");
    states[0] = "created";
    states[7] = "trained";

    ModelEntity model = waiter.await(answers(states), Duration.ofMinutes(10), heard::add);

    assertEquals(ModelState.TRAINED, model.state());
    assertEquals(Arrays.asList(1L, 2L, 4L, 8L, 15L, 15L, 15L),
        clock.sleeps.stream().map(Duration::getSeconds).collect(java.util.stream.Collectors.toList()));
    assertEquals(Arrays.asList("created", "training", "trained"),
        heard.stream().map(m -> m.state().value()).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void alreadyTrainedReturnsWithoutSleeping() {
    assertEquals(ModelState.TRAINED, waiter.await(answers("trained"), Duration.ofSeconds(5), null).state());
    assertTrue(clock.sleeps.isEmpty());
  }

  @Test
  void failedThrowsCarryingTheModel() {
    ModelTrainingFailedException e = assertThrows(ModelTrainingFailedException.class,
        () -> waiter.await(answers("training", "failed"), Duration.ofMinutes(1), null));
    assertEquals(ModelState.FAILED, e.model().state());
  }

  @Test
  void runningOutOfTimeThrowsCarryingTheLastStateAndNeverOversleeps() {
    ModelTrainingTimeoutException e = assertThrows(ModelTrainingTimeoutException.class,
        () -> waiter.await(answers("training"), Duration.ofSeconds(10), null));
    assertEquals(ModelState.TRAINING, e.lastState());
    // 1 + 2 + 4 and then only the 3 s left: the deadline, not a full 8 s.
    assertEquals(Arrays.asList(1L, 2L, 4L, 3L),
        clock.sleeps.stream().map(Duration::getSeconds).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void anUnknownStateIsReportedNotLoopedOn() {
    UnknownModelStateException e = assertThrows(UnknownModelStateException.class,
        () -> waiter.await(answers("training", "queued_for_review"), Duration.ofHours(1), null));
    assertEquals("queued_for_review", e.model().state().value());
    assertEquals(1, clock.sleeps.size());
  }

  @Test
  void anInterruptDuringTheWaitCancelsAndKeepsTheFlag() {
    TrainingWaiter interrupted = new TrainingWaiter(clock, duration -> {
      throw new InterruptedException();
    });
    try {
      assertThrows(CancellationException.class,
          () -> interrupted.await(answers("training"), Duration.ofMinutes(1), null));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void throughTheClientPollsGetModelUntilTrained() throws Exception {
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("training")));
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("trained")));

    ModelEntity model = fixture.client().voiceCloning().waitUntilTrained("m1", Duration.ofMinutes(1));

    assertEquals(ModelState.TRAINED, model.state());
    assertEquals(2, fixture.server.getRequestCount());
    assertEquals(ClientFixture.PREFIX + "model/m1", fixture.takeRequest().getPath());
    assertEquals(List.of(Duration.ofSeconds(1)), fixture.sleeps);
  }

  @Test
  void cancellingTheAsyncWaitInterruptsItsSleep() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("training")));
    FishAudio client = fixture.track(fixture.builder().sleeper(duration -> {
      sleeping.countDown();
      new CountDownLatch(1).await(); // until interrupted
    }).build());

    CompletableFuture<ModelEntity> wait = client.voiceCloning().waitUntilTrainedAsync("m1", Duration.ofHours(1));
    assertTrue(sleeping.await(10, TimeUnit.SECONDS));
    assertTrue(wait.cancel(true));

    assertThrows(CancellationException.class, wait::get);
    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void theAsyncWaitReportsAFailedModel() throws Exception {
    fixture.server.enqueue(ClientFixture.json(200, TrainingWaiterTestJson.state("failed")));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> fixture.client().voiceCloning().waitUntilTrainedAsync("m1", Duration.ofMinutes(1)).get(10, TimeUnit.SECONDS));
    assertSame(ModelTrainingFailedException.class, fixture.caught(e.getCause()).getClass());
  }

  /** The spec's trained example in another state. */
  static final class TrainingWaiterTestJson {
    static String state(String state) {
      return ClientFixture.modelJson().replace("\"state\": \"trained\"", "\"state\": \"" + state + "\"");
    }
  }
}
