package fishaudio.client.internal.http;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits between attempts and polls; injectable, so tests need not sleep. */
public interface Sleeper {
  /** How often a real wait looks at its call: a cancelled call stops waiting within this. */
  public Duration CANCEL_CHECK = Duration.ofMillis(10);

  /** Sleeps on the calling thread; an interrupt ends it with {@link InterruptedException}. */
  public void sleep(Duration duration) throws InterruptedException;

  /**
   * Sleeps, returning early once {@code cancelled} says so. OkHttp's {@code Call.cancel()}
   * interrupts no thread, so a real wait looks every {@link #CANCEL_CHECK}; a test's sleeper,
   * which does not really sleep, need not.
   */
  default void sleep(Duration duration, BooleanSupplier cancelled) throws InterruptedException {
    sleep(duration);
  }

  /** {@link Thread#sleep}, in slices of {@link #CANCEL_CHECK} when it has a call to watch. */
  public Sleeper REAL = new Sleeper() {
    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis());
    }

    @Override
    public void sleep(Duration duration, BooleanSupplier cancelled) throws InterruptedException {
      long end = System.nanoTime() + duration.toNanos();
      for (long left = duration.toNanos(); left > 0 && !cancelled.getAsBoolean(); left = end - System.nanoTime()) {
        long slice = Math.min(left, CANCEL_CHECK.toNanos());
        Thread.sleep(slice / 1_000_000, (int) (slice % 1_000_000));
      }
    }
  };
}
