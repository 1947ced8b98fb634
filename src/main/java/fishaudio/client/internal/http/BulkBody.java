package fishaudio.client.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Marks a file part's writing as bulk: while its {@code writeTo} runs, a TLS socket this thread
 * writes to ({@link FullRecordStream}) may hold up to a record's worth of bytes, and when it returns
 * each such socket sends what it holds. Nothing else is held: not another thread's writes, not a
 * WebSocket frame (OkHttp's writer thread, with no flush), not a request head or a small body.
 */
public final class BulkBody {
  /** The streams holding bytes of the bulk body this thread is writing; null outside one. */
  private static final ThreadLocal<List<FullRecordStream>> HOLDING = new ThreadLocal<>();

  private BulkBody() {}

  /** {@code body}, its {@code writeTo} a bulk region of the thread that calls it. */
  public static RequestBody around(RequestBody body) {
    return new ForwardingRequestBody(body) {
      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        if (HOLDING.get() != null) {
          super.writeTo(sink);
          return;
        }
        List<FullRecordStream> holding = new ArrayList<>(1);
        HOLDING.set(holding);
        try {
          super.writeTo(sink);
        } finally {
          HOLDING.remove();
        }
        // After a failure, held bytes go out with the stream's next write or flush, in order.
        for (FullRecordStream stream : holding) {
          stream.drain();
        }
      }
    };
  }

  /** Whether this thread is writing a bulk body; if so, {@code stream} is drained at its end. */
  static boolean holds(FullRecordStream stream) {
    List<FullRecordStream> holding = HOLDING.get();
    if (holding == null) {
      return false;
    }
    if (!holding.contains(stream)) {
      holding.add(stream);
    }
    return true;
  }
}
