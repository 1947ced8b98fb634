package fishaudio.client.internal.errors;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.BadRequestException;
import fishaudio.client.errors.FieldViolation;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.errors.ListenerException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.ModelTrainingFailedException;
import fishaudio.client.errors.ModelTrainingTimeoutException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.RedirectException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnknownModelStateException;
import fishaudio.client.errors.UnprocessableRequestException;
import fishaudio.client.internal.http.ErrorBodyLimit;
import fishaudio.client.internal.http.RetryAfter;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.ErrorResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Turns an error status or a transport failure into a typed exception. A successful response's
 * value passes through {@link #successOrThrow}, where a decoding step's failure becomes malformed.
 */
public final class ErrorMapper {
  private static final int MAX_MESSAGE_CHARS = 500;

  private final JsonAdapter<ErrorResponse> errorAdapter;
  private final Clock clock;
  private final Redactor redactor;

  public ErrorMapper(Moshi moshi, Clock clock, Redactor redactor) {
    this.errorAdapter = moshi.adapter(ErrorResponse.class);
    this.clock = clock;
    this.redactor = redactor;
  }

  /**
   * The decoded body of a successful response, or the typed exception for an error status. A
   * success body the decoding step cannot handle is malformed, whatever it tripped over.
   */
  public <T, R> R successOrThrow(Response<T> response, Function<T, R> decoding) {
    T body = unwrap(response);
    try {
      return decoding.apply(body);
    } catch (MalformedResponseException e) {
      throw redacted(e);
    } catch (FishAudioException e) {
      // A decoding step is hand-written (candidates checked to be WAV, ...) and may quote what the
      // server sent without redacting it: the one redaction runs here, on the way out.
      throw redactor.isClean(e) ? e : new MalformedResponseException(redactor.redact(e.getMessage()), redactor.cause(e));
    } catch (RuntimeException e) {
      throw new MalformedResponseException(redactor.redact("Malformed response: " + e), redactor.cause(e));
    }
  }

  /** {@code e}, or when a text of it shows the key, the same failure with that text redacted. */
  private MalformedResponseException redacted(MalformedResponseException e) {
    if (redactor.isClean(e) && !redactor.shows(e.body()) && !redactor.shows(e.createdModelId())) {
      return e;
    }
    return new MalformedResponseException(redactor.redact(e.getMessage()), redactor.cause(e.getCause()),
        redactor.redact(e.body()), redactor.redact(e.createdModelId()));
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

  /** A success body the decoding step could not handle: malformed, whatever it tripped over. */
  public MalformedResponseException malformed(Exception e) {
    if (e instanceof MalformedResponseException) {
      return (MalformedResponseException) e;
    }
    return new MalformedResponseException(redactor.redact("Malformed response: " + e), e);
  }

  /**
   * An {@code error} event in a stream of server-sent events: its data read as an error body
   * ({@code {status, message, reason}}), typed by its status (500 when it names none).
   */
  public FishAudioApiException eventError(String data) {
    String body = redact(data.length() > ErrorBodyLimit.MAX_ERROR_BODY_BYTES ? data.substring(0, ErrorBodyLimit.MAX_ERROR_BODY_BYTES) : data);
    ErrorResponse parsed = parseJson(body);
    int status = parsed != null && parsed.status() != null && parsed.status() >= 400 && parsed.status() <= 599
        ? parsed.status() : 500;
    String message = parsed != null && parsed.message() != null ? parsed.message() : body.trim();
    String reason = parsed != null ? parsed.reason() : null;
    return typed(status, abbreviate("error event: " + (message.isEmpty() ? "no message" : message)), reason, body, null,
        java.util.Collections.<FieldViolation>emptyList(), null);
  }

  public FishAudioException failure(Throwable failure) {
    if (failure instanceof FishAudioException) {
      return (FishAudioException) failure;
    }
    if (failure instanceof ListenerFailure) {
      // The cause is the caller's own object, which a caller may test for identity: kept as it is.
      return new ListenerException(redactor.redact("A listener threw, so the call stopped: " + failure.getCause()),
          failure.getCause());
    }
    if (failure instanceof CutOffAnswer) {
      IOException cut = (IOException) failure.getCause();
      String id = redactor.redact(((CutOffAnswer) failure).createdId());
      return new TransportException(redactor.redact(describe(cut) + " (the server created model " + id
          + "; see createdModelId())"), redactor.cause(cut), id);
    }
    if (failure instanceof IOException) {
      return new TransportException(redactor.redact(describe((IOException) failure)), redactor.cause(failure));
    }
    return new FishAudioException(redactor.redact("Unexpected failure: " + failure), redactor.cause(failure));
  }

  /**
   * What a hand-written helper (the training wait) threw, on its way to the caller: as it is when
   * none of its text shows the key; otherwise the same type, its message redacted (a model's state
   * or id is the server's text). A listener's own exception stays the cause as it is.
   */
  public FishAudioException handOut(FishAudioException e) {
    if (redactor.isClean(e)) {
      return e;
    }
    String message = redactor.redact(e.getMessage());
    if (e instanceof UnknownModelStateException) {
      return new UnknownModelStateException(((UnknownModelStateException) e).model(), message);
    }
    if (e instanceof ModelTrainingFailedException) {
      return new ModelTrainingFailedException(((ModelTrainingFailedException) e).model(), message);
    }
    if (e instanceof ModelTrainingTimeoutException) {
      Throwable cause = e.getCause() == null ? null : redactor.cause(e.getCause());
      return new ModelTrainingTimeoutException(((ModelTrainingTimeoutException) e).model(), message, cause);
    }
    if (e instanceof ListenerException) {
      return new ListenerException(message, e.getCause());
    }
    return new FishAudioException(message, redactor.cause(e));
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

  /**
   * {@link #apiException(Response)} for a response that came through OkHttp alone: a refused WebSocket
   * handshake, which fails with the same typed exception as an HTTP call with that status.
   */
  public FishAudioApiException apiException(okhttp3.Response raw) {
    ResponseBody body = raw.body();
    return apiException(Response.error(body != null ? body : ResponseBody.create(new byte[0], null), raw));
  }

  /** The typed exception for an error status, its body read (already capped) and closed. */
  public FishAudioApiException apiException(Response<?> response) {
    int status = response.code();
    // A server or proxy that echoes the request back must not put the key into a message.
    String body = redact(readBounded(response.errorBody()));
    String requestId = redactor.redact(firstHeader(response, "x-request-id", "request-id"));
    String message = null;
    String reason = null;
    ErrorResponse parsed = parseJson(body);
    List<FieldViolation> violations = Violations.parse(body);
    if (parsed == null && !violations.isEmpty()) {
      message = violations.get(0).toString();
    } else if (parsed != null) {
      // Redacted again once decoded: JSON escapes no longer hide anything here.
      message = redactor.redact(parsed.message());
      reason = redactor.redact(parsed.reason());
    } else if (isPlainText(response.errorBody() == null ? null : response.errorBody().contentType(), body)) {
      message = body.trim();
    }
    if (message == null || message.isEmpty()) {
      // The reason phrase of the status line is the server's text too.
      message = response.message().isEmpty() ? "no message" : redactor.redact(response.message());
    }
    // Redacted before it is cut: a key cut by the abbreviation would no longer be recognised.
    message = abbreviate(message);
    return typed(status, message, reason, body, requestId, violations, response);
  }

  /** One exception type per status a caller acts on; {@code response} is null for an error event. */
  private FishAudioApiException typed(int status, String message, String reason, String body, String requestId,
      List<FieldViolation> violations, Response<?> response) {
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
            status, message, reason, body, requestId, response == null ? null : RetryAfter.of(response.raw(), clock));
      default:
        if (status >= 300 && status < 400 && response != null) {
          return new RedirectException(status, message, body, requestId, redactor.redact(origin(response)));
        }
        return status >= 500
            ? new ServerException(status, message, reason, body, requestId)
            : new FishAudioApiException(status, message, reason, body, requestId);
    }
  }

  /** The redirect target's origin, resolved against the request; its path and query are never kept. */
  private static String origin(Response<?> response) {
    String location = response.headers().get("Location");
    HttpUrl target = location == null ? null : response.raw().request().url().resolve(location);
    if (target == null) {
      return "no location";
    }
    return target.scheme() + "://" + target.host() + ":" + target.port();
  }

  private String redact(String text) {
    return redactor.redact(text);
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
}
