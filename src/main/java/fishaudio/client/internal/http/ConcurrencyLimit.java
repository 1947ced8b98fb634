package fishaudio.client.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Caps the requests in flight at the account tier's concurrency (5, 15 or 50), for sync and async
 * calls together: a caller over the limit waits here for a slot instead of collecting a 429. Sits
 * inside the retry loop, so a call waiting to retry holds no slot. A slot is held from the request
 * until its response body is closed, as the server counts it; the facade always closes it, and a
 * caller of the raw interfaces must close what it gets, as OkHttp asks anyway. A call waiting for
 * a slot when the client is closed fails then, as closed, not when a slot frees.
 */
public final class ConcurrencyLimit implements Interceptor {
  private final Semaphore slots;
  private final Shutdown shutdown;

  public ConcurrencyLimit(int maxConcurrentRequests, Shutdown shutdown) {
    this.slots = new Semaphore(maxConcurrentRequests, true);
    this.shutdown = shutdown;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      // In slices, because cancelling an OkHttp call interrupts no thread: a cancelled call, or
      // one on a closed client, stops waiting for a slot within Sleeper.CANCEL_CHECK.
      shutdown.check(chain.call());
      while (!slots.tryAcquire(Sleeper.CANCEL_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
        shutdown.check(chain.call());
        if (chain.call().isCanceled()) {
          throw new IOException("Canceled");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for a request slot");
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException | RuntimeException | Error e) {
      slots.release();
      throw e;
    }
    // The server counts a request until its answer is sent, so the slot is held until the body is
    // read and closed: released at the headers, the next request could reach the server while it
    // still counts this one, and be its 16th of 15. (Measured: TierConcurrency saw one 429.)
    if (response.body() == null) {
      slots.release();
      return response;
    }
    return response.newBuilder().body(ClosingBody.after(response.body(), slots::release)).build();
  }
}
