// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import fishaudio.client.ProgressListener;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventListener;
import fishaudio.client.http.EventStream;
import fishaudio.client.http.RawResponse;
import fishaudio.client.internal.ClientRuntime;
import fishaudio.client.internal.ResponseKind;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The {@code Speech} operations of the spec, each a typed call: {@link #textToSpeech}, {@link #textToSpeechWithTimestamps}.
 *
 * <p>Every method checks the client is open and validates its arguments against the spec (path,
 * header and query parameters and the body, bounds included) before any byte is sent, then runs
 * the call through the client's one pipeline: auth, request slots, retries where the spec says an
 * operation is safe to repeat, typed errors and decoding. Each has an {@code ...Async} twin whose
 * future's {@code cancel} cancels the call, and {@link #withRawResponse()} gives the same calls
 * with the HTTP status and headers. Get this service from the client; it is thread-safe.
 */
public final class SpeechService implements fishaudio.client.helpers.LiveSpeechHelpers {
  private final ClientRuntime runtime;
  private final Api api;
  private final WithRawResponse withRawResponse = new WithRawResponse();

  /** The service on a client's pipeline; applications get it from the client instead. */
  public SpeechService(ClientRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(Api.class);
  }

  /** The same calls, each returning its value with the HTTP status and headers. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * The Retrofit interface underneath, with the client's auth, headers and retries but without its
   * validation, decoding and typed errors: for sending what this service would refuse.
   */
  public Api api() {
    return api;
  }

  /** The pipeline this service calls through; for the client's hand-written helpers, not for applications. */
  public ClientRuntime runtime() {
    return runtime;
  }

  // ---- textToSpeech: POST v1/tts ----

  /**
   * Text to speech.
   *
   * <p>Speaks `text` with a voice model (`reference_id`) or with reference audio given inline (`references`), and streams the audio back as it is made. The body may be JSON or MessagePack; `references` carry audio bytes, which only MessagePack can carry. Billed per use, so a request the server may have processed is never sent again automatically. 
   *
   * <p>Not safe to repeat: retried only when the server did not process it (a 429, a 503, a connection that failed before any byte was sent).
   *
   * @param model header {@code model}, or null to leave it out: The text-to-speech model. The server uses `s2.1-pro` when it is left out; `speech-1.5` and `speech-1.6` were retired on 2026-02-28. 
   * @param request the body, sent as MessagePack when it carries bytes and as JSON otherwise
   * @return the body, streamed as it arrives ({@code audio/*}); close it, which frees the request slot
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public BinaryResponse textToSpeech(@Nullable TtsModel model, TtsRequest request) {
    return runtime.execute(textToSpeechCall(model, request), ResponseKind.binary());
  }

  /** {@link #textToSpeech} with the spec's defaults for what it leaves out, no {@code model} header (the server's default). */
  public BinaryResponse textToSpeech(TtsRequest request) {
    return textToSpeech(null, request);
  }

  /** {@link #textToSpeech} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<BinaryResponse> textToSpeechAsync(@Nullable TtsModel model, TtsRequest request) {
    return runtime.executeAsync(textToSpeechCall(model, request), ResponseKind.binary());
  }

  /** {@link #textToSpeechAsync} with the spec's defaults for what it leaves out, no {@code model} header (the server's default). */
  public CompletableFuture<BinaryResponse> textToSpeechAsync(TtsRequest request) {
    return textToSpeechAsync(null, request);
  }

  /**
   * {@link #textToSpeech}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<okhttp3.ResponseBody> textToSpeechCall(@Nullable TtsModel model, TtsRequest request) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.headerValue("model", model == null ? null : model.toString());
      if (model != null && !model.isKnown() && runtime.checksHeaderValues()) {
        throw new ConstraintViolation("model", "must be one of " + TtsModel.values() + ", was " + model
            + " (FishAudio.Builder.checkHeaderValues(false) sends a value the spec does not list yet)");
      }
      ConstraintViolation.required("request", request);
      request.validate();
      ConstraintViolation.minLength("text", request.text(), 1);
    });
    return api.textToSpeech(model, runtime.jsonOrMessagePack(request));
  }

  // ---- textToSpeechWithTimestamps: POST v1/tts/stream/with-timestamp ----

  /**
   * Text to speech with timestamps.
   *
   * <p>Speaks `text` as `textToSpeech` does, and streams server-sent events, each carrying a chunk of the audio (concatenate them in order) and the latest timing snapshot for its text chunk (`chunk_seq`), which replaces the one before it. Billed per use, so a request the server may have processed is never sent again automatically. 
   *
   * <p>Not safe to repeat: retried only when the server did not process it (a 429, a 503, a connection that failed before any byte was sent).
   *
   * @param model header {@code model}, or null to leave it out: The text-to-speech model. The server uses `s2.1-pro` when it is left out; `speech-1.5` and `speech-1.6` were retired on 2026-02-28. 
   * @param request the body, sent as MessagePack when it carries bytes and as JSON otherwise
   * @return the server-sent events as they arrive, each decoded as a {@code TtsTimestampEvent}; close it, which frees the request slot
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public EventStream<TtsTimestampEvent> textToSpeechWithTimestamps(@Nullable TtsModel model, TtsRequest request) {
    return runtime.execute(textToSpeechWithTimestampsCall(model, request), ResponseKind.events(TtsTimestampEvent.class));
  }

  /** {@link #textToSpeechWithTimestamps} with the spec's defaults for what it leaves out, no {@code model} header (the server's default). */
  public EventStream<TtsTimestampEvent> textToSpeechWithTimestamps(TtsRequest request) {
    return textToSpeechWithTimestamps(null, request);
  }

  /** {@link #textToSpeechWithTimestamps} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<EventStream<TtsTimestampEvent>> textToSpeechWithTimestampsAsync(@Nullable TtsModel model, TtsRequest request) {
    return runtime.executeAsync(textToSpeechWithTimestampsCall(model, request), ResponseKind.events(TtsTimestampEvent.class));
  }

  /** {@link #textToSpeechWithTimestampsAsync} with the spec's defaults for what it leaves out, no {@code model} header (the server's default). */
  public CompletableFuture<EventStream<TtsTimestampEvent>> textToSpeechWithTimestampsAsync(TtsRequest request) {
    return textToSpeechWithTimestampsAsync(null, request);
  }

  /**
   * {@link #textToSpeechWithTimestamps} without blocking, each event handed to {@code listener} as it arrives, on
   * the client's thread; the future completes when the stream ends (or fails), and cancelling it
   * cancels the call.
   */
  public CompletableFuture<Void> textToSpeechWithTimestampsAsync(@Nullable TtsModel model, TtsRequest request, EventListener<TtsTimestampEvent> listener) {
    return runtime.streamAsync(textToSpeechWithTimestampsCall(model, request), ResponseKind.events(TtsTimestampEvent.class), listener);
  }

  /** {@link #textToSpeechWithTimestampsAsync(EventListener)} with the spec's defaults for what it leaves out, no {@code model} header (the server's default). */
  public CompletableFuture<Void> textToSpeechWithTimestampsAsync(TtsRequest request, EventListener<TtsTimestampEvent> listener) {
    return textToSpeechWithTimestampsAsync(null, request, listener);
  }

  /**
   * {@link #textToSpeechWithTimestamps}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<okhttp3.ResponseBody> textToSpeechWithTimestampsCall(@Nullable TtsModel model, TtsRequest request) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.headerValue("model", model == null ? null : model.toString());
      if (model != null && !model.isKnown() && runtime.checksHeaderValues()) {
        throw new ConstraintViolation("model", "must be one of " + TtsModel.values() + ", was " + model
            + " (FishAudio.Builder.checkHeaderValues(false) sends a value the spec does not list yet)");
      }
      ConstraintViolation.required("request", request);
      request.validate();
      ConstraintViolation.minLength("text", request.text(), 1);
    });
    return api.textToSpeechWithTimestamps(model, runtime.jsonOrMessagePack(request));
  }

  /** The calls of {@link SpeechService}, each returning a {@link RawResponse}: the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** {@link SpeechService#textToSpeech}, with the HTTP status and headers. */
    public RawResponse<BinaryResponse> textToSpeech(@Nullable TtsModel model, TtsRequest request) {
      return runtime.executeRaw(textToSpeechCall(model, request), ResponseKind.binary());
    }

    /** {@link SpeechService#textToSpeech} with the spec's defaults for what it leaves out, no {@code model} header (the server's default), with the HTTP status and headers. */
    public RawResponse<BinaryResponse> textToSpeech(TtsRequest request) {
      return textToSpeech(null, request);
    }

    /** {@link SpeechService#textToSpeechAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<BinaryResponse>> textToSpeechAsync(@Nullable TtsModel model, TtsRequest request) {
      return runtime.executeRawAsync(textToSpeechCall(model, request), ResponseKind.binary());
    }

    /** {@link SpeechService#textToSpeechAsync} with the spec's defaults for what it leaves out, no {@code model} header (the server's default), with the HTTP status and headers. */
    public CompletableFuture<RawResponse<BinaryResponse>> textToSpeechAsync(TtsRequest request) {
      return textToSpeechAsync(null, request);
    }

    /** {@link SpeechService#textToSpeechWithTimestamps}, with the HTTP status and headers. */
    public RawResponse<EventStream<TtsTimestampEvent>> textToSpeechWithTimestamps(@Nullable TtsModel model, TtsRequest request) {
      return runtime.executeRaw(textToSpeechWithTimestampsCall(model, request), ResponseKind.events(TtsTimestampEvent.class));
    }

    /** {@link SpeechService#textToSpeechWithTimestamps} with the spec's defaults for what it leaves out, no {@code model} header (the server's default), with the HTTP status and headers. */
    public RawResponse<EventStream<TtsTimestampEvent>> textToSpeechWithTimestamps(TtsRequest request) {
      return textToSpeechWithTimestamps(null, request);
    }

    /** {@link SpeechService#textToSpeechWithTimestampsAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<EventStream<TtsTimestampEvent>>> textToSpeechWithTimestampsAsync(@Nullable TtsModel model, TtsRequest request) {
      return runtime.executeRawAsync(textToSpeechWithTimestampsCall(model, request), ResponseKind.events(TtsTimestampEvent.class));
    }

    /** {@link SpeechService#textToSpeechWithTimestampsAsync} with the spec's defaults for what it leaves out, no {@code model} header (the server's default), with the HTTP status and headers. */
    public CompletableFuture<RawResponse<EventStream<TtsTimestampEvent>>> textToSpeechWithTimestampsAsync(TtsRequest request) {
      return textToSpeechWithTimestampsAsync(null, request);
    }
  }

  /**
   * The {@code Speech} operations as a Retrofit interface. Paths are relative, so the base URL
   * ends in {@code /}. Nothing here validates: the service's methods do, before they call it.
   */
  public interface Api {
    /** The spec's default for the {@code model} header of {@link #textToSpeech}. */
    String TEXT_TO_SPEECH_MODEL_DEFAULT = "s2.1-pro";

    /**
     * Text to speech: POST v1/tts. The body is streamed, never read whole: close it.
     *
     * @return the call; its response is 200, 400, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @retrofit2.http.Streaming
    @retrofit2.http.Headers("Accept: audio/*")
    @retrofit2.http.POST("v1/tts")
    Call<okhttp3.ResponseBody> textToSpeech(@retrofit2.http.Header("model") @Nullable TtsModel model, @retrofit2.http.Body okhttp3.RequestBody body);

    /** The spec's default for the {@code model} header of {@link #textToSpeechWithTimestamps}. */
    String TEXT_TO_SPEECH_WITH_TIMESTAMPS_MODEL_DEFAULT = "s2.1-pro";

    /**
     * Text to speech with timestamps: POST v1/tts/stream/with-timestamp. The body is a stream of server-sent events, never read whole: close it.
     *
     * @return the call; its response is 200, 400, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @retrofit2.http.Streaming
    @retrofit2.http.Headers("Accept: text/event-stream")
    @retrofit2.http.POST("v1/tts/stream/with-timestamp")
    Call<okhttp3.ResponseBody> textToSpeechWithTimestamps(@retrofit2.http.Header("model") @Nullable TtsModel model, @retrofit2.http.Body okhttp3.RequestBody body);

  }
}
