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
 * The {@code SpeechRecognition} operations of the spec, each a typed call: {@link #transcribe}.
 *
 * <p>Every method checks the client is open and validates its arguments against the spec (path,
 * header and query parameters and the body, bounds included) before any byte is sent, then runs
 * the call through the client's one pipeline: auth, request slots, retries where the spec says an
 * operation is safe to repeat, typed errors and decoding. Each has an {@code ...Async} twin whose
 * future's {@code cancel} cancels the call, and {@link #withRawResponse()} gives the same calls
 * with the HTTP status and headers. Get this service from the client; it is thread-safe.
 */
public final class SpeechRecognitionService {
  private final ClientRuntime runtime;
  private final Api api;
  private final WithRawResponse withRawResponse = new WithRawResponse();

  /** The service on a client's pipeline; applications get it from the client instead. */
  public SpeechRecognitionService(ClientRuntime runtime) {
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

  // ---- transcribe: POST v1/asr ----

  /**
   * Speech to text.
   *
   * <p>Transcribes an audio file. The file is uploaded as `multipart/form-data`, streamed from its source. Billed per use, so a request the server may have processed is never sent again automatically. 
   *
   * <p>Not safe to repeat: retried only when the server did not process it (a 429, a 503, a connection that failed before any byte was sent).
   *
   * @param request the multipart form, files streamed
   * @return the decoded {@code Transcription}, checked against the spec
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public Transcription transcribe(TranscribeRequest request) {
    return runtime.execute(transcribeCall(request, null), ResponseKind.json());
  }

  /**
   * {@link #transcribe}, with {@code progress} hearing the file bytes sent of the total.
   */
  public Transcription transcribe(TranscribeRequest request, @Nullable ProgressListener progress) {
    return runtime.execute(transcribeCall(request, progress), ResponseKind.json());
  }

  /** {@link #transcribe} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Transcription> transcribeAsync(TranscribeRequest request) {
    return runtime.executeAsync(transcribeCall(request, null), ResponseKind.json());
  }

  /** {@link #transcribeAsync}, with {@code progress} hearing the file bytes sent of the total. */
  public CompletableFuture<Transcription> transcribeAsync(TranscribeRequest request, @Nullable ProgressListener progress) {
    return runtime.executeAsync(transcribeCall(request, progress), ResponseKind.json());
  }

  /**
   * {@link #transcribe}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<Transcription> transcribeCall(TranscribeRequest request, @Nullable ProgressListener progress) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("request", request);
      request.validate();
    });
    return api.transcribe(runtime.multipart(request::toMultipart, progress));
  }

  /** The calls of {@link SpeechRecognitionService}, each returning a {@link RawResponse}: the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** {@link SpeechRecognitionService#transcribe}, with the HTTP status and headers. */
    public RawResponse<Transcription> transcribe(TranscribeRequest request) {
      return runtime.executeRaw(transcribeCall(request, null), ResponseKind.json());
    }

    /** {@link SpeechRecognitionService#transcribeAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<Transcription>> transcribeAsync(TranscribeRequest request) {
      return runtime.executeRawAsync(transcribeCall(request, null), ResponseKind.json());
    }
  }

  /**
   * The {@code SpeechRecognition} operations as a Retrofit interface. Paths are relative, so the base URL
   * ends in {@code /}. Nothing here validates: the service's methods do, before they call it.
   */
  public interface Api {
    /**
     * Speech to text: POST v1/asr.
     *
     * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
     */
    @retrofit2.http.POST("v1/asr")
    Call<Transcription> transcribe(@retrofit2.http.Body okhttp3.MultipartBody body);

  }
}
