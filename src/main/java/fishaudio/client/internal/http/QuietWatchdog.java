package fishaudio.client.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
import okio.AsyncTimeout;
import okio.BufferedSink;

/**
 * Keeps Okio's watchdog thread asleep while a file part is written. OkHttp guards each 64 KiB
 * written to a connection (each frame over HTTP/2) with an {@link AsyncTimeout}, and Okio wakes
 * its one watchdog thread whenever a timeout goes to the front of its queue, which is ordered by
 * deadline. With one upload in flight that is about every 64 KiB: 7,835 wake-ups in one upload
 * of 512 MiB (scripts/bench, upload_vs_curl). While a lead timeout with an earlier deadline is
 * queued, each write's timeout goes in behind it and wakes nothing.
 *
 * <p>The lead expires every half write timeout and is queued again, so its deadline stays ahead
 * of any write's. A stalled write still times out on time: once the lead is queued again behind
 * it, the stalled write's deadline is the earliest, and the watchdog waits for that.
 */
public final class QuietWatchdog extends AsyncTimeout {
  private final Object lock = new Object();
  private boolean done;

  private QuietWatchdog(long leadNanos) {
    timeout(leadNanos, TimeUnit.NANOSECONDS);
  }

  /** {@code body}, written under a lead timeout when the sink it is written to has a timeout. */
  public static RequestBody around(RequestBody body) {
    return new ForwardingRequestBody(body) {
      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        long writeTimeout = sink.timeout().timeoutNanos();
        if (writeTimeout < 2) {
          super.writeTo(sink);
          return;
        }
        QuietWatchdog lead = new QuietWatchdog(writeTimeout / 2);
        lead.enter();
        try {
          super.writeTo(sink);
        } finally {
          lead.finish();
        }
      }
    };
  }

  private void finish() {
    synchronized (lock) {
      done = true;
      exit();
    }
  }

  /** On Okio's watchdog thread, which an exception would end for every timeout in the JVM. */
  @Override
  protected void timedOut() {
    synchronized (lock) {
      try {
        exit();
        if (!done) {
          enter();
        }
      } catch (RuntimeException e) {
        // Only unbalanced enter/exit throws, and the lock rules that out; the lead is then gone.
      }
    }
  }
}
