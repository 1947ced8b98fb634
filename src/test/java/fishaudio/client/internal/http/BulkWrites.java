package fishaudio.client.internal.http;

import java.io.IOException;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/** Writes run as the writing of a file part ({@link BulkBody}), for the socket tests of this package. */
final class BulkWrites {
  interface Writes {
    void run() throws Exception;
  }

  private BulkWrites() {}

  /** Runs {@code writes} as the writing of a file part, whose sink it ignores. */
  static void bulk(Writes writes) throws IOException {
    BulkBody.around(new RequestBody() {
      @Override
      public okhttp3.MediaType contentType() {
        return null;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try {
          writes.run();
        } catch (IOException | RuntimeException | Error e) {
          throw e;
        } catch (Exception e) {
          throw new IOException(e);
        }
      }
    }).writeTo(new Buffer());
  }
}
