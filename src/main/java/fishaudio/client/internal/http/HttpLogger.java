package fishaudio.client.internal.http;

import fishaudio.client.internal.errors.ListenerFailure;
import fishaudio.client.internal.errors.Redactor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each exchange as it goes on the wire: request line, headers, status and time. Bodies are
 * never logged: they hold audio and voice files. {@code Authorization} is masked, and every other
 * header value, the URL and any failure go through the key's {@link Redactor}, so a server that
 * echoes the key in any header (a request id, a cookie) does not put it in the log.
 */
public final class HttpLogger implements Interceptor {
  private final Consumer<String> sink;
  private final Redactor redactor;

  public HttpLogger(Consumer<String> sink, Redactor redactor) {
    this.sink = sink;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    log(redactor.redact("--> " + request.method() + " " + request.url() + headers(request.headers())));
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(redactor.redact("<-- FAILED " + request.url() + ": " + e));
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    try {
      log(redactor.redact("<-- " + response.code() + " " + request.url() + " (" + millis + " ms)" + headers(response.headers())));
    } catch (ListenerFailure e) {
      response.close();
      throw e;
    }
    return response;
  }

  /**
   * A logger that throws loses its line, not the call: the server may already have processed
   * (and billed) it. An {@link Error} still reaches the caller, through {@link ListenerFailure}.
   */
  private void log(String line) throws ListenerFailure {
    try {
      sink.accept(line);
    } catch (RuntimeException dropped) {
      // The line is lost; the call goes on.
    } catch (Error e) {
      throw new ListenerFailure(e);
    }
  }

  private static String headers(Headers headers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = "Authorization".equalsIgnoreCase(name) ? Redactor.MASK : headers.value(i);
      text.append("\n    ").append(name).append(": ").append(value);
    }
    return text.toString();
  }
}
