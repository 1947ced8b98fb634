package fishaudio.client.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A server for the answers Prism cannot give: every request goes to Prism, which judges it against
 * the spec (a request it refuses comes back as Prism's error, as it is); an operation whose success
 * answer is a binary stream or server-sent events then gets the spec's examples instead of Prism's
 * answer, streamed as the live service streams them: the binary example decoded (its media type
 * says {@code x-example-encoding: base64}) and sent in small chunks, each named event example as one
 * {@code data:} event, in order. Everything else is Prism's answer, untouched. A MessagePack body,
 * which Prism cannot read, is not judged; the client's tests check it at the wire instead.
 *
 * <p>{@code scripts/demo} runs it in front of its Prism mock ({@link #main}); the contract tests can
 * start one in front of theirs.
 */
public final class ExampleServer implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .followRedirects(false)
      .retryOnConnectionFailure(false)
      .readTimeout(30, TimeUnit.SECONDS)
      .build();
  private final HttpUrl prism;
  private final List<Streamed> streamed = new ArrayList<>();

  /** An operation whose success answer this server streams from the spec's examples. */
  private static final class Streamed {
    final String method;
    final Pattern path;
    final MockResponse answer;

    Streamed(String method, Pattern path, MockResponse answer) {
      this.method = method;
      this.path = path;
      this.answer = answer;
    }
  }

  public ExampleServer(HttpUrl prism, Path spec) throws IOException {
    this.prism = prism;
    readStreamedExamples(spec);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          return answer(request);
        } catch (IOException e) {
          return new MockResponse().setResponseCode(502).setBody("example server: Prism did not answer: " + e);
        }
      }
    });
    server.start();
  }

  /** Where clients send their requests, ending in {@code /}. */
  public HttpUrl url() {
    return server.url("/");
  }

  private MockResponse answer(RecordedRequest request) throws IOException {
    String path = request.getRequestUrl().encodedPath();
    Streamed example = null;
    for (Streamed candidate : streamed) {
      if (candidate.method.equals(request.getMethod()) && candidate.path.matcher(path).matches()) {
        example = candidate;
      }
    }
    String contentType = request.getHeader("Content-Type");
    boolean msgpack = contentType != null && MediaType.get(contentType).subtype().contains("msgpack");
    if (example != null && msgpack) {
      return example.answer; // Prism cannot read MessagePack.
    }
    try (Response judged = forward(request)) {
      byte[] body = judged.body() == null ? new byte[0] : judged.body().bytes();
      // Prism judges the request first; a valid one whose answer is an event stream it then fails to
      // write ("Cannot serialise complex objects as text"), which still means the request passed.
      boolean passed = judged.isSuccessful()
          || (judged.code() == 500 && new String(body, StandardCharsets.UTF_8).contains("NO_COMPLEX_OBJECT_TEXT"));
      if (example != null && passed) {
        return example.answer;
      }
      MockResponse answer = new MockResponse().setResponseCode(judged.code()).setHeaders(withoutLength(judged.headers()));
      return answer.setBody(new Buffer().write(body));
    }
  }

  private Response forward(RecordedRequest request) throws IOException {
    HttpUrl target = prism.newBuilder().encodedPath(request.getRequestUrl().encodedPath())
        .encodedQuery(request.getRequestUrl().encodedQuery()).build();
    Request.Builder forwarded = new Request.Builder().url(target);
    for (String name : request.getHeaders().names()) {
      if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")
          && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Accept-Encoding")) {
        for (String value : request.getHeaders().values(name)) {
          forwarded.addHeader(name, value);
        }
      }
    }
    String contentType = request.getHeader("Content-Type");
    RequestBody body = request.getBodySize() > 0 || permitsBody(request.getMethod())
        ? RequestBody.create(request.getBody().readByteArray(), contentType == null ? null : MediaType.get(contentType))
        : null;
    forwarded.method(request.getMethod(), body);
    return http.newCall(forwarded.build()).execute();
  }

  private static boolean permitsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static Headers withoutLength(Headers headers) {
    return headers.newBuilder().removeAll("Content-Length").removeAll("Transfer-Encoding").build();
  }

  // ---- The spec's examples ----

  @SuppressWarnings("unchecked")
  private void readStreamedExamples(Path spec) throws IOException {
    Map<String, Object> root;
    try (Reader in = Files.newBufferedReader(spec, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(64 * 1024 * 1024);
      root = new Yaml(options).load(in);
    }
    Map<String, Object> paths = (Map<String, Object>) root.get("paths");
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
        if (!(operation.getValue() instanceof Map) || !((Map<String, Object>) operation.getValue()).containsKey("responses")) {
          continue;
        }
        Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation.getValue()).get("responses");
        Object ok = responses.get("200");
        if (!(ok instanceof Map) || !((Map<String, Object>) ok).containsKey("content")) {
          continue;
        }
        MockResponse answer = null;
        for (Map.Entry<String, Object> media : ((Map<String, Object>) ((Map<String, Object>) ok).get("content")).entrySet()) {
          Map<String, Object> mediaType = (Map<String, Object>) media.getValue();
          List<Object> examples = new ArrayList<>();
          if (mediaType.get("examples") instanceof Map) {
            for (Object example : ((Map<String, Object>) mediaType.get("examples")).values()) {
              examples.add(((Map<String, Object>) example).get("value"));
            }
          }
          String type = media.getKey().toLowerCase(Locale.ROOT);
          if (type.equals("text/event-stream")) {
            answer = events(examples);
          } else if ("base64".equals(mediaType.get("x-example-encoding")) && !examples.isEmpty()) {
            answer = binary(type, Base64.getMimeDecoder().decode(String.valueOf(examples.get(0))));
          }
        }
        if (answer != null) {
          String method = operation.getKey().toUpperCase(Locale.ROOT);
          // Served under any prefix, as the client may be given a base URL with a path.
          Pattern pattern = Pattern.compile(".*" + path.getKey().replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."));
          streamed.add(new Streamed(method, pattern, answer));
        }
      }
    }
  }

  /** The audio in 1 KiB chunks, with no length, as it is made. */
  private static MockResponse binary(String type, byte[] bytes) {
    String contentType = type.endsWith("/*") ? guess(bytes) : type;
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", contentType)
        .setChunkedBody(new Buffer().write(bytes), 1024);
  }

  private static String guess(byte[] bytes) {
    if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F') {
      return "audio/wav";
    }
    return "audio/mpeg";
  }

  /** Each example one {@code message} event whose data is the example as JSON, in order. */
  private static MockResponse events(List<Object> examples) {
    StringBuilder stream = new StringBuilder();
    for (Object example : examples) {
      stream.append("data: ").append(Json.write(example)).append("\n\n");
    }
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/event-stream")
        .setChunkedBody(stream.toString(), 2048);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Runs in front of the Prism at {@code args[0]} for the spec {@code args[1]}; prints its URL, runs until killed. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ExampleServer PRISM_URL SPEC");
    }
    ExampleServer server = new ExampleServer(HttpUrl.get(args[0]), Paths.get(args[1]));
    System.out.println(server.url());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** A small JSON writer for example values (maps, lists, strings, numbers, booleans, null). */
  static final class Json {
    private Json() {}

    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out);
      return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof Map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
          out.append(first ? "" : ",");
          first = false;
          string(String.valueOf(entry.getKey()), out);
          out.append(':');
          write(entry.getValue(), out);
        }
        out.append('}');
      } else if (value instanceof List) {
        out.append('[');
        boolean first = true;
        for (Object item : (List<Object>) value) {
          out.append(first ? "" : ",");
          first = false;
          write(item, out);
        }
        out.append(']');
      } else if (value instanceof Number || value instanceof Boolean) {
        out.append(value);
      } else if (value instanceof java.util.Date) {
        string(((java.util.Date) value).toInstant().toString(), out);
      } else {
        string(String.valueOf(value), out);
      }
    }

    private static void string(String text, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }

  /** For tests: the examples this server streams, by method and path pattern. */
  Map<String, Integer> streamedOperations() {
    Map<String, Integer> found = new LinkedHashMap<>();
    for (Streamed s : streamed) {
      found.put(s.method + " " + s.path.pattern(), 1);
    }
    return found;
  }
}
