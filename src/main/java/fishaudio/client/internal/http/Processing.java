package fishaudio.client.internal.http;

import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * The one rule for whether the server may have processed a request, read from how an attempt
 * ended. The retries ({@link RetryInterceptor}) and the delete answered 404 after a retry both
 * follow it, so they cannot disagree:
 *
 * <ul>
 *   <li>not processed: a {@code 429} or {@code 503}, and a connection that failed before any byte
 *       of the request was written (refused, timed out connecting, an unknown host, a failed TLS
 *       handshake);
 *   <li>may have processed: a {@code 500}, {@code 502} or {@code 504} (a gateway's error can come
 *       after the origin did the work), and a failure after the request started going out;
 *   <li>any other status is the server's answer.
 * </ul>
 *
 * An operation that is not idempotent (it bills, or creates something) is retried only when the
 * attempt was not processed; one the spec marks {@code x-idempotent} also when it may have been.
 */
public final class Processing {
  /** What an attempt says about the server's side. */
  public enum Outcome {
    NOT_PROCESSED,
    MAY_HAVE_PROCESSED,
    ANSWERED
  }

  /**
   * A network interceptor, so it runs only once a connection is made, just before the request is
   * written: it marks the attempt as started. A failure before it ran wrote nothing.
   */
  public static final Interceptor WATCH = chain -> {
    Attempt attempt = chain.request().tag(Attempt.class);
    if (attempt != null) {
      attempt.started = true;
    }
    return chain.proceed(chain.request());
  };

  private Processing() {}

  /** What a status says. */
  public static Outcome of(int status) {
    switch (status) {
      case 429:
      case 503:
        return Outcome.NOT_PROCESSED;
      case 500:
      case 502:
      case 504:
        return Outcome.MAY_HAVE_PROCESSED;
      default:
        return Outcome.ANSWERED;
    }
  }

  /** What an attempt that failed with an I/O error says: nothing was processed when the request never started going out. */
  public static Outcome ofFailed(Attempt attempt) {
    return attempt.started ? Outcome.MAY_HAVE_PROCESSED : Outcome.NOT_PROCESSED;
  }

  /** Whether an attempt that ended so may be sent again. */
  public static boolean mayRetry(Outcome outcome, boolean idempotent) {
    return outcome == Outcome.NOT_PROCESSED || (idempotent && outcome == Outcome.MAY_HAVE_PROCESSED);
  }

  /** One attempt at a request, watched by {@link #WATCH}; {@link #tag} puts it on the attempt's request. */
  public static final class Attempt {
    volatile boolean started;

    /** {@code request} carrying this attempt, for {@link #WATCH} to find. */
    public Request tag(Request request) {
      return request.newBuilder().tag(Attempt.class, this).build();
    }
  }
}
