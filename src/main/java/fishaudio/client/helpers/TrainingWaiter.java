package fishaudio.client.helpers;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.ModelTrainingFailedException;
import fishaudio.client.errors.ModelTrainingTimeoutException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnknownModelStateException;
import fishaudio.client.internal.http.RetryInterceptor;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelState;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Polls a model until it is trained: 1 s, 2 s, 4 s... between polls, capped at {@link #MAX_DELAY}
 * and at the time left. Holds no thread while it waits: each poll is a future whose cancel cancels
 * its HTTP call, and the pauses and the deadline are timers.
 *
 * <p>The timeout is a deadline for the whole wait: each poll is given only the time left (its
 * retries, {@code Retry-After} waits and reads included), and at the deadline the poll in flight is
 * cancelled and the wait ends with {@link ModelTrainingTimeoutException}. A poll that fails with
 * what a retry could cure (a {@link TransportException}, or a 429, 500, 502, 503 or 504) is a poll
 * that saw no change; any other failure ends the wait with it. A timeout too large for the clock
 * (such as {@code ChronoUnit.FOREVER.getDuration()}) is no deadline; a zero timeout polls once.
 * {@code failed} and a state the spec does not list end the wait with their own exception.
 * Cancelling the wait, and {@link #close()}, cancel the poll in flight and the timers.
 */
public final class TrainingWaiter implements AutoCloseable {
  public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  public static final Duration MAX_DELAY = Duration.ofSeconds(15);
  /** The most time a poll is given, whatever is left: OkHttp's largest call timeout, 2^31 - 1 ms. */
  public static final Duration MAX_POLL_TIME = Duration.ofMillis(Integer.MAX_VALUE);

  private static final long MIN_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  /** One poll of the model: the future of a GET whose cancel cancels its HTTP call. */
  @FunctionalInterface
  public interface Poll {
    /**
     * Starts one poll. {@code timeLeft} is the most the poll may take, retries and their waits
     * included: at least 1 ms, at most {@link #MAX_POLL_TIME}. A failure may be thrown or returned.
     */
    CompletableFuture<ModelEntity> model(String id, Duration timeLeft);
  }

  /** The time and the timers of the waits; injectable, so tests need not sleep. */
  public interface Scheduler {
    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Runs {@code task} once after {@code delay}; cancelling what it returns unschedules it. */
    Future<?> schedule(Runnable task, Duration delay);
  }

  private final Scheduler scheduler;
  private final @Nullable ScheduledThreadPoolExecutor owned;
  private final Set<Wait> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** A waiter on one daemon timer thread of its own, started at the first wait, ended by {@link #close()} or after a second idle. */
  public TrainingWaiter() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "fish-audio-wait-timer");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setKeepAliveTime(1, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    this.owned = executor;
    this.scheduler = new Scheduler() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public Future<?> schedule(Runnable task, Duration delay) {
        return executor.schedule(task, saturatedNanos(delay), TimeUnit.NANOSECONDS);
      }
    };
  }

  /** A waiter on the given time and timers, which {@link #close()} leaves running. */
  public TrainingWaiter(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.owned = null;
  }

  /**
   * Waits until the model is trained and returns it, on the calling thread; see the class.
   *
   * @param listener hears the model each time its state changes (the first answer included), on the
   *     thread that completed that poll; or null
   * @throws CancellationException when the thread is interrupted (its interrupt flag set again), or
   *     the waiter closed
   */
  public ModelEntity await(String id, Duration timeout, @Nullable Consumer<ModelEntity> listener, Poll poll) {
    CompletableFuture<ModelEntity> wait = awaitAsync(id, timeout, listener, poll);
    try {
      return wait.get();
    } catch (InterruptedException e) {
      wait.cancel(true);
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("Interrupted while waiting for training");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      throw new FishAudioException("Unexpected failure: " + failure, failure);
    }
  }

  /**
   * {@link #await} without blocking: a future that every outcome completes. Cancelling it cancels
   * the poll in flight and the timers.
   */
  public CompletableFuture<ModelEntity> awaitAsync(String id, Duration timeout, @Nullable Consumer<ModelEntity> listener, Poll poll) {
    Wait wait = new Wait(id, timeout, listener, poll);
    wait.start();
    return wait.future;
  }

  /** Cancels every wait in progress, and every wait started after; ends the timer thread of its own. */
  @Override
  public void close() {
    closed = true;
    for (Wait wait : pending) {
      wait.stopByClose();
    }
    if (owned != null) {
      owned.shutdownNow();
    }
  }

  /** Whether a poll's failure is one a retry could cure, so that the poll only saw no change. */
  static boolean sawNoChange(Throwable failure) {
    if (failure instanceof TransportException) {
      return true;
    }
    if (failure instanceof FishAudioApiException) {
      int status = ((FishAudioApiException) failure).status();
      return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }
    return false;
  }

  /** The nanoseconds of {@code duration}, or Long.MAX_VALUE for one too long to count in them. */
  static long saturatedNanos(Duration duration) {
    if (duration.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L) {
      return Long.MAX_VALUE;
    }
    return duration.toNanos();
  }

  /** One wait: its deadline, its backoff, and what is in flight (a poll, or a timer). */
  private final class Wait {
    final String id;
    final Duration timeout;
    final @Nullable Consumer<ModelEntity> listener;
    final Poll poll;
    final CompletableFuture<ModelEntity> future = new CompletableFuture<>();
    /** No deadline: the timeout is too large for the clock. */
    final boolean unbounded;
    /** A zero timeout: one poll, then the answer. */
    final boolean once;
    final long deadline;
    Duration delay = FIRST_DELAY;
    volatile @Nullable ModelEntity lastSeen;
    volatile @Nullable Throwable lastFailure;
    volatile @Nullable Future<?> inFlight;
    volatile @Nullable Future<?> deadlineTimer;

    Wait(String id, Duration timeout, @Nullable Consumer<ModelEntity> listener, Poll poll) {
      this.id = id;
      this.timeout = timeout;
      this.listener = listener;
      this.poll = poll;
      this.once = timeout.isZero();
      long nanos = saturatedNanos(timeout);
      // A timeout past what a long counts in nanoseconds (292 years) is no deadline: ChronoUnit.FOREVER,
      // Long.MAX_VALUE seconds. Below it, deadline - now is exact even where start + nanos wraps, as
      // with System.nanoTime().
      this.unbounded = nanos == Long.MAX_VALUE;
      this.deadline = scheduler.nanoTime() + nanos;
    }

    void start() {
      future.whenComplete((model, failure) -> stopAll());
      pending.add(this);
      if (closed) {
        stopByClose();
        return;
      }
      if (!unbounded && !once) {
        deadlineTimer = schedule(() -> safely(this::timeUp), timeout);
      }
      pollNow();
    }

    /** The time left in nanoseconds; Long.MAX_VALUE without a deadline. */
    long left() {
      return unbounded || once ? Long.MAX_VALUE : deadline - scheduler.nanoTime();
    }

    void pollNow() {
      if (future.isDone()) {
        return;
      }
      long left = left();
      if (left < MIN_POLL_NANOS) {
        timeUp();
        return;
      }
      CompletableFuture<ModelEntity> answer;
      try {
        answer = poll.model(id, Duration.ofNanos(Math.min(left, MAX_POLL_TIME.toNanos())));
        if (answer == null) {
          throw new NullPointerException("The poll returned no future");
        }
      } catch (RuntimeException | Error e) {
        answer = new CompletableFuture<>();
        answer.completeExceptionally(e);
      }
      inFlight = answer;
      if (future.isDone()) {
        answer.cancel(true); // stopped while the poll started: stopAll() may have missed it
        return;
      }
      answer.whenComplete((model, failure) -> safely(() -> polled(model, failure)));
    }

    void polled(@Nullable ModelEntity model, @Nullable Throwable failure) {
      if (future.isDone()) {
        return;
      }
      if (failure == null && model == null) {
        failure = new FishAudioException("The poll answered no model", null);
      }
      if (failure != null) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (sawNoChange(cause)) {
          lastFailure = cause;
          next(cause);
        } else {
          future.completeExceptionally(cause);
        }
        return;
      }
      ModelEntity previous = lastSeen;
      ModelState state = model.state();
      if (listener != null && (previous == null || !state.equals(previous.state()))) {
        try {
          listener.accept(model);
        } catch (RuntimeException e) {
          future.completeExceptionally(new ListenerException("The waitUntilTrained listener threw, so the wait stopped: " + e, e));
          return;
        } catch (Error e) {
          future.completeExceptionally(e);
          return;
        }
      }
      lastSeen = model;
      if (ModelState.TRAINED.equals(state)) {
        future.complete(model);
      } else if (ModelState.FAILED.equals(state)) {
        future.completeExceptionally(new ModelTrainingFailedException(model));
      } else if (!ModelState.CREATED.equals(state) && !ModelState.TRAINING.equals(state)) {
        future.completeExceptionally(new UnknownModelStateException(model));
      } else {
        next(null);
      }
    }

    /**
     * The pause before the next poll: the backoff, at least what a 429 asked for (up to the retry
     * loop's own cap, so a server cannot park a wait without a deadline for a day), at most the time left.
     */
    void next(@Nullable Throwable failure) {
      long left = left();
      if (once || left < MIN_POLL_NANOS) {
        timeUp();
        return;
      }
      Duration pause = delay;
      if (failure instanceof RateLimitException) {
        Duration asked = ((RateLimitException) failure).retryAfter();
        if (asked != null && asked.compareTo(pause) > 0) {
          pause = asked.compareTo(RetryInterceptor.MAX_RETRY_AFTER) < 0 ? asked : RetryInterceptor.MAX_RETRY_AFTER;
        }
      }
      if (saturatedNanos(pause) > left) {
        pause = Duration.ofNanos(left);
      }
      delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
      inFlight = schedule(() -> safely(this::pollNow), pause);
      if (future.isDone()) {
        stopAll();
      }
    }

    void timeUp() {
      future.completeExceptionally(new ModelTrainingTimeoutException(id, lastSeen, timeout, lastFailure));
    }

    /** Runs a step of the wait; whatever it throws ends the wait, which nothing may leave pending. */
    void safely(Runnable step) {
      try {
        step.run();
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }

    void stopByClose() {
      future.completeExceptionally(new CancellationException("The wait was stopped: the FishAudio client was closed"));
    }

    /** Once the wait is over, however it ended: cancels the poll in flight (its HTTP call) and the timers. */
    void stopAll() {
      pending.remove(this);
      Future<?> current = inFlight;
      if (current != null) {
        current.cancel(true);
      }
      Future<?> timer = deadlineTimer;
      if (timer != null) {
        timer.cancel(false);
      }
    }

    /** A timer; one the scheduler refuses (it was shut down by close()) ends the wait. */
    @Nullable Future<?> schedule(Runnable task, Duration delay) {
      try {
        return scheduler.schedule(task, delay);
      } catch (RuntimeException e) {
        if (closed) {
          stopByClose();
        } else {
          future.completeExceptionally(e);
        }
        return null;
      }
    }
  }
}
