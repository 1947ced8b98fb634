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
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * Retries what {@link Processing} says may be sent again: for every operation, an attempt the server
 * did not process (a 429 or 503, a connection that failed before any byte was written); for an
 * operation the spec marks {@code x-idempotent}, also one it may have processed (a 500, 502 or 504, a
 * failure after the request started going out, a JSON answer that broke before its end). Voice design
 * is billed per request and create-model creates a model, so neither is sent again once the server
 * may have done the work.
 *
 * <p>An idempotent call's success body (unless its method is {@code @Streaming}) is read here, up
 * to {@link #MAX_READ_AHEAD}, so that an answer broken mid-body is an attempt that failed, retried
 * like one, rather than a failure the decoding step meets after the retries are over.
 *
 * <p>Waits honour {@code Retry-After} (seconds or an HTTP date) up to {@link #MAX_RETRY_AFTER};
 * otherwise capped exponential backoff with jitter.
 */
public final class RetryInterceptor implements Interceptor {
  /** A longer {@code Retry-After} is not waited out: the error goes back to the caller. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  public static final Duration BASE_DELAY = Duration.ofMillis(500);
  public static final Duration MAX_DELAY = Duration.ofSeconds(8);

  /**
   * How much of an idempotent answer is read ahead, inside the retries: a model or a page of 100 is
   * a few hundred KB at most. A longer answer goes on to the decoding step from where the read-ahead
   * stopped, streamed as any other, and a break after that point is not retried; so a call holds at
   * most this much in bytes, not the whole body cap.
   */
  public static final long MAX_READ_AHEAD = 4L * 1024 * 1024;

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
  private final long readAhead;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  /** @param maxResponseBytes the body cap, which the read-ahead never goes past */
  public RetryInterceptor(int maxRetries, long maxResponseBytes, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    this.maxRetries = maxRetries;
    this.readAhead = Math.min(MAX_READ_AHEAD, maxResponseBytes);
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = isIdempotent(request);
    boolean readWhole = idempotent && !isStreaming(request);
    boolean mayHaveProcessed = false;
    for (int attempt = 0; ; attempt++) {
      Processing.Attempt watched = new Processing.Attempt();
      WriteWatch body = request.body() == null ? null : new WriteWatch(request.body(), watched);
      Request attemptRequest = watched.tag(body == null ? request : request.newBuilder().method(request.method(), body).build());
      Response response;
      try {
        response = chain.proceed(attemptRequest);
        if (readWhole && response.isSuccessful()) {
          response = readWhole(response);
        }
      } catch (IOException e) {
        Processing.Outcome outcome = Processing.ofFailed(watched);
        mayHaveProcessed |= outcome == Processing.Outcome.MAY_HAVE_PROCESSED;
        if (e instanceof ListenerFailure || attempt >= maxRetries || !Processing.mayRetry(outcome, idempotent)
            || spent(body) || chain.call().isCanceled()) {
          throw e;
        }
        pause(backoff(attempt), chain);
        continue;
      }
      if (mayHaveProcessed && response.code() == 404 && "DELETE".equals(request.method())) {
        return deletedEarlier(response);
      }
      Processing.Outcome outcome = Processing.of(response.code());
      if (attempt >= maxRetries || !Processing.mayRetry(outcome, idempotent) || spent(body)) {
        return response;
      }
      mayHaveProcessed |= outcome == Processing.Outcome.MAY_HAVE_PROCESSED;
      Duration wait = RetryAfter.of(response, clock);
      if (wait != null && wait.compareTo(MAX_RETRY_AFTER) > 0) {
        return response;
      }
      response.close();
      pause(wait != null ? wait : backoff(attempt), chain);
    }
  }

  /** A read-once body that started going out cannot be sent again, whatever the rule says. */
  private static boolean spent(WriteWatch body) {
    return body != null && body.started && body.isOneShot();
  }

  /**
   * The response with its body read into memory, so that a body broken before its end fails here,
   * inside the retries. A body longer than {@link #MAX_READ_AHEAD} (or the body cap) is not read past
   * it: what was read and the rest of the stream go on to the decoding step, which counts it against
   * the body cap.
   */
  private Response readWhole(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null || body.contentLength() > readAhead) {
      return response;
    }
    Buffer read = new Buffer();
    BufferedSource source = body.source();
    try {
      while (read.size() <= readAhead) {
        if (source.read(read, 8192) == -1) {
          body.close();
          return response.newBuilder().body(ResponseBody.create(read, body.contentType(), read.size())).build();
        }
      }
    } catch (IOException | RuntimeException e) {
      body.close();
      throw e;
    }
    Source rest = new ForwardingSource(source) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        return read.size() > 0 ? read.read(sink, byteCount) : super.read(sink, byteCount);
      }
    };
    return response.newBuilder().body(ResponseBody.create(Okio.buffer(rest), body.contentType(), body.contentLength())).build();
  }

  /** Whether the spec marks the operation {@code x-idempotent}, read from the generated {@link Idempotent}. */
  public static boolean isIdempotent(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Idempotent.class);
  }

  /** Whether the call's answer is to be streamed to its caller ({@code @Streaming}), not read whole. */
  private static boolean isStreaming(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Streaming.class);
  }

  /**
   * A delete answered 404 on a retry, after an attempt that may have deleted the model ({@link
   * Processing}: its request started going out, or it got a 500, 502 or 504): the model is gone, as asked,
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
    private final Processing.Attempt attempt;
    volatile boolean started;

    WriteWatch(RequestBody delegate, Processing.Attempt attempt) {
      super(delegate);
      this.attempt = attempt;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      started = true;
      // Also marks the attempt, should Processing.WATCH be missing from a client: a body that
      // started going out is never taken for a request that was not sent.
      attempt.started = true;
      super.writeTo(sink);
    }
  }
}
