package fishaudio.client.internal.codec;

import fishaudio.client.ProgressListener;
import fishaudio.client.Upload;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.internal.errors.ListenerFailure;
import fishaudio.client.internal.http.BulkBody;
import fishaudio.client.internal.http.ForwardingRequestBody;
import fishaudio.client.internal.http.QuietWatchdog;

import fishaudio.client.generated.FileParts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * Supplies the file parts of a generated form's {@code toMultipart}: the filename the live
 * service wants on every file part, the streamed body, and optional progress. The form model
 * lays out every part itself, in the spec's order, so no field is named here.
 */
public final class Multipart {
  private Multipart() {}

  /**
   * The form its generated model lays out, with every file checked as it is laid out (so a bad one
   * fails here, before anything is sent) and streamed when the body is written.
   *
   * @param listener hears file bytes sent of the total, or null
   */
  public static MultipartBody form(Function<FileParts, MultipartBody> layout, ProgressListener listener) {
    return layout.apply(new Parts(listener == null ? null : new Progress(listener)));
  }

  /** Checks each file and wraps it in its part; with progress, counts the bytes it writes. */
  private static final class Parts implements FileParts {
    private final Progress progress;

    Parts(Progress progress) {
      this.progress = progress;
    }

    @Override
    public MultipartBody.Part file(String name, RequestBody body) {
      return part(name, name, 0, body);
    }

    @Override
    public MultipartBody.Part file(String name, int index, RequestBody body) {
      return part(name, name + "[" + index + "]", index, body);
    }

    private MultipartBody.Part part(String name, String field, int index, RequestBody body) {
      check(body, field);
      // The live service wants a filename on every file part; a plain RequestBody gets a made-up one.
      String filename = body instanceof Upload ? ((Upload) body).filename() : name + "-" + (index + 1);
      RequestBody sent = BulkBody.around(QuietWatchdog.around(progress == null ? body : progress.track(body)));
      return MultipartBody.Part.createFormData(name, filename, sent);
    }
  }

  private static void check(RequestBody body, String field) {
    if (body == null) {
      throw new InvalidRequestException(field, field + " is null", null);
    }
    if (body instanceof Upload) {
      ((Upload) body).check(field);
    }
  }

  /** Sums the bytes written by each tracked part; a part written again (a retry) starts from zero. */
  private static final class Progress {
    private final ProgressListener listener;
    private final List<RequestBody> files = new ArrayList<>();
    private final List<long[]> sentByPart = new ArrayList<>();

    Progress(ProgressListener listener) {
      this.listener = listener;
    }

    RequestBody track(RequestBody body) {
      files.add(body);
      long[] sent = new long[1];
      boolean first = sentByPart.isEmpty();
      sentByPart.add(sent);
      return new ForwardingRequestBody(body) {
        @Override
        public void writeTo(BufferedSink sink) throws IOException {
          if (first) {
            // The first file part going out again is a new attempt: every count starts over.
            for (long[] part : sentByPart) {
              part[0] = 0;
            }
          }
          BufferedSink counting = Okio.buffer(new ForwardingSink(sink) {
            @Override
            public void write(Buffer source, long byteCount) throws IOException {
              super.write(source, byteCount);
              sent[0] += byteCount;
              report();
            }
          });
          super.writeTo(counting);
          counting.emit();
        }
      };
    }

    private void report() throws ListenerFailure {
      long sum = 0;
      for (long[] sent : sentByPart) {
        sum += sent[0];
      }
      long sent = sum;
      long total = total();
      ListenerFailure.run(() -> listener.onProgress(sent, total));
    }

    /** The sum of every file's length, or -1 when one is unknown; read when bytes go out, after every part exists. */
    private long total() {
      long total = 0;
      for (RequestBody file : files) {
        long length;
        try {
          length = file.contentLength();
        } catch (IOException e) {
          length = -1;
        }
        if (length < 0) {
          return -1;
        }
        total += length;
      }
      return total;
    }
  }
}
