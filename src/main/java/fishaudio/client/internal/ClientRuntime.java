package fishaudio.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import fishaudio.client.ProgressListener;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.generated.ConstraintViolation;
import fishaudio.client.generated.FileParts;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventListener;
import fishaudio.client.http.EventStream;
import fishaudio.client.http.RawResponse;
import fishaudio.client.internal.codec.Multipart;
import fishaudio.client.internal.codec.RequestBodies;
import fishaudio.client.internal.errors.ErrorMapper;
import fishaudio.client.internal.errors.FatalError;
import fishaudio.client.internal.errors.ListenerFailure;
import fishaudio.client.internal.errors.Redactor;
import fishaudio.client.internal.http.Shutdown;
import fishaudio.client.internal.live.LiveConnector;
import fishaudio.client.internal.http.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import fishaudio.client.helpers.TrainingWaiter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The one pipeline every generated call runs through: the closed-client check, the generated
 * validation, the call (sync or async, with or without the raw response), typed errors, and
 * decoding by response kind. The generated services hold one and call nothing else; nothing here
 * knows any operation. Thread-safe; one per client, and one per {@code with...} view of it.
 */
public final class ClientRuntime {
  private final Retrofit retrofit;
  private final OkHttpClient http;
  private final Options options;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  /** What a client's calls share; a {@code with...} view shares all of it but the OkHttpClient. */
  public static final class Options {
    final Moshi moshi;
    final Redactor redactor;
    final ErrorMapper errors;
    final Shutdown shutdown;
    final Clock clock;
    final Sleeper sleeper;
    final TrainingWaiter trainingWaiter;
    final boolean checkHeaderValues;
    final long maxResponseBytes;
    final LiveConnector live;

    public Options(Moshi moshi, Redactor redactor, ErrorMapper errors, Shutdown shutdown, Clock clock, Sleeper sleeper,
        TrainingWaiter trainingWaiter, boolean checkHeaderValues, long maxResponseBytes, LiveConnector live) {
      this.moshi = moshi;
      this.redactor = redactor;
      this.errors = errors;
      this.shutdown = shutdown;
      this.clock = clock;
      this.sleeper = sleeper;
      this.trainingWaiter = trainingWaiter;
      this.checkHeaderValues = checkHeaderValues;
      this.maxResponseBytes = maxResponseBytes;
      this.live = live;
    }
  }

  public ClientRuntime(Retrofit retrofit, Options options) {
    this.retrofit = retrofit;
    this.http = (OkHttpClient) retrofit.callFactory();
    this.options = options;
  }

  /** This pipeline on another OkHttpClient derived from this one's (another timeout, say). */
  public ClientRuntime with(OkHttpClient http) {
    return new ClientRuntime(retrofit.newBuilder().client(http).build(), options);
  }

  /** The generated Retrofit interface {@code type} on this pipeline's client, created once. */
  @SuppressWarnings("unchecked")
  public <S> S api(Class<S> type) {
    return (S) apis.computeIfAbsent(type, retrofit::create);
  }

  public OkHttpClient http() {
    return http;
  }

  public Clock clock() {
    return options.clock;
  }

  public Sleeper sleeper() {
    return options.sleeper;
  }

  /** The client's one waiter of trainings, closed with it. */
  public TrainingWaiter trainingWaiter() {
    return options.trainingWaiter;
  }

  /**
   * {@code call} with an overall deadline of {@code timeout} (its retries and their waits included),
   * unless this client's own deadline is shorter; for a step of a longer wait.
   */
  public <T> Call<T> within(Call<T> call, Duration timeout) {
    long own = http.callTimeoutMillis();
    if (own == 0 || own > timeout.toMillis()) {
      call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  public Shutdown shutdown() {
    return options.shutdown;
  }

  public Redactor redactor() {
    return options.redactor;
  }

  public Moshi moshi() {
    return options.moshi;
  }

  public ErrorMapper errors() {
    return options.errors;
  }

  /** Opens the live sessions' WebSockets through this client's OkHttp pipeline, and keeps its pre-warmed ones. */
  public LiveConnector live() {
    return options.live;
  }

  // ---- Before sending ----

  /** @throws IllegalStateException once the client is closed, before anything else happens */
  public void ensureOpen() {
    options.shutdown.ensureOpen();
  }

  /** Runs the generated checks; a broken constraint becomes an {@link InvalidRequestException} naming the field. */
  public void validate(Runnable checks) {
    try {
      checks.run();
    } catch (ConstraintViolation violation) {
      throw new InvalidRequestException(violation.field(), violation.getMessage(), violation);
    }
  }

  /** Whether a header value the spec does not list is refused before sending (the default). */
  public boolean checksHeaderValues() {
    return options.checkHeaderValues;
  }

  /** A multipart form laid out by its generated model, every file checked now and streamed when sent. */
  public MultipartBody multipart(Function<FileParts, MultipartBody> form, ProgressListener progress) {
    return Multipart.form(form, progress);
  }

  /** A body as MessagePack when it carries bytes, as JSON otherwise: for operations that take both. */
  public RequestBody jsonOrMessagePack(Object body) {
    return RequestBodies.jsonOrMessagePack(options.moshi, body);
  }

  // ---- The call ----

  /** Runs the call on this thread; the typed value, or the typed exception. */
  public <T, R> R execute(Call<T> call, ResponseKind<T, R> kind) {
    return decode(send(call), kind);
  }

  /** {@link #execute}, with the HTTP status and headers. */
  public <T, R> RawResponse<R> executeRaw(Call<T> call, ResponseKind<T, R> kind) {
    Response<T> response = send(call);
    return raw(response, decode(response, kind));
  }

  /** Runs the call on OkHttp's dispatcher; cancelling the future cancels the call. Every future completes. */
  public <T, R> CompletableFuture<R> executeAsync(Call<T> call, ResponseKind<T, R> kind) {
    return enqueue(call, response -> decode(response, kind));
  }

  /** {@link #executeAsync}, with the HTTP status and headers. */
  public <T, R> CompletableFuture<RawResponse<R>> executeRawAsync(Call<T> call, ResponseKind<T, R> kind) {
    return enqueue(call, response -> raw(response, decode(response, kind)));
  }

  /**
   * An event stream read on OkHttp's thread, each event handed to {@code listener}; the future
   * completes when the stream ends or fails, and cancelling it cancels the call.
   */
  public <E> CompletableFuture<Void> streamAsync(
      Call<ResponseBody> call, ResponseKind<ResponseBody, EventStream<E>> kind, EventListener<E> listener) {
    if (listener == null) {
      throw new InvalidRequestException("listener", "listener is required", null);
    }
    return enqueue(call, response -> {
      try (EventStream<E> events = decode(response, kind)) {
        for (E event : events) {
          try {
            listener.onEvent(event);
          } catch (RuntimeException e) {
            throw options.errors.failure(new ListenerFailure(e));
          }
        }
      }
      return null;
    });
  }

  private <T> Response<T> send(Call<T> call) {
    try {
      return call.execute();
    } catch (IOException | RuntimeException e) {
      throw rethrow(outcome(e));
    }
  }

  private <T, R> R decode(Response<T> response, ResponseKind<T, R> kind) {
    if (!response.isSuccessful()) {
      throw options.errors.apiException(response);
    }
    boolean done = false;
    try {
      R value = kind.decode(response, this);
      done = true;
      return value;
    } catch (FishAudioException e) {
      throw e;
    } catch (RuntimeException e) {
      throw options.errors.malformed(e);
    } finally {
      if (!done || !kind.streams()) {
        closeQuietly(response);
      }
    }
  }

  private static void closeQuietly(Response<?> response) {
    Object body = response.body();
    if (body instanceof ResponseBody) {
      ((ResponseBody) body).close();
    }
    ResponseBody error = response.errorBody();
    if (error != null) {
      error.close();
    }
  }

  private static <R> RawResponse<R> raw(Response<?> response, R value) {
    return new RawResponse<>(response.code(), response.headers(), value);
  }

  private <T, R> CompletableFuture<R> enqueue(Call<T> call, Function<Response<T>, R> decode) {
    CompletableFuture<R> future = new CompletableFuture<R>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // Cancel the future first: cancelling the call closes the socket, and the failure callback
        // that follows must find the future already done.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    failAtClose(call, future);
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> call, Response<T> response) {
        // Whatever decoding throws, an Error included, completes the future: nothing may leave it
        // pending, and nothing of ours may reach the dispatcher thread.
        try {
          R value = decode.apply(response);
          if (!future.complete(value) && value instanceof AutoCloseable) {
            // Cancelled while the headers arrived: nobody will close what streams the body.
            closeQuietly(response);
          }
        } catch (FishAudioException | Error e) {
          future.completeExceptionally(e);
        } catch (RuntimeException e) {
          future.completeExceptionally(options.errors.failure(e));
        }
      }

      @Override
      public void onFailure(Call<T> call, Throwable failure) {
        future.completeExceptionally(outcome(failure));
      }
    });
    return future;
  }

  /**
   * Until the call goes out, close() fails its future at once as closed and cancels it: queued in a
   * dispatcher, it would otherwise wait for the calls in flight to end.
   */
  private void failAtClose(Call<?> call, CompletableFuture<?> future) {
    okhttp3.Request request;
    try {
      request = call.request();
    } catch (RuntimeException e) {
      return; // a request that cannot be built fails the call at once anyway
    }
    Runnable forget = options.shutdown.failAtClose(request, () -> {
      // The future first: the cancel's failure callback must find it done.
      future.completeExceptionally(new IllegalStateException(Shutdown.MESSAGE));
      call.cancel();
    });
    future.whenComplete((value, failure) -> forget.run());
  }

  /**
   * What a failed call ends in: an {@link Error} as it is (one a listener or decoding threw included), an
   * attempt after close() as {@link IllegalStateException}, the rest as a typed exception.
   */
  Throwable outcome(Throwable failure) {
    if (failure instanceof Error) {
      return failure;
    }
    if ((failure instanceof ListenerFailure || failure instanceof FatalError) && failure.getCause() instanceof Error) {
      return failure.getCause();
    }
    // OkHttp's dispatcher refuses a call queued before close() with an "executor rejected" InterruptedIOException.
    if (failure instanceof Shutdown.Closed || (options.shutdown.isClosed() && failure instanceof InterruptedIOException)) {
      return new IllegalStateException(Shutdown.MESSAGE, failure);
    }
    return options.errors.failure(failure);
  }

  private static RuntimeException rethrow(Throwable outcome) {
    if (outcome instanceof Error) {
      throw (Error) outcome;
    }
    return (RuntimeException) outcome;
  }

  // ---- Decoding, for the response kinds ----

  /** A decoded model must keep the spec's bounds; one that breaks them is malformed. */
  void checkReceived(Object value) {
    if (value instanceof fishaudio.client.generated.Received) {
      try {
        ((fishaudio.client.generated.Received) value).validateReceived();
      } catch (ConstraintViolation violation) {
        throw options.errors.malformed(violation);
      }
    }
  }

  /**
   * An operation marked {@link fishaudio.client.generated.Echoes} answers about what was asked for: the
   * answer's top-level field, read through the model's generated adapter, must equal the path
   * parameter the call was made with.
   */
  void checkEchoes(Response<?> response, Object value) {
    retrofit2.Invocation invocation = response.raw().request().tag(retrofit2.Invocation.class);
    fishaudio.client.generated.Echoes echoes = invocation == null ? null
        : invocation.method().getAnnotation(fishaudio.client.generated.Echoes.class);
    if (echoes == null) {
      return;
    }
    Object asked = null;
    java.lang.annotation.Annotation[][] annotations = invocation.method().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (java.lang.annotation.Annotation annotation : annotations[i]) {
        if (annotation instanceof retrofit2.http.Path && ((retrofit2.http.Path) annotation).value().equals(echoes.parameter())) {
          asked = invocation.arguments().get(i);
        }
      }
    }
    @SuppressWarnings("unchecked")
    Object tree = options.moshi.adapter((Class<Object>) value.getClass()).toJsonValue(value);
    Object answered = tree instanceof Map ? ((Map<?, ?>) tree).get(echoes.field()) : null;
    if (asked == null || !asked.equals(answered)) {
      throw new fishaudio.client.errors.MalformedResponseException(options.redactor.redact("Malformed response: "
          + echoes.field() + " is " + answered + ", not the " + asked + " asked for"), null);
    }
  }

  BinaryResponse binaryResponse(Response<ResponseBody> response) {
    return new BinaryResponse(response.raw(), response.body(), options.errors::failure);
  }

  <E> EventStream<E> eventStream(Response<ResponseBody> response, Class<E> type) {
    JsonAdapter<E> adapter = options.moshi.adapter(type);
    return new EventStream<>(response.body(), data -> {
      E event = adapter.fromJson(data);
      if (event == null) {
        throw new com.squareup.moshi.JsonDataException("an event's data was null");
      }
      checkReceived(event);
      return event;
    }, options.maxResponseBytes, options.errors);
  }
}
