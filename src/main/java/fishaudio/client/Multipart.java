package fishaudio.client;

import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceCloningApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * Turns a validated {@link CreateModelRequest} into the generated multipart call: one
 * {@code voices} part per file and, through the scalars converter, one {@code texts} or
 * {@code tags} part per item, so the text of voice i is part i. Optionally reports progress.
 */
final class Multipart {
  private Multipart() {}

  static retrofit2.Call<ModelEntity> createModel(
      VoiceCloningApi api, CreateModelRequest request, ProgressListener listener) {
    Progress progress = listener == null ? null : new Progress(listener, totalLength(request));
    List<MultipartBody.Part> voices = new ArrayList<>();
    for (RequestBody voice : request.voices()) {
      voices.add(part("voices", voice, voices.size(), progress));
    }
    MultipartBody.Part cover =
        request.coverImage() == null ? null : part("cover_image", request.coverImage(), 0, progress);
    return api.createModel(
        request.type().value(),
        request.title(),
        request.trainMode().value(),
        voices,
        request.visibility() == null ? null : request.visibility().value(),
        request.description(),
        cover,
        request.texts(),
        request.tags(),
        request.enhanceAudioQuality(),
        request.generateSample());
  }

  /** Checks every file of the request before anything is sent. */
  static void checkFiles(CreateModelRequest request) {
    for (int i = 0; i < request.voices().size(); i++) {
      check(request.voices().get(i), "voices[" + i + "]");
    }
    if (request.coverImage() != null) {
      check(request.coverImage(), "cover_image");
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

  private static MultipartBody.Part part(String name, RequestBody body, int index, Progress progress) {
    // The live service wants a filename on every file part; a plain RequestBody gets a made-up one.
    String filename = body instanceof Upload ? ((Upload) body).filename() : name + "-" + (index + 1);
    return MultipartBody.Part.createFormData(name, filename, progress == null ? body : progress.track(body));
  }

  private static long totalLength(CreateModelRequest request) {
    long total = 0;
    List<RequestBody> files = new ArrayList<>(request.voices());
    if (request.coverImage() != null) {
      files.add(request.coverImage());
    }
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

  /** Sums the bytes written by each tracked part; a part written again (a retry) starts from zero. */
  private static final class Progress {
    private final ProgressListener listener;
    private final long total;
    private final List<long[]> sentByPart = new ArrayList<>();

    Progress(ProgressListener listener, long total) {
      this.listener = listener;
      this.total = total;
    }

    RequestBody track(RequestBody body) {
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

    private void report() {
      long sum = 0;
      for (long[] sent : sentByPart) {
        sum += sent[0];
      }
      listener.onProgress(sum, total);
    }
  }
}
