package fishaudio.client.internal;

import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventStream;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * What a successful response of an operation becomes, chosen by the generated service from the
 * media type of the operation's success response: a decoded JSON model, nothing, a streamed binary
 * body, or a stream of server-sent events. Error statuses never reach it; the pipeline maps them
 * first.
 *
 * @param <T> what Retrofit hands over: the decoded model, {@code Void}, or the streamed body
 * @param <R> what the caller gets
 */
public abstract class ResponseKind<T, R> {
  private ResponseKind() {}

  /** Turns a successful response into the caller's value; the body is the kind's to close. */
  abstract R decode(Response<T> response, ClientRuntime runtime);

  /** Whether the value holds the response body open (and with it the request slot) after decoding. */
  boolean streams() {
    return false;
  }

  /** {@code application/json}: the generated model, decoded under the body cap and checked against the spec. */
  @SuppressWarnings("unchecked")
  public static <T> ResponseKind<T, T> json() {
    return (ResponseKind<T, T>) JSON;
  }

  /** No body: the call's value is {@code null}. */
  @SuppressWarnings("unchecked")
  public static <T> ResponseKind<T, Void> none() {
    return (ResponseKind<T, Void>) NONE;
  }

  /** {@code audio/*} or {@code application/octet-stream}: the body, streamed as it arrives. */
  public static ResponseKind<ResponseBody, BinaryResponse> binary() {
    return BINARY;
  }

  /** {@code text/event-stream}: the events, each one's data decoded as {@code type}. */
  public static <E> ResponseKind<ResponseBody, EventStream<E>> events(Class<E> type) {
    return new ResponseKind<ResponseBody, EventStream<E>>() {
      @Override
      EventStream<E> decode(Response<ResponseBody> response, ClientRuntime runtime) {
        return runtime.eventStream(response, type);
      }

      @Override
      boolean streams() {
        return true;
      }
    };
  }

  private static final ResponseKind<Object, Object> JSON = new ResponseKind<Object, Object>() {
    @Override
    Object decode(Response<Object> response, ClientRuntime runtime) {
      Object body = response.body();
      if (body == null) {
        throw new MalformedResponseException("HTTP " + response.code() + " with an empty body", null);
      }
      runtime.checkReceived(body);
      runtime.checkEchoes(response, body);
      return body;
    }
  };

  private static final ResponseKind<Object, Void> NONE = new ResponseKind<Object, Void>() {
    @Override
    Void decode(Response<Object> response, ClientRuntime runtime) {
      return null;
    }
  };

  private static final ResponseKind<ResponseBody, BinaryResponse> BINARY = new ResponseKind<ResponseBody, BinaryResponse>() {
    @Override
    BinaryResponse decode(Response<ResponseBody> response, ClientRuntime runtime) {
      return runtime.binaryResponse(response);
    }

    @Override
    boolean streams() {
      return true;
    }
  };
}
