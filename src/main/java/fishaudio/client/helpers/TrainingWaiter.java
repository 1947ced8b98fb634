package fishaudio.client.helpers;

import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.ModelTrainingFailedException;
import fishaudio.client.errors.ModelTrainingTimeoutException;
import fishaudio.client.errors.UnknownModelStateException;
import fishaudio.client.internal.http.Sleeper;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import fishaudio.client.internal.http.Shutdown;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Polls a model until it is trained: 1 s, 2 s, 4 s... between polls, capped at {@link #MAX_DELAY}
 * and at the time left. {@code failed}, a state the spec does not list, and running out of time
 * each end the wait with their own exception; an interrupt ends it with a
 * {@link CancellationException}, the thread's interrupt flag set again.
 */
public final class TrainingWaiter {
  public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  public static final Duration MAX_DELAY = Duration.ofSeconds(15);

  private final Clock clock;
  private final Sleeper sleeper;

  public TrainingWaiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public ModelEntity await(Supplier<ModelEntity> poll, Duration timeout, Consumer<ModelEntity> listener) {
    Instant deadline = clock.instant().plus(timeout);
    Duration delay = FIRST_DELAY;
    ModelState lastState = null;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("Interrupted while waiting for training");
      }
      ModelEntity model = poll.get();
      ModelState state = model.state();
      if (listener != null && !state.equals(lastState)) {
        try {
          listener.accept(model);
        } catch (RuntimeException e) {
          throw new ListenerException("The waitUntilTrained listener threw, so the wait stopped: " + e, e);
        }
      }
      lastState = state;
      if (ModelState.TRAINED.equals(state)) {
        return model;
      }
      if (ModelState.FAILED.equals(state)) {
        throw new ModelTrainingFailedException(model);
      }
      if (!ModelState.CREATED.equals(state) && !ModelState.TRAINING.equals(state)) {
        throw new UnknownModelStateException(model);
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new ModelTrainingTimeoutException(model, timeout);
      }
      try {
        sleeper.sleep(delay.compareTo(left) < 0 ? delay : left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("Interrupted while waiting for training");
        cancelled.initCause(e);
        throw cancelled;
      }
      delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
    }
  }

  /**
   * Runs {@code wait} on a daemon thread of its own, which close() interrupts; cancelling the future
   * interrupts it too. Whatever the wait throws, an Error included, completes the future.
   */
  static CompletableFuture<ModelEntity> inBackground(Shutdown shutdown, String id, Supplier<ModelEntity> wait) {
    Thread[] worker = new Thread[1];
    CompletableFuture<ModelEntity> future = new CompletableFuture<ModelEntity>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        synchronized (worker) {
          if (worker[0] != null) {
            worker[0].interrupt();
          }
        }
        return cancelled;
      }
    };
    Thread[] self = new Thread[1];
    Thread thread = new Thread(() -> {
      try {
        future.complete(wait.get());
      } catch (RuntimeException | Error e) {
        // An Error too: nothing may leave the future pending.
        future.completeExceptionally(e);
      } finally {
        shutdown.unregister(self[0]);
      }
    }, "fish-audio-wait-" + id);
    self[0] = thread;
    thread.setDaemon(true);
    synchronized (worker) {
      worker[0] = thread;
    }
    shutdown.register(thread);
    thread.start();
    return future;
  }
}
