package fishaudio.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.ErrorResponse;
import fishaudio.client.generated.ModelEntity;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The one place where what came back becomes a value or a typed exception: error statuses,
 * transport failures and bodies that do not match the spec.
 */
final class ErrorMapper {
  /** How much of an error body is read and kept; the rest is never read. */
  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private static final int MAX_MESSAGE_CHARS = 500;

  private final JsonAdapter<ErrorResponse> errorAdapter;
  private final Clock clock;
  private final String apiKey;

  ErrorMapper(Moshi moshi, Clock clock, String apiKey) {
    this.errorAdapter = moshi.adapter(ErrorResponse.class);
    this.clock = clock;
    this.apiKey = apiKey;
  }

  /**
   * The decoded body of a successful response, or the typed exception for an error status. A
   * success body the decoding step cannot handle is malformed, whatever it tripped over.
   */
  <T, R> R decode(Response<T> response, Function<T, R> decoding) {
    T body = unwrap(response);
    try {
      return decoding.apply(body);
    } catch (FishAudioException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MalformedResponseException("Malformed response: " + e, e);
    }
  }

  private <T> T unwrap(Response<T> response) {
    if (!response.isSuccessful()) {
      throw apiException(response);
    }
    T body = response.body();
    if (body == null) {
      throw new MalformedResponseException("HTTP " + response.code() + " with an empty body", null);
    }
    return body;
  }

  FishAudioException failure(Throwable failure) {
    if (failure instanceof FishAudioException) {
      return (FishAudioException) failure;
    }
    if (failure instanceof IOException) {
      return new TransportException(describe((IOException) failure), failure);
    }
    return new FishAudioException("Unexpected failure: " + failure, failure);
  }

  private static String describe(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return "Timed out: " + e.getMessage();
    }
    if (e instanceof InterruptedIOException) {
      return "Interrupted or canceled: " + e.getMessage();
    }
    if (e instanceof ConnectException || e instanceof UnknownHostException) {
      return "Could not connect: " + e.getMessage();
    }
    return "I/O error: " + e;
  }

  private FishAudioApiException apiException(Response<?> response) {
    int status = response.code();
    // A server or proxy that echoes the request back must not put the key into a message.
    String body = redact(readBounded(response.errorBody()));
    String requestId = firstHeader(response, "x-request-id", "request-id");
    String message = null;
    String reason = null;
    ErrorResponse parsed = parseJson(body);
    List<FieldViolation> violations = Violations.parse(body);
    if (parsed == null && !violations.isEmpty()) {
      message = violations.get(0).toString();
    } else if (parsed != null) {
      message = parsed.message();
      reason = parsed.reason();
    } else if (isPlainText(response.errorBody() == null ? null : response.errorBody().contentType(), body)) {
      message = body.trim();
    }
    if (message == null || message.isEmpty()) {
      message = response.message().isEmpty() ? "no message" : response.message();
    }
    message = abbreviate(message);
    switch (status) {
      case 401:
        return new AuthenticationException(status, message, reason, body, requestId);
      case 402:
        return new InsufficientCreditException(status, message, reason, body, requestId);
      case 400:
        return new BadRequestException(status, message, reason, body, requestId, violations);
      case 422:
        return new UnprocessableRequestException(status, message, reason, body, requestId, violations);
      case 429:
        return new RateLimitException(
            status, message, reason, body, requestId, RetryInterceptor.retryAfter(response.raw(), clock));
      default:
        return status >= 500
            ? new ServerException(status, message, reason, body, requestId)
            : new FishAudioApiException(status, message, reason, body, requestId);
    }
  }

  private String redact(String text) {
    return text.replace(apiKey, "<redacted>");
  }

  private ErrorResponse parseJson(String body) {
    if (!body.trim().startsWith("{")) {
      return null;
    }
    try {
      return errorAdapter.fromJson(body);
    } catch (IOException | JsonDataException e) {
      return null;
    }
  }

  // A proxy's HTML page is no message; a short line of text, like the live 401, is.
  private static boolean isPlainText(MediaType type, String body) {
    boolean html = (type != null && "html".equals(type.subtype())) || body.trim().startsWith("<");
    return !html;
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "...";
  }

  private static String firstHeader(Response<?> response, String... names) {
    for (String name : names) {
      String value = response.headers().get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The error body as text; {@link ErrorBodyLimit} has already cut it to a bounded size. */
  private static String readBounded(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody closing = body) {
      return closing.source().readUtf8();
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Cuts an error response's body to {@link #MAX_ERROR_BODY_BYTES} before Retrofit, which buffers
   * error bodies whole, sees it. A body that stalls or breaks keeps what arrived: the status is
   * the error, not the transport.
   */
  static final class ErrorBodyLimit implements Interceptor {
    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
      okhttp3.Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      if (response.isSuccessful() || body == null) {
        return response;
      }
      MediaType contentType = body.contentType();
      Buffer kept = new Buffer();
      try (ResponseBody closing = body) {
        BufferedSource source = closing.source();
        while (kept.size() < MAX_ERROR_BODY_BYTES && source.read(kept, MAX_ERROR_BODY_BYTES - kept.size()) != -1) {
          // Read until the limit or the end.
        }
      } catch (IOException e) {
        // Keep what arrived.
      }
      return response.newBuilder().body(ResponseBody.create(kept, contentType, kept.size())).build();
    }
  }

  /**
   * Wraps Moshi's converters so that a body that does not match the spec becomes a
   * {@link MalformedResponseException}, while an I/O failure of the network stays a transport
   * failure. Moshi reports an empty or cut-off document as an {@link IOException} too, so the
   * source is watched to tell the two apart.
   */
  static final class DecodingConverterFactory extends Converter.Factory {
    private final MoshiConverterFactory moshi;

    DecodingConverterFactory(Moshi moshi) {
      this.moshi = MoshiConverterFactory.create(moshi);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(
        Type type, Annotation[] annotations, Retrofit retrofit) {
      Converter<ResponseBody, ?> delegate = moshi.responseBodyConverter(type, annotations, retrofit);
      boolean model = type == ModelEntity.class;
      return body -> {
        WatchedBody watched = new WatchedBody(body, model);
        try {
          return delegate.convert(watched);
        } catch (JsonDataException | JsonEncodingException e) {
          throw malformed(e, watched);
        } catch (IOException e) {
          if (watched.networkFailure != null) {
            throw e;
          }
          throw malformed(e, watched);
        }
      };
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(
        Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
      return moshi.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    }
  }

  /**
   * A model response that fails to decode still names the model the server created (and billed):
   * the live service has made fields optional that the spec requires (issue 12).
   */
  private static MalformedResponseException malformed(Exception e, WatchedBody watched) {
    if (watched.kept == null) {
      return new MalformedResponseException("Malformed response: " + e.getMessage(), e);
    }
    String raw = watched.kept.readUtf8();
    String id = CreatedModelId.scan(raw);
    String message = "Malformed response: " + e.getMessage()
        + (id == null ? "" : " (the server created model " + id + "; see createdModelId())");
    return new MalformedResponseException(message, e, raw, id);
  }

  private static final class WatchedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;
    IOException networkFailure;
    /** The first bytes of a model response, kept for the error; null for other responses. */
    final Buffer kept;

    WatchedBody(ResponseBody delegate, boolean keep) {
      this.delegate = delegate;
      this.kept = keep ? new Buffer() : null;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          try {
            long read = super.read(sink, byteCount);
            if (kept != null && read > 0 && kept.size() < MAX_ERROR_BODY_BYTES) {
              long copy = Math.min(read, MAX_ERROR_BODY_BYTES - kept.size());
              sink.copyTo(kept, sink.size() - read, copy);
            }
            return read;
          } catch (IOException e) {
            networkFailure = e;
            throw e;
          }
        }
      });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

}
