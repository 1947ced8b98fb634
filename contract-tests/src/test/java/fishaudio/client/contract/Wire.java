package fishaudio.client.contract;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import fishaudio.client.testing.ExampleServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import okio.Sink;
import org.junit.jupiter.api.Assertions;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * What one test sent and what Prism answered, seen at the wire: an OkHttp network interceptor
 * that (1) sets the {@code Prefer} (and optionally {@code Accept}) header that picks Prism's
 * response, (2) keeps a byte-exact copy of each request body as it is written to the socket
 * (a tee, so one-shot and progress-reporting bodies are written once), and (3) records each
 * response's status, content type and Prism's {@code sl-violations} header.
 *
 * <p>Each test makes its own {@code Wire}; they share one connection pool.
 */
final class Wire {
  static final String API_KEY = "contract-test-key";
  /** The most of a JSON or event-stream body read for the unknown-field check. */
  private static final long MAX_CHECKED_BODY = 32L * 1024 * 1024;
  static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<List<Map<String, Object>>> VIOLATIONS =
      MOSHI.adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .connectTimeout(10, TimeUnit.SECONDS)
      .readTimeout(60, TimeUnit.SECONDS)
      .build();

  /** One request/response pair as seen at the wire. */
  static final class Exchange {
    final String method;
    final String url;
    final okhttp3.Headers requestHeaders;
    final MediaType requestContentType;
    final Buffer requestBody = new Buffer();
    int status;
    String responseContentType;
    String slViolations;
    List<Violation> violations = Collections.emptyList();
    String problemBody;
    /** {@link Exercised#PRISM}, or {@link Exercised#EXAMPLE_SERVER} when the answer is the spec's examples. */
    String servedBy;
    /** The response fields the compiled client does not know (see {@link KnownFields}). */
    List<String> unknownFields = Collections.emptyList();

    Exchange(Request request) {
      this.method = request.method();
      this.url = request.url().toString();
      this.requestHeaders = request.headers();
      this.requestContentType = request.body() == null ? null : request.body().contentType();
    }

    byte[] requestBytes() {
      synchronized (requestBody) {
        return requestBody.snapshot().toByteArray();
      }
    }

    @Override
    public String toString() {
      return method + " " + url + " -> " + status + " " + responseContentType
          + (Exercised.EXAMPLE_SERVER.equals(servedBy) ? " (the spec's examples, from ExampleServer)" : "")
          + (slViolations == null ? "" : "\n    sl-violations: " + slViolations)
          + (unknownFields.isEmpty() ? "" : "\n    fields the client does not know: " + unknownFields)
          + (problemBody == null ? "" : "\n    problem: " + problemBody);
    }
  }

  /** One entry of Prism's {@code sl-violations} header. */
  static final class Violation {
    final List<String> location;
    final String code;
    final String message;

    Violation(List<String> location, String code, String message) {
      this.location = location;
      this.code = code;
      this.message = message;
    }

    boolean aboutRequest() {
      return !location.isEmpty() && location.get(0).equals("request");
    }

    @Override
    public String toString() {
      return String.join(".", location) + ": " + message + " (" + code + ")";
    }
  }

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String prefer;
  private volatile String accept;
  private volatile String owner;

  /** Picks Prism's response for every later request: {@code code=401}, {@code example=NAME}, {@code dynamic=true}. */
  Wire prefer(String prefer) {
    claim();
    this.prefer = prefer;
    return this;
  }

  /**
   * Ties this wire's exchanges to the test running now. A wire is often a test instance's field,
   * made before the test starts, so the tie is made at the first use inside the test.
   */
  private void claim() {
    if (owner == null) {
      owner = Exercised.currentTest();
    }
  }

  /** Overrides the {@code Accept} header at the wire (Prism picks the response media type by it). */
  Wire accept(String accept) {
    this.accept = accept;
    return this;
  }

  /** An OkHttpClient that records into this wire; hand it to the client under test. */
  OkHttpClient okHttp() {
    claim();
    return SHARED.newBuilder().addNetworkInterceptor(this::intercept).build();
  }

  /** The raw generated interfaces over Retrofit, as the generated code's docs prescribe (scalars before Moshi). */
  Retrofit rawRetrofit(Prism prism, boolean withBearer) {
    return rawRetrofit(prism, withBearer, MOSHI);
  }

  Retrofit rawRetrofit(Prism prism, boolean withBearer, Moshi moshi) {
    OkHttpClient.Builder ok = okHttp().newBuilder();
    if (withBearer) {
      ok.addInterceptor(chain -> chain.proceed(
          chain.request().newBuilder().header("Authorization", "Bearer " + API_KEY).build()));
    }
    return new Retrofit.Builder()
        .baseUrl(prism.baseUrl())
        .client(ok.build())
        .addConverterFactory(ScalarsConverterFactory.create())
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build();
  }

  private Response intercept(Interceptor.Chain chain) throws IOException {
    requests.incrementAndGet();
    Request request = chain.request();
    Request.Builder builder = request.newBuilder();
    if (prefer != null) {
      builder.header("Prefer", prefer);
    }
    if (accept != null) {
      builder.header("Accept", accept);
    }
    Request sent = builder.build();
    Exchange exchange = new Exchange(sent);
    if (sent.body() != null) {
      sent = sent.newBuilder().method(sent.method(), new TeeBody(sent.body(), exchange.requestBody)).build();
    }
    exchanges.add(exchange);
    Response response = chain.proceed(sent);
    exchange.status = response.code();
    exchange.responseContentType = response.header("Content-Type");
    exchange.slViolations = response.header("sl-violations");
    if (exchange.slViolations != null) {
      exchange.violations = parseViolations(exchange.slViolations);
    }
    if (exchange.responseContentType != null && exchange.responseContentType.contains("problem+json")) {
      exchange.problemBody = response.peekBody(64 * 1024).string();
    }
    exchange.servedBy = response.header(ExampleServer.SERVED_BY) != null ? Exercised.EXAMPLE_SERVER : Exercised.PRISM;
    record(exchange, sent, response);
    return response;
  }

  /**
   * Keeps the exchange for the run-wide checks: the operation it called, the response's status and
   * media type, and every field of a JSON body (or of each event's data) the compiled client does
   * not know. The body is peeked, not consumed: the client still reads all of it.
   */
  private void record(Exchange exchange, Request sent, Response response) throws IOException {
    Spec spec = Spec.get();
    Spec.Operation operation = spec.operationFor(sent.method(), sent.url().encodedPath());
    String mediaType = KnownFields.baseType(exchange.responseContentType);
    if (operation != null && mediaType != null && (mediaType.contains("json") || mediaType.equals("text/event-stream"))) {
      String body = response.peekBody(MAX_CHECKED_BODY).string();
      boolean invented = sent.header("Prefer") != null && sent.header("Prefer").contains("dynamic=true");
      exchange.unknownFields = KnownFields.unknownIn(spec, operation.operationId, exchange.status,
          exchange.responseContentType, body, invented);
    }
    boolean clean = exchange.problemBody == null && exchange.violations.stream().noneMatch(Violation::aboutRequest);
    String test = owner != null ? owner : Exercised.currentTest();
    Exercised.record(new Exercised.Record(test == null ? "(outside any test)" : test, exchange.method,
        sent.url().encodedPath(), operation, exchange.status, mediaType, exchange.servedBy, clean, exchange.unknownFields));
  }

  static List<Violation> parseViolations(String header) {
    try {
      List<Map<String, Object>> raw = VIOLATIONS.fromJson(header);
      List<Violation> out = new ArrayList<>();
      for (Map<String, Object> v : raw) {
        @SuppressWarnings("unchecked")
        List<Object> location = (List<Object>) v.getOrDefault("location", Collections.emptyList());
        out.add(new Violation(
            location.stream().map(String::valueOf).collect(Collectors.toList()),
            String.valueOf(v.get("code")),
            String.valueOf(v.get("message"))));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return Collections.singletonList(new Violation(Collections.singletonList("?"), "unparsed", header));
    }
  }

  /** Every request that reached the interceptor, retries included. */
  int requestCount() {
    return requests.get();
  }

  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return new ArrayList<>(exchanges);
    }
  }

  Exchange last() {
    synchronized (exchanges) {
      Assertions.assertFalse(exchanges.isEmpty(), "no request reached the wire");
      return exchanges.get(exchanges.size() - 1);
    }
  }

  /** Each exchange Prism flagged ({@code sl-violations} or problem+json), as a line with Prism's words. */
  List<String> reports() {
    return exchanges().stream()
        .filter(e -> e.slViolations != null || e.problemBody != null)
        .map(Exchange::toString)
        .collect(Collectors.toList());
  }

  /** {@code failure}, or an AssertionError that leads with what Prism flagged in this wire's exchanges. */
  AssertionError explain(Throwable failure) {
    List<String> reports = reports();
    if (reports.isEmpty()) {
      return failure instanceof AssertionError ? (AssertionError) failure : new AssertionError(failure.toString(), failure);
    }
    return new AssertionError("Prism flagged:\n  " + String.join("\n  ", reports) + "\nthen: " + failure, failure);
  }

  /**
   * Fails, with Prism's own words, if Prism found anything wrong with any request or response of
   * this test: an {@code sl-violations} header or an {@code application/problem+json} answer.
   */
  void assertNoViolations() {
    List<String> bad = reports();
    if (!bad.isEmpty()) {
      Assertions.fail("Prism reported violations:\n  " + String.join("\n  ", bad));
    }
  }

  /** Like {@link #assertNoViolations()}, for the requests only (what the client sent). */
  void assertNoRequestViolations() {
    List<String> bad = new ArrayList<>();
    for (Exchange e : exchanges()) {
      if (e.problemBody != null) {
        bad.add(e.toString());
      }
      for (Violation v : e.violations) {
        if (v.aboutRequest()) {
          bad.add(e.method + " " + e.url + " -> " + e.status + ": " + v);
        }
      }
    }
    if (!bad.isEmpty()) {
      Assertions.fail("Prism found the request invalid:\n  " + String.join("\n  ", bad));
    }
  }

  /** Writes the body through to the socket and into a copy, in one pass. */
  private static final class TeeBody extends RequestBody {
    private final RequestBody delegate;
    private final Buffer copy;

    TeeBody(RequestBody delegate, Buffer copy) {
      this.delegate = delegate;
      this.copy = copy;
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
      return delegate.isOneShot();
    }

    @Override
    public boolean isDuplex() {
      return delegate.isDuplex();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      synchronized (copy) {
        copy.clear();
      }
      Sink tee = new ForwardingSink(sink) {
        @Override
        public void write(Buffer source, long byteCount) throws IOException {
          synchronized (copy) {
            source.copyTo(copy, 0, byteCount);
          }
          super.write(source, byteCount);
        }
      };
      BufferedSink buffered = Okio.buffer(tee);
      delegate.writeTo(buffered);
      buffered.emit();
    }
  }
}
