package fishaudio.client.internal.codec;

import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.internal.errors.CutOffAnswer;
import fishaudio.client.internal.errors.FatalError;
import fishaudio.client.internal.errors.Redactor;
import fishaudio.client.internal.http.ErrorBodyLimit;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.CreatedId;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Wraps Moshi's converters so that a body that does not match the spec becomes a
 * {@link MalformedResponseException}, while an I/O failure of the network stays a transport
 * failure. Moshi reports an empty or cut-off document as an {@link IOException} too, so the source
 * is watched to tell the two apart.
 *
 * <p>For an operation the spec marks {@code x-created-id} (the generated {@link CreatedId}), the
 * answer names what the server created and billed: its bytes pass through {@link CreatedModelId} as
 * they are read, so that whatever part of the answer arrived, if it named the id, the failure carries
 * it: a {@code TransportException} for a body cut off, reset or stalled, a
 * {@link MalformedResponseException} for one that broke the spec (the rest of which is read, up to
 * the cap, to find an id that comes after the error).
 */
public final class DecodingConverterFactory extends Converter.Factory {
  /**
   * The default cap on a success body, counted after gzip inflation. The spec allows at most 4
   * voice-design candidates; a 60 s, 44.1 kHz, 16-bit WAV is about 5.3 MB, 7 MB as base64, so 4 of
   * them are under 30 MB. Twice that leaves room for longer audio and still stops a decompression
   * bomb or an endless body long before it fills the heap.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  private final MoshiConverterFactory moshi;
  private final Redactor redactor;
  private final long maxBytes;

  public DecodingConverterFactory(Moshi moshi, Redactor redactor, long maxBytes) {
    this.moshi = MoshiConverterFactory.create(moshi);
    this.redactor = redactor;
    this.maxBytes = maxBytes;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate = moshi.responseBodyConverter(type, annotations, retrofit);
    String createdId = createdIdName(annotations);
    return body -> {
      if (body.contentLength() > maxBytes) {
        body.close();
        throw malformed("the body is larger than the client's cap of " + maxBytes
            + " bytes (FishAudio.Builder.maxResponseBytes)", null, null);
      }
      WatchedBody watched = new WatchedBody(body, createdId);
      try {
        return delegate.convert(watched);
      } catch (OverCap e) {
        throw malformed(e.getMessage(), null, watched);
      } catch (JsonDataException | JsonEncodingException e) {
        throw malformed(e.getMessage(), e, watched.readRest());
      } catch (IOException e) {
        if (watched.networkFailure != null) {
          String id = watched.createdId();
          throw id == null ? e : new CutOffAnswer(e, id);
        }
        throw malformed(e.getMessage(), e, watched.readRest());
      } catch (Error e) {
        throw new FatalError(e);
      } finally {
        watched.release();
      }
    };
  }

  /** The top-level field that names what the operation created, from its annotations; null for none. */
  private static String createdIdName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof CreatedId) {
        return ((CreatedId) annotation).value();
      }
    }
    return null;
  }

  private MalformedResponseException malformed(String detail, Exception cause, WatchedBody watched) {
    String message = redactor.redact("Malformed response: " + detail);
    if (watched == null || watched.kept == null) {
      return new MalformedResponseException(message, redactor.cause(cause));
    }
    String raw = redactor.redact(watched.kept.readUtf8());
    String id = redactor.redact(watched.createdId());
    return new MalformedResponseException(
        message + (id == null ? "" : " (the server created model " + id + "; see createdModelId())"),
        redactor.cause(cause), raw, id);
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return moshi.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  /** The body went past the cap as it was read. */
  private static final class OverCap extends IOException {
    private static final long serialVersionUID = 1L;

    OverCap(long maxBytes) {
      super("the body is larger than the client's cap of " + maxBytes + " bytes (FishAudio.Builder.maxResponseBytes)");
    }
  }

  /**
   * A body whose source counts against the cap and remembers an I/O failure of the network under
   * it; for an operation that names what it created, it also keeps the first bytes (for the
   * error's {@code body()}) and scans every byte for the id.
   */
  private final class WatchedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;
    IOException networkFailure;
    /** The first bytes, kept for the error; null when the operation creates nothing. */
    final Buffer kept;
    private final CreatedModelId scanner;

    private long read;

    WatchedBody(ResponseBody delegate, String createdId) {
      this.delegate = delegate;
      this.kept = createdId == null ? null : new Buffer();
      this.scanner = createdId == null ? null : new CreatedModelId(createdId);
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long count;
          try {
            count = super.read(sink, byteCount);
          } catch (IOException e) {
            networkFailure = e;
            throw e;
          }
          if (count > 0 && (read += count) > maxBytes) {
            // Counted as it is read, after OkHttp inflated any gzip: a bomb fails here, not in the heap.
            throw new OverCap(maxBytes);
          }
          if (scanner != null && count > 0) {
            watch(sink, count);
          }
          return count;
        }
      });
    }

    private void watch(Buffer sink, long count) {
      long start = sink.size() - count;
      if (kept.size() < ErrorBodyLimit.MAX_ERROR_BODY_BYTES) {
        sink.copyTo(kept, start, Math.min(count, ErrorBodyLimit.MAX_ERROR_BODY_BYTES - kept.size()));
      }
      if (scanner.id() == null) {
        Buffer copy = new Buffer();
        sink.copyTo(copy, start, count);
        byte[] bytes = copy.readByteArray();
        scanner.accept(bytes, 0, bytes.length);
      }
    }

    /** The created id the bytes read so far named, or null. */
    String createdId() {
      return scanner == null ? null : scanner.id();
    }

    /**
     * After a decode error, reads the rest of the body, up to the cap, for an id that comes after
     * the error; a failure on the way ends it with what was found. Returns this body.
     */
    WatchedBody readRest() {
      if (scanner != null && scanner.id() == null) {
        Buffer discard = new Buffer();
        try {
          while (scanner.id() == null && source.read(discard, 8192) != -1) {
            discard.clear();
          }
        } catch (IOException e) {
          // Cut off, stalled or over the cap: the id, if any, was not in what arrived.
        }
      }
      return this;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    /** Moshi's converter closes the body when it fails; the rest may still be read for the id. */
    @Override
    public void close() {}

    /** Closes the body for good, once the conversion is over. */
    void release() {
      delegate.close();
    }
  }
}
