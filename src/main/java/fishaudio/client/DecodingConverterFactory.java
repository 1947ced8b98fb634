package fishaudio.client;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
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
final class DecodingConverterFactory extends Converter.Factory {
  private final MoshiConverterFactory moshi;

  DecodingConverterFactory(Moshi moshi) {
    this.moshi = MoshiConverterFactory.create(moshi);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate = moshi.responseBodyConverter(type, annotations, retrofit);
    return body -> {
      WatchedBody watched = new WatchedBody(body);
      try {
        return delegate.convert(watched);
      } catch (JsonDataException | JsonEncodingException e) {
        throw new MalformedResponseException("Malformed response: " + e.getMessage(), e);
      } catch (IOException e) {
        if (watched.networkFailure != null) {
          throw e;
        }
        throw new MalformedResponseException("Malformed response: " + e.getMessage(), e);
      }
    };
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

    WatchedBody(ResponseBody delegate) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          try {
            return super.read(sink, byteCount);
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
