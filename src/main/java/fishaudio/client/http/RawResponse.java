package fishaudio.client.http;

import okhttp3.Headers;

/**
 * A call's value with the HTTP status and headers it came with, for callers who need a header
 * (a request id, a rate-limit count). Get one from a service's {@code withRawResponse()}.
 *
 * @param <T> the value the call returns without it
 */
public final class RawResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T value;

  public RawResponse(int statusCode, Headers headers, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
  }

  /** The HTTP status, a 2xx: an error status is thrown as its typed exception instead. */
  public int statusCode() {
    return statusCode;
  }

  /** Every response header, as the server sent them. */
  public Headers headers() {
    return headers;
  }

  /** The first value of header {@code name} (any case), or null. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The decoded value: what the call returns without {@code withRawResponse()}; null for an operation with no body. */
  public T value() {
    return value;
  }

  /** The status and the value; the headers are left out, as they may hold what a log should not. */
  @Override
  public String toString() {
    return "RawResponse{statusCode=" + statusCode + ", value=" + value + "}";
  }
}
