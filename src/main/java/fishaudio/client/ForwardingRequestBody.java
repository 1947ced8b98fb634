package fishaudio.client;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A request body that forwards to another; subclasses watch or count what {@link #writeTo} sends. */
abstract class ForwardingRequestBody extends RequestBody {
  final RequestBody delegate;

  ForwardingRequestBody(RequestBody delegate) {
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

  @Override
  public boolean isOneShot() {
    return RetryInterceptor.isOneShot(delegate);
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    delegate.writeTo(sink);
  }
}
