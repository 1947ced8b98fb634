package fishaudio.client.internal.codec;

import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.internal.errors.FatalError;
import fishaudio.client.internal.errors.Redactor;
import fishaudio.client.internal.http.ErrorBodyLimit;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.ModelEntity;
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
    boolean model = type == ModelEntity.class;
    return body -> {
      if (body.contentLength() > maxBytes) {
        body.close();
        throw tooLarge();
      }
      WatchedBody watched = new WatchedBody(body, model, this);
      try {
        return delegate.convert(watched);
      } catch (JsonDataException | JsonEncodingException e) {
        throw malformed(e, watched);
      } catch (IOException e) {
        if (watched.networkFailure != null) {
          throw e;
        }
        throw malformed(e, watched);
      } catch (Error e) {
        throw new FatalError(e);
      }
    };
  }

  /**
   * A model response that fails to decode still names the model the server created (and billed):
   * the live service has made fields optional that the spec requires (issue 12).
   */
  private MalformedResponseException tooLarge() {
    return new MalformedResponseException("Malformed response: the body is larger than the client's cap of "
        + maxBytes + " bytes (FishAudio.Builder.maxResponseBytes)", null);
  }

  private MalformedResponseException malformed(Exception e, WatchedBody watched) {
    String message = redactor.redact("Malformed response: " + e.getMessage());
    if (watched.kept == null) {
      return new MalformedResponseException(message, redactor.cause(e));
    }
    String raw = redactor.redact(watched.kept.readUtf8());
    String id = CreatedModelId.scan(raw);
    return new MalformedResponseException(
        message + (id == null ? "" : " (the server created model " + id + "; see createdModelId())"), redactor.cause(e), raw, id);
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return moshi.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  /** A body whose source remembers an I/O failure of the network underneath it. */
  private static final class WatchedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;
    IOException networkFailure;
    /** The first bytes of a model response, kept for the error; null for other responses. */
    final Buffer kept;

    private long read;

    WatchedBody(ResponseBody delegate, boolean keep, DecodingConverterFactory factory) {
      this.delegate = delegate;
      this.kept = keep ? new Buffer() : null;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          try {
            long read = super.read(sink, byteCount);
            if (read > 0 && (WatchedBody.this.read += read) > factory.maxBytes) {
              // Counted as it is read, after OkHttp inflated any gzip: a bomb fails here, not in the heap.
              throw factory.tooLarge();
            }
            if (kept != null && read > 0 && kept.size() < ErrorBodyLimit.MAX_ERROR_BODY_BYTES) {
              long copy = Math.min(read, ErrorBodyLimit.MAX_ERROR_BODY_BYTES - kept.size());
              sink.copyTo(kept, sink.size() - read, copy);
            }
            return read;
          } catch (IOException e) {
            networkFailure = e;
            throw e;
          }
        }
      });
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

    @Override
    public void close() {
      delegate.close();
    }
  }
}
