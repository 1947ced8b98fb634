package fishaudio.client.internal.live;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps permessage-deflate off a live socket. OkHttp offers it on every handshake and inflates each
 * compressed message whole, so a server could turn a few KiB on the wire into gigabytes in the heap;
 * and the audio it sends (MP3, Opus, PCM) gains little from it. This removes the offer from the
 * handshake and, should a server turn compression on unasked, its answer, so OkHttp refuses any
 * compressed frame ("Unexpected rsv1 flag") before inflating a byte.
 */
final class NoCompression implements Interceptor {
  static final NoCompression INSTANCE = new NoCompression();
  private static final String EXTENSIONS = "Sec-WebSocket-Extensions";

  private NoCompression() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request().newBuilder().removeHeader(EXTENSIONS).build());
    return response.header(EXTENSIONS) == null ? response : response.newBuilder().removeHeader(EXTENSIONS).build();
  }
}
