package fishaudio.client.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A request body that forwards to another; subclasses watch or count what {@link #writeTo} sends. */
public abstract class ForwardingRequestBody extends RequestBody {
  public final RequestBody delegate;

  public ForwardingRequestBody(RequestBody delegate) {
    this.delegate = delegate;
  }

  @Override
  public MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return delegate.contentLength();
  }

  /**
   * Whether the wrapped body cannot be written twice. OkHttp's {@link MultipartBody} says false
   * even when one of its parts is a stream upload, so its parts are asked too.
   */
  @Override
  public boolean isOneShot() {
    if (delegate instanceof MultipartBody) {
      for (MultipartBody.Part part : ((MultipartBody) delegate).parts()) {
        if (part.body().isOneShot()) {
          return true;
        }
      }
    }
    return delegate.isOneShot();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    delegate.writeTo(sink);
  }
}
