package fishaudio.client;

import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.helpers.ModelPager;
import fishaudio.client.helpers.TrainingWaiter;
import fishaudio.client.helpers.VoiceDesignResult;
import fishaudio.client.internal.codec.DecodingConverterFactory;
import fishaudio.client.internal.codec.Multipart;
import fishaudio.client.internal.errors.ErrorMapper;
import fishaudio.client.internal.errors.FatalError;
import fishaudio.client.internal.errors.ListenerFailure;
import fishaudio.client.internal.errors.Redactor;
import fishaudio.client.internal.http.AuthInterceptor;
import fishaudio.client.internal.http.CoalescingSocketFactory;
import fishaudio.client.internal.http.ConcurrencyLimit;
import fishaudio.client.internal.http.ErrorBodyLimit;
import fishaudio.client.internal.http.HttpLogger;
import fishaudio.client.internal.http.Processing;
import fishaudio.client.internal.http.RetryInterceptor;
import fishaudio.client.internal.http.Shutdown;
import fishaudio.client.internal.http.Sleeper;

import com.squareup.moshi.Moshi;
import fishaudio.client.generated.ConstraintViolation;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.UpdateModelRequest;
import fishaudio.client.generated.VoiceCloningApi;
import fishaudio.client.generated.VoiceCloningApi.ListModelsQuery;
import fishaudio.client.generated.VoiceDesignApi;
import fishaudio.client.generated.VoiceDesignRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * A client for Fish Audio's voice design and voice cloning APIs. Build one with
 * {@link #builder()} or {@link #fromEnv()}, share it, and {@link #close()} it when done.
 *
 * <p>Every call validates its request against the spec before any byte is sent, and throws a
 * {@link FishAudioException} subclass on failure. Thread-safe.
 */
public final class FishAudio implements AutoCloseable {
  /** The live service. */
  public static final String DEFAULT_BASE_URL = "https://api.fish.audio/";

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final VoiceDesignApi voiceDesign;
  private final VoiceCloningApi voiceCloning;
  private final String voiceDesignModel;
  private final int maxRetries;
  private final ErrorMapper errors;
  private final TrainingWaiter trainingWaiter;
  private final Shutdown shutdown;
  private final Retrofit retrofit;

  private FishAudio(Builder builder, String apiKey, HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
    this.ownsHttp = builder.okHttpClient == null;
    this.voiceDesignModel = builder.voiceDesignModel;
    this.maxRetries = builder.maxRetries;
    this.shutdown = new Shutdown();
    Redactor redactor = new Redactor(apiKey);
    OkHttpClient.Builder http = ownsHttp ? new OkHttpClient.Builder() : builder.okHttpClient.newBuilder();
    if (ownsHttp || builder.timeout != null) {
      Duration timeout = builder.timeout != null ? builder.timeout : Builder.DEFAULT_TIMEOUT;
      http.readTimeout(timeout).writeTimeout(timeout);
    }
    if (ownsHttp || builder.connectTimeout != null) {
      http.connectTimeout(builder.connectTimeout != null ? builder.connectTimeout : Builder.DEFAULT_CONNECT_TIMEOUT);
    }
    // OkHttp's own silent retry could resend a POST the server already processed; ours knows better.
    http.retryOnConnectionFailure(false)
        // The API never redirects; a followed redirect would resend the body (voice files) elsewhere.
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new RetryInterceptor(builder.maxRetries, builder.maxResponseBytes, builder.clock, builder.sleeper, builder.jitter))
        .addInterceptor(new ConcurrencyLimit(builder.maxConcurrentRequests))
        .addInterceptor(shutdown.guard)
        .addInterceptor(new AuthInterceptor(apiKey))
        .addInterceptor(new ErrorBodyLimit())
        .addNetworkInterceptor(RetryInterceptor.KEEP_OKHTTP_FROM_RETRYING)
        .addNetworkInterceptor(Processing.WATCH)
        .addNetworkInterceptor(shutdown.closeConnectionsInUse);
    if (builder.logger != null) {
      http.addNetworkInterceptor(new HttpLogger(builder.logger, redactor));
    }
    if (builder.callTimeout != null) {
      http.callTimeout(builder.callTimeout);
    }
    // Over TLS the record layer writes the socket itself, record by record; coalescing under it
    // would only add a copy, and not every provider flushes what it writes.
    if (ownsHttp && !baseUrl.isHttps()) {
      http.socketFactory(new CoalescingSocketFactory());
    }
    this.http = http.build();
    // Async calls past the limit queue in OkHttp's dispatcher rather than block its threads. A passed
    // client's dispatcher is shared with its owner, so it is left as the owner set it.
    if (ownsHttp) {
      shutdown.own(this.http);
      this.http.dispatcher().setMaxRequestsPerHost(Math.max(this.http.dispatcher().getMaxRequestsPerHost(), builder.maxConcurrentRequests));
      this.http.dispatcher().setMaxRequests(Math.max(this.http.dispatcher().getMaxRequests(), builder.maxConcurrentRequests));
    }
    Moshi moshi = new Moshi.Builder().build();
    this.errors = new ErrorMapper(moshi, builder.clock, redactor);
    this.trainingWaiter = new TrainingWaiter(builder.clock, builder.sleeper);
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(this.http)
        // Scalars first: each item of texts and tags becomes its own text part.
        .addConverterFactory(ScalarsConverterFactory.create())
        .addConverterFactory(new DecodingConverterFactory(moshi, redactor, builder.maxResponseBytes))
        .build();
    this.voiceDesign = retrofit.create(VoiceDesignApi.class);
    this.voiceCloning = retrofit.create(VoiceCloningApi.class);
  }

  /** A view of {@code base} on {@code http}, an OkHttpClient derived from base's: see {@link #withTimeout}. */
  private FishAudio(FishAudio base, OkHttpClient http) {
    this.baseUrl = base.baseUrl;
    this.ownsHttp = base.ownsHttp;
    this.voiceDesignModel = base.voiceDesignModel;
    this.maxRetries = base.maxRetries;
    this.errors = base.errors;
    this.trainingWaiter = base.trainingWaiter;
    this.shutdown = base.shutdown;
    this.http = http;
    this.retrofit = base.retrofit.newBuilder().client(http).build();
    this.voiceDesign = retrofit.create(VoiceDesignApi.class);
    this.voiceCloning = retrofit.create(VoiceCloningApi.class);
  }

  /**
   * This client with another read and write timeout, for the calls made through what it returns.
   * It is the same client, not a second one: the same connections, threads, request slots and
   * retries, and closing either closes both.
   *
   * @throws ConfigurationException when the timeout is null, zero or negative
   */
  public FishAudio withTimeout(Duration timeout) {
    Builder.checkPositive("timeout", timeout);
    shutdown.ensureOpen();
    return new FishAudio(this, http.newBuilder().readTimeout(timeout).writeTimeout(timeout).build());
  }

  /**
   * This client with another overall deadline per call (retries and their waits included), or
   * none for null; the same client, as with {@link #withTimeout}.
   *
   * @throws ConfigurationException when the deadline is zero or negative
   */
  public FishAudio withCallTimeout(Duration callTimeout) {
    if (callTimeout != null) {
      Builder.checkPositive("callTimeout", callTimeout);
    }
    shutdown.ensureOpen();
    return new FishAudio(this, http.newBuilder().callTimeout(callTimeout == null ? Duration.ZERO : callTimeout).build());
  }

  /** A builder with nothing set; see {@link Builder#fromEnv()} to read the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client configured from system properties and environment variables: {@code builder().fromEnv().build()}. */
  public static FishAudio fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Generates voice candidates from an instruction. Never retried once the server may have
   * processed it: the request is billed.
   *
   * @throws InvalidRequestException before sending, when the request breaks the spec
   * @throws FishAudioApiException when the server answers with an error status
   * @throws MalformedResponseException when a candidate's audio is not base64 of a WAV file
   * @throws TransportException when the exchange fails
   */
  public VoiceDesignResult designVoice(VoiceDesignRequest request) {
    return execute(designCall(request), VoiceDesignResult::from);
  }

  /** {@link #designVoice} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<VoiceDesignResult> designVoiceAsync(VoiceDesignRequest request) {
    return enqueue(designCall(request), VoiceDesignResult::from);
  }

  /** Creates a voice model by uploading its voice files; see {@link #createModel(CreateModelRequest, ProgressListener)}. */
  public ModelEntity createModel(CreateModelRequest request) {
    return createModel(request, null);
  }

  /**
   * Creates a voice model by uploading its voice files, streamed from their sources. Never
   * retried once the server may have processed it: that would create a second model.
   *
   * @param progress hears file bytes sent of the total, or null
   * @throws InvalidRequestException before sending, when the request breaks the spec or a file is unusable
   * @throws FishAudioApiException when the server answers with an error status
   * @throws TransportException when the exchange fails
   */
  public ModelEntity createModel(CreateModelRequest request, ProgressListener progress) {
    return execute(createCall(request, progress), Function.identity());
  }

  /** {@link #createModel(CreateModelRequest, ProgressListener)} without blocking; cancelling the future cancels the upload. */
  public CompletableFuture<ModelEntity> createModelAsync(CreateModelRequest request, ProgressListener progress) {
    return enqueue(createCall(request, progress), Function.identity());
  }

  /** {@link #createModelAsync(CreateModelRequest, ProgressListener)} with no progress listener. */
  public CompletableFuture<ModelEntity> createModelAsync(CreateModelRequest request) {
    return createModelAsync(request, null);
  }

  // ---- The voice model lifecycle: get, list, update, delete, wait until trained (issue 13). ----

  /**
   * The voice model with this id. Retried like every idempotent operation (see the README).
   *
   * @throws InvalidRequestException before sending, when the id is null or empty
   * @throws FishAudioApiException when the server answers with an error status (403, 404...)
   */
  public ModelEntity getModel(String id) {
    return execute(getModelCall(id), Function.identity());
  }

  /** {@link #getModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ModelEntity> getModelAsync(String id) {
    return enqueue(getModelCall(id), Function.identity());
  }

  /**
   * One page of the models the query matches; see {@link #allModels(ListModelsQuery)} for every
   * page. The query is validated against the spec's bounds before anything is sent.
   */
  public ModelPageResponse listModels(ListModelsQuery query) {
    return execute(listModelsCall(query), Function.identity());
  }

  /** {@link #listModels} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<ModelPageResponse> listModelsAsync(ListModelsQuery query) {
    return enqueue(listModelsCall(query), Function.identity());
  }

  /**
   * Every model the query matches, from its page on (the first when unset), each page fetched
   * only when iteration reaches it; see {@link ModelPager} for when paging stops.
   */
  public ModelPager allModels(ListModelsQuery query) {
    listModelsCall(query); // validates now, not at the first page
    return new ModelPager(query, this::listModels);
  }

  /**
   * Changes the fields the update sets; the rest keep their value. Retried only when the server
   * did not process it, since a cover image would be uploaded again.
   *
   * @throws InvalidRequestException before sending, when the id is empty or the update breaks the spec
   */
  public void updateModel(String id, UpdateModelRequest update) {
    executeNoBody(updateModelCall(id, update));
  }

  /** {@link #updateModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Void> updateModelAsync(String id, UpdateModelRequest update) {
    return enqueueNoBody(updateModelCall(id, update));
  }

  /**
   * Deletes the model. Retried like every idempotent operation; a retry answered 404 after an
   * attempt that may have deleted the model counts as success.
   */
  public void deleteModel(String id) {
    executeNoBody(deleteModelCall(id));
  }

  /** {@link #deleteModel} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Void> deleteModelAsync(String id) {
    return enqueueNoBody(deleteModelCall(id));
  }

  /** {@link #waitUntilTrained(String, Duration, Consumer)} without a listener. */
  public ModelEntity waitUntilTrained(String id, Duration timeout) {
    return waitUntilTrained(id, timeout, null);
  }

  /**
   * Polls the model until it is trained, 1 s after the first poll, then 2 s, 4 s..., at most 15 s
   * apart, and returns it.
   *
   * @param listener hears the model each time its state changes (the first poll included), or null
   * @throws ModelTrainingFailedException when the state becomes {@code failed}
   * @throws ModelTrainingTimeoutException when it is not trained within the timeout
   * @throws UnknownModelStateException when the state is one the spec does not list
   * @throws CancellationException when the thread is interrupted (its interrupt flag set again)
   */
  public ModelEntity waitUntilTrained(String id, Duration timeout, Consumer<ModelEntity> listener) {
    getModelCall(id);
    if (timeout == null || timeout.isNegative()) {
      throw new InvalidRequestException("timeout", "timeout must be zero or positive", null);
    }
    try {
      return trainingWaiter.await(() -> getModel(id), timeout, listener);
    } catch (FishAudioException e) {
      throw errors.handOut(e);
    }
  }

  /** {@link #waitUntilTrainedAsync(String, Duration, Consumer)} without a listener. */
  public CompletableFuture<ModelEntity> waitUntilTrainedAsync(String id, Duration timeout) {
    return waitUntilTrainedAsync(id, timeout, null);
  }

  /**
   * {@link #waitUntilTrained(String, Duration, Consumer)} on a thread of its own; cancelling the
   * future interrupts that thread, which stops the wait and the poll in flight.
   */
  public CompletableFuture<ModelEntity> waitUntilTrainedAsync(String id, Duration timeout, Consumer<ModelEntity> listener) {
    getModelCall(id);
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
        future.complete(waitUntilTrained(id, timeout, listener));
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

  private Call<ModelEntity> getModelCall(String id) {
    shutdown.ensureOpen();
    return voiceCloning.getModel(checkId(id));
  }

  private Call<ModelPageResponse> listModelsCall(ListModelsQuery query) {
    shutdown.ensureOpen();
    if (query == null) {
      throw new InvalidRequestException("query", "query is required", null);
    }
    validate(query::validate);
    return voiceCloning.listModels(query);
  }

  private Call<Void> updateModelCall(String id, UpdateModelRequest update) {
    shutdown.ensureOpen();
    checkId(id);
    validate(update == null ? null : update::validate);
    MultipartBody form = Multipart.updateModel(update);
    if (form.parts().isEmpty()) {
      throw new InvalidRequestException("update", "update sets no field", null);
    }
    return voiceCloning.updateModel(form, id);
  }

  private Call<Void> deleteModelCall(String id) {
    shutdown.ensureOpen();
    return voiceCloning.deleteModel(checkId(id));
  }

  /** Retrofit encodes the id as one path segment ({@code /} becomes {@code %2F}), so it cannot reach another path. */
  private static String checkId(String id) {
    if (id == null || id.isEmpty()) {
      throw new InvalidRequestException("id", "id must not be empty", null);
    }
    return id;
  }

  /** A 200 with no body, as update and delete answer; an error status becomes its typed exception. */
  private void executeNoBody(Call<Void> call) {
    Response<Void> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw rethrow(outcome(e));
    }
    checkNoBody(response);
  }

  private CompletableFuture<Void> enqueueNoBody(Call<Void> call) {
    CompletableFuture<Void> future = new CompletableFuture<Void>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    call.enqueue(new Callback<Void>() {
      @Override
      public void onResponse(Call<Void> call, Response<Void> response) {
        try {
          checkNoBody(response);
          future.complete(null);
        } catch (FishAudioException | Error e) {
          future.completeExceptionally(e);
        } catch (RuntimeException e) {
          future.completeExceptionally(outcome(e));
        }
      }

      @Override
      public void onFailure(Call<Void> call, Throwable failure) {
        future.completeExceptionally(outcome(failure));
      }
    });
    return future;
  }

  private void checkNoBody(Response<Void> response) {
    if (!response.isSuccessful()) {
      errors.successOrThrow(response, Function.identity()); // throws the typed exception for the status
    }
  }

  // ---- End of the voice model lifecycle. ----

  /**
   * The generated Retrofit interface for voice design, with this client's auth, headers and
   * retries but without its validation, decoding and typed errors.
   */
  public VoiceDesignApi voiceDesignApi() {
    return voiceDesign;
  }

  /** The generated Retrofit interface for voice cloning; see {@link #voiceDesignApi()}. */
  public VoiceCloningApi voiceCloningApi() {
    return voiceCloning;
  }

  /** The OkHttpClient this client calls through; for the tests of this package. */
  OkHttpClient okHttp() {
    return http;
  }

  /** The base URL requests go to, ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Ends this client, for good: every call after it fails at once with {@link IllegalStateException}
   * (and a call queued but not started fails so too); a call in flight finishes, and its connection
   * is closed, not pooled; the waits of {@code waitUntilTrainedAsync} are cancelled; the threads and
   * connections of the OkHttpClient this client created end. An OkHttpClient you passed in is left
   * running. Closing again does nothing.
   */
  @Override
  public void close() {
    shutdown.close();
  }

  @Override
  public String toString() {
    return "FishAudio{baseUrl=" + baseUrl + ", maxRetries=" + maxRetries + ", voiceDesignModel=" + voiceDesignModel + "}";
  }

  private Call<fishaudio.client.generated.VoiceDesignResponse> designCall(VoiceDesignRequest request) {
    shutdown.ensureOpen();
    validate(request == null ? null : request::validate);
    return voiceDesign.designVoice(voiceDesignModel, request);
  }

  private Call<ModelEntity> createCall(CreateModelRequest request, ProgressListener progress) {
    shutdown.ensureOpen();
    validate(request == null ? null : request::validate);
    return Multipart.createModel(voiceCloning, request, progress);
  }

  private static void validate(Runnable validation) {
    if (validation == null) {
      throw new InvalidRequestException("request", "request is required", null);
    }
    try {
      validation.run();
    } catch (ConstraintViolation violation) {
      throw new InvalidRequestException(violation.field(), violation.getMessage(), violation);
    }
  }

  /**
   * What a failed call ends in: an {@link Error} as it is (one a listener or decoding threw included), an
   * attempt after {@link #close()} as {@link IllegalStateException}, the rest as a typed exception.
   */
  private Throwable outcome(Throwable failure) {
    if (failure instanceof Error) {
      return failure;
    }
    if ((failure instanceof ListenerFailure || failure instanceof FatalError) && failure.getCause() instanceof Error) {
      return failure.getCause();
    }
    // OkHttp's dispatcher refuses a call queued before close() with an "executor rejected" InterruptedIOException.
    if (failure instanceof Shutdown.Closed || (shutdown.isClosed() && failure instanceof java.io.InterruptedIOException)) {
      return new IllegalStateException(Shutdown.MESSAGE, failure);
    }
    return errors.failure(failure);
  }

  private static RuntimeException rethrow(Throwable outcome) {
    if (outcome instanceof Error) {
      throw (Error) outcome;
    }
    return (RuntimeException) outcome;
  }

  private <T, R> R execute(Call<T> call, Function<T, R> decode) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw rethrow(outcome(e));
    }
    return errors.successOrThrow(response, decode);
  }

  private <T, R> CompletableFuture<R> enqueue(Call<T> call, Function<T, R> decode) {
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
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> call, Response<T> response) {
        // Whatever decoding throws, an Error included, completes the future: nothing may leave it
        // pending, and nothing of ours may reach the dispatcher thread. join() then throws a
        // CompletionException whose cause is that Error.
        try {
          future.complete(errors.successOrThrow(response, decode));
        } catch (FishAudioException | Error e) {
          future.completeExceptionally(e);
        } catch (RuntimeException e) {
          future.completeExceptionally(errors.failure(e));
        }
      }

      @Override
      public void onFailure(Call<T> call, Throwable failure) {
        future.completeExceptionally(outcome(failure));
      }
    });
    return future;
  }

  /** Configures a {@link FishAudio}. Setters beat system properties, which beat environment variables. */
  public static final class Builder {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(240);
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 5;

    private String apiKey;
    private String baseUrl;
    private OkHttpClient okHttpClient;
    private Duration timeout;
    private Duration connectTimeout;
    private int maxRetries = 2;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private Duration callTimeout;
    private long maxResponseBytes = DecodingConverterFactory.DEFAULT_MAX_RESPONSE_BYTES;
    private String voiceDesignModel = VoiceDesignApi.DESIGN_VOICE_MODEL_DEFAULT;
    private boolean allowInsecureHttp;
    private Consumer<String> logger;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** The API key sent as {@code Authorization: Bearer}. Defaults to {@code fishaudio.apiKey} or {@code FISH_API_KEY} with {@link #fromEnv()}; otherwise required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Where requests go; a trailing {@code /} is added. Defaults to {@value FishAudio#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** An OkHttpClient to build on, for proxies, TLS or a shared pool. Defaults to a new one. */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /** The read and write timeout; voice work is slow. Defaults to 240 seconds (or the passed client's). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The connect timeout. Defaults to 10 seconds (or the passed client's). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * The most requests in flight at once, sync and async together; more wait for a slot. Set it to
     * the account tier's limit (5, 15 or 50) so calls queue instead of collecting 429s. Defaults to
     * 5, the smallest tier.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new ConfigurationException("maxConcurrentRequests must be at least 1, was " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * An overall deadline for a call, retries and waits included, however the server trickles its
     * bytes; null for none. Defaults to none (each read and write still has {@link #timeout}).
     */
    public Builder callTimeout(Duration callTimeout) {
      if (callTimeout != null) {
        checkPositive("callTimeout", callTimeout);
      }
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * The largest success body read, counted after gzip inflation; a larger one fails at once with
     * {@link MalformedResponseException}. Defaults to 64 MiB: the spec allows at most 4 candidates.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new ConfigurationException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Retries of requests the server did not process (429, 503, a connection never made), and for get,
     * list and delete also of those it may have (500, 502, 504, a connection broken after sending); 0
     * disables them. Defaults to 2.
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new ConfigurationException("maxRetries must be at least 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The {@code model} header of voice design. Defaults to the spec's {@value VoiceDesignApi#DESIGN_VOICE_MODEL_DEFAULT}. */
    public Builder voiceDesignModel(String voiceDesignModel) {
      this.voiceDesignModel = voiceDesignModel;
      return this;
    }

    /** Allows a plain {@code http://} base URL to a host that is not loopback. Defaults to false. */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** Receives a line per request and response, with {@code Authorization} redacted and no bodies. Defaults to none. */
    public Builder logger(Consumer<String> logger) {
      this.logger = logger;
      return this;
    }

    /**
     * Fills what is not set yet from the system properties {@code fishaudio.apiKey} and
     * {@code fishaudio.baseUrl}, then the environment variables {@code FISH_API_KEY} and
     * {@code FISH_BASE_URL}.
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv(), System.getProperties());
    }

    Builder fromEnv(Map<String, String> environment, Properties properties) {
      if (apiKey == null) {
        apiKey = properties.getProperty("fishaudio.apiKey", environment.get("FISH_API_KEY"));
      }
      if (baseUrl == null) {
        baseUrl = properties.getProperty("fishaudio.baseUrl", environment.get("FISH_BASE_URL"));
      }
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder jitter(DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /** Builds the client. @throws ConfigurationException when the key is missing or the base URL is unusable */
    public FishAudio build() {
      if (apiKey == null || apiKey.trim().isEmpty()) {
        throw new ConfigurationException("No API key: set FishAudio.builder().apiKey(...), the system property "
            + "fishaudio.apiKey, or the environment variable FISH_API_KEY (read by fromEnv())");
      }
      if (voiceDesignModel == null || voiceDesignModel.isEmpty()) {
        throw new ConfigurationException("voiceDesignModel must not be empty");
      }
      // Checked here, not at the first call: OkHttp refuses such a header value with a message
      // that quotes it, and the key must never be printed.
      if (!isHeaderSafe(apiKey.trim())) {
        throw new ConfigurationException("The API key holds a character an HTTP header cannot carry "
            + "(a control character, CR, LF or non-ASCII); the key itself is not shown");
      }
      if (!isHeaderSafe(voiceDesignModel)) {
        throw new ConfigurationException("voiceDesignModel holds a character an HTTP header cannot carry "
            + "(a control character, CR, LF or non-ASCII)");
      }
      return new FishAudio(this, apiKey.trim(), resolveBaseUrl());
    }

    private HttpUrl resolveBaseUrl() {
      String text = baseUrl == null || baseUrl.trim().isEmpty() ? DEFAULT_BASE_URL : baseUrl.trim();
      HttpUrl url = HttpUrl.parse(text);
      if (url == null) {
        throw new ConfigurationException("baseUrl is not a valid http or https URL: " + text);
      }
      if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
        throw new ConfigurationException("baseUrl " + url + " sends the API key in plain text to a non-loopback "
            + "host; use https, or allowInsecureHttp(true) if that is really meant");
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      return url;
    }

    static void checkPositive(String name, Duration duration) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new ConfigurationException(name + " must be positive, was " + duration);
      }
    }

    /** Visible ASCII, space and tab only, as a header value must be. */
    private static boolean isHeaderSafe(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c >= 0x7f) {
          return false;
        }
      }
      return true;
    }

    private static boolean isLoopback(String host) {
      if ("localhost".equalsIgnoreCase(host)) {
        return true;
      }
      // Only literal addresses (IPv4, or IPv6, the only hosts with a colon): resolving a name here
      // would be a network lookup.
      if (!host.contains(":") && !host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
        return false;
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }
}
