package fishaudio.client.internal.http;

import fishaudio.client.internal.errors.ListenerFailure;

import fishaudio.client.generated.Idempotent;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import retrofit2.Invocation;

/**
 * Retries only what the server did not process, because voice design is billed per request and
 * create-model creates a model: a 429, 502, 503 or 504 answer, or a connection that failed before
 * any of the request body was written. A 500, any other status, and a failure after the body
 * started going out are returned as they are.
 *
 * <p>Waits honour {@code Retry-After} (seconds or an HTTP date) up to {@link #MAX_RETRY_AFTER};
 * otherwise capped exponential backoff with jitter.
 */
public final class RetryInterceptor implements Interceptor {
  /** A longer {@code Retry-After} is not waited out: the error goes back to the caller. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  public static final Duration BASE_DELAY = Duration.ofMillis(500);
  public static final Duration MAX_DELAY = Duration.ofSeconds(8);

  /** Set on a delete's success that was a 404 after an attempt that may have deleted it. */
  public static final String DELETED_EARLIER = "Fish-Client-Deleted-Earlier";

  /**
   * OkHttp resends a 503 that says {@code Retry-After: 0} by itself, whatever maxRetries says.
   * This network interceptor moves that header to {@link #RetryAfter.MOVED_HEADER}, where only this
   * class reads it, so every attempt is one this class decided on.
   */
  public static final Interceptor KEEP_OKHTTP_FROM_RETRYING = chain -> {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(RetryAfter.MOVED_HEADER, retryAfter).build();
  };

  private final int maxRetries;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  public RetryInterceptor(int maxRetries, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    this.maxRetries = maxRetries;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = isIdempotent(request);
    boolean mayHaveProcessed = false;
    for (int attempt = 0; ; attempt++) {
      WriteWatch body = request.body() == null ? null : new WriteWatch(request.body());
      Request attemptRequest = body == null ? request : request.newBuilder().method(request.method(), body).build();
      Response response;
      try {
        response = chain.proceed(attemptRequest);
      } catch (IOException e) {
        boolean unsent = body == null || !body.started;
        if (e instanceof ListenerFailure || attempt >= maxRetries || !(unsent || idempotent) || chain.call().isCanceled()) {
          throw e;
        }
        mayHaveProcessed |= !(e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException);
        pause(backoff(attempt), chain);
        continue;
      }
      if (mayHaveProcessed && response.code() == 404 && "DELETE".equals(request.method())) {
        return deletedEarlier(response);
      }
      boolean retryable = isRetryable(response.code()) || (idempotent && response.code() == 500);
      if (attempt >= maxRetries || !retryable || (body != null && body.started && body.isOneShot())) {
        return response;
      }
      // 429 and 503 say the server did not process the request; a 500, 502 or 504 may come after it did.
      mayHaveProcessed |= response.code() != 429 && response.code() != 503;
      Duration wait = RetryAfter.of(response, clock);
      if (wait != null && wait.compareTo(MAX_RETRY_AFTER) > 0) {
        return response;
      }
      response.close();
      pause(wait != null ? wait : backoff(attempt), chain);
    }
  }

  /** Whether the spec marks the operation {@code x-idempotent}, read from the generated {@link Idempotent}. */
  public static boolean isIdempotent(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Idempotent.class);
  }

  /**
   * A delete answered 404 on a retry, after an attempt that may have deleted the model (its
   * connection failed after connecting, or it got a 500, 502 or 504): the model is gone, as asked,
   * so the caller gets a success, marked with {@link #DELETED_EARLIER}.
   */
  private static Response deletedEarlier(Response notFound) {
    notFound.close();
    return notFound.newBuilder()
        .code(200)
        .message("OK")
        .header(DELETED_EARLIER, "true")
        .body(ResponseBody.create(new byte[0], null))
        .build();
  }

  public static boolean isRetryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  private Duration backoff(int attempt) {
    long capped = Math.min(MAX_DELAY.toMillis(), BASE_DELAY.toMillis() << Math.min(attempt, 20));
    // Jitter in [50%, 100%] of the capped delay, so clients that failed together spread out.
    return Duration.ofMillis((long) (capped * (0.5 + 0.5 * jitter.getAsDouble())));
  }

  /** Waits before the next attempt; a cancelled call stops waiting within {@link Sleeper#CANCEL_CHECK}, an interrupted one at once. */
  private void pause(Duration duration, Chain chain) throws IOException {
    try {
      sleeper.sleep(duration, chain.call()::isCanceled);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting to retry");
    }
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
  }

  /** Remembers whether the body started going out, which is when a retry may double-process. */
  private static final class WriteWatch extends ForwardingRequestBody {
    volatile boolean started;

    WriteWatch(RequestBody delegate) {
      super(delegate);
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      started = true;
      super.writeTo(sink);
    }
  }
}
