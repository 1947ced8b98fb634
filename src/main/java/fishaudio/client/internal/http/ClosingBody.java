package fishaudio.client.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A response body that runs an action once, after it is closed. The hook is on the source: a
 * converter closes the source it read, not the body around it.
 */
public final class ClosingBody extends ResponseBody {
  /** What runs after the close. */
  interface Action {
    void run() throws IOException;
  }

  private final ResponseBody body;
  private final BufferedSource source;

  public ClosingBody(ResponseBody body, Action afterClose) {
    this.body = body;
    AtomicBoolean ran = new AtomicBoolean();
    this.source = Okio.buffer(new ForwardingSource(body.source()) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          if (ran.compareAndSet(false, true)) {
            afterClose.run();
          }
        }
      }
    });
  }

  @Override
  public MediaType contentType() {
    return body.contentType();
  }

  @Override
  public long contentLength() {
    return body.contentLength();
  }

  @Override
  public BufferedSource source() {
    return source;
  }
}
