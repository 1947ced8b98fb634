package fishaudio.client.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Cuts an error response's body to {@link #MAX_ERROR_BODY_BYTES} before Retrofit, which buffers
 * error bodies whole, sees it. A body that stalls or breaks keeps what arrived: the status is the
 * error, not the transport.
 */
public final class ErrorBodyLimit implements Interceptor {
  /** How much of an error body is read and kept; the rest is never read. */
  public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    // A 101 is a WebSocket's handshake, whose body OkHttp 5 makes unreadable (it throws on read).
    if (response.isSuccessful() || response.code() < 200 || body == null) {
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
