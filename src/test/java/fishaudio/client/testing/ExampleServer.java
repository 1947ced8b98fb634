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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
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
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.Value;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A server for the answers Prism cannot give: every request goes to Prism, which judges it against
 * the spec (a request it refuses comes back as Prism's error, as it is); an operation whose success
 * answer is a binary stream or server-sent events then gets the spec's examples instead of Prism's
 * answer, streamed as the live service streams them: the binary example decoded (its media type
 * says {@code x-example-encoding: base64}) and sent in small chunks, each named event example as one
 * {@code data:} event, in order. Everything else is Prism's answer, untouched. Each answer made of
 * the examples says so in its {@value #SERVED_BY} header, which names the examples.
 *
 * <p>{@code Prefer} reaches Prism as sent, so {@code code=401} gets Prism's 401; for a binary answer
 * with several examples, {@code example=NAME} picks one (the first otherwise).
 *
 * <p>Prism 5.14.2 cannot read MessagePack ("Request body must be object"). A MessagePack body is
 * therefore handed to Prism as the same tree in JSON, each {@code bin} as its base64 text, and
 * judged against the operation's schema (which the spec declares for both media types): field
 * names, types, enums and bounds are judged, the bytes of a {@code format: binary} field are not.
 * The client's tests check the MessagePack itself at the wire. A body that is not MessagePack at
 * all is forwarded as it came, and Prism refuses it.
 *
 * <p>{@code scripts/demo} runs it in front of its Prism mock ({@link #main}); the contract tests
 * run one in front of theirs.
 */
public final class ExampleServer implements AutoCloseable {
  /** The header of an answer made of the spec's examples: the examples' names, in order. */
  public static final String SERVED_BY = "X-Example-Server";

  private final MockWebServer server = new MockWebServer();
  // Prism (Node) closes an idle keep-alive connection after 5 s; a pooled connection older than
  // that fails the next request forwarded on it ("unexpected end of stream"). Idle ones go after 2 s.
  private final OkHttpClient http = new OkHttpClient.Builder()
      .followRedirects(false)
      .retryOnConnectionFailure(false)
      .connectionPool(new ConnectionPool(8, 2, TimeUnit.SECONDS))
      .readTimeout(30, TimeUnit.SECONDS)
      .build();
  private final HttpUrl prism;
  private final List<Streamed> streamed = new ArrayList<>();

  /** An operation whose success answer this server streams from the spec's examples. */
  private static final class Streamed {
    final String method;
    final Pattern path;
    /** The answers by example name, in the spec's order; one answer for all the events of a stream. */
    final Map<String, MockResponse> answers;

    Streamed(String method, Pattern path, Map<String, MockResponse> answers) {
      this.method = method;
      this.path = path;
      this.answers = answers;
    }

    /** The example {@code Prefer: example=NAME} names, or the first. */
    MockResponse answer(String prefer) {
      if (prefer != null) {
        Matcher m = PREFER_EXAMPLE.matcher(prefer);
        if (m.find() && answers.containsKey(m.group(1))) {
          return answers.get(m.group(1));
        }
      }
      return answers.values().iterator().next();
    }
  }

  private static final Pattern PREFER_EXAMPLE = Pattern.compile("(?:^|[,;\\s])example=([^,;\\s]+)");

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
    try (Response judged = forward(request)) {
      byte[] body = judged.body() == null ? new byte[0] : judged.body().bytes();
      // Prism judges the request first; a valid one whose answer is an event stream it then fails to
      // write ("Cannot serialise complex objects as text"), which still means the request passed.
      boolean passed = judged.isSuccessful()
          || (judged.code() == 500 && new String(body, StandardCharsets.UTF_8).contains("NO_COMPLEX_OBJECT_TEXT"));
      if (example != null && passed) {
        MockResponse answer = example.answer(request.getHeader("Prefer"));
        String violations = judged.header("sl-violations");
        // Whatever Prism noted about the request travels with the examples.
        return violations == null ? answer : answer.clone().setHeader("sl-violations", violations);
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
    RequestBody body = null;
    if (request.getBodySize() > 0 || permitsBody(request.getMethod())) {
      byte[] bytes = request.getBody().readByteArray();
      MediaType type = contentType == null ? null : MediaType.get(contentType);
      String json = type != null && type.subtype().contains("msgpack") ? MessagePackAsJson.convert(bytes) : null;
      if (json != null) {
        type = MediaType.get("application/json");
        bytes = json.getBytes(StandardCharsets.UTF_8);
        forwarded.header("Content-Type", type.toString());
      }
      body = RequestBody.create(bytes, type);
    }
    forwarded.method(request.getMethod(), body);
    return http.newCall(forwarded.build()).execute();
  }

  /** A MessagePack body as the same tree in JSON, for Prism to judge; each {@code bin} as base64 text. */
  static final class MessagePackAsJson {
    private MessagePackAsJson() {}

    /** The JSON, or null when {@code bytes} is not one whole MessagePack value. */
    static String convert(byte[] bytes) {
      try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(bytes)) {
        Object tree = tree(unpacker.unpackValue());
        return unpacker.hasNext() ? null : Json.write(tree);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    private static Object tree(Value value) {
      switch (value.getValueType()) {
        case NIL:
          return null;
        case BOOLEAN:
          return value.asBooleanValue().getBoolean();
        case INTEGER:
          return value.asIntegerValue().toBigInteger();
        case FLOAT:
          return value.asFloatValue().toDouble();
        case STRING:
          return value.asStringValue().asString();
        case BINARY:
          return Base64.getEncoder().encodeToString(value.asBinaryValue().asByteArray());
        case ARRAY:
          List<Object> list = new ArrayList<>();
          for (Value item : value.asArrayValue()) {
            list.add(tree(item));
          }
          return list;
        case MAP:
          Map<String, Object> map = new LinkedHashMap<>();
          for (Map.Entry<Value, Value> entry : value.asMapValue().entrySet()) {
            map.put(entry.getKey().isStringValue() ? entry.getKey().asStringValue().asString() : entry.getKey().toJson(),
                tree(entry.getValue()));
          }
          return map;
        default:
          throw new IllegalArgumentException("no JSON for MessagePack " + value.getValueType());
      }
    }
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
        Map<String, MockResponse> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> media : ((Map<String, Object>) ((Map<String, Object>) ok).get("content")).entrySet()) {
          Map<String, Object> mediaType = (Map<String, Object>) media.getValue();
          Map<String, Object> examples = new LinkedHashMap<>();
          if (mediaType.get("examples") instanceof Map) {
            for (Map.Entry<String, Object> example : ((Map<String, Object>) mediaType.get("examples")).entrySet()) {
              examples.put(example.getKey(), ((Map<String, Object>) example.getValue()).get("value"));
            }
          }
          String type = media.getKey().toLowerCase(Locale.ROOT);
          if (type.equals("text/event-stream") && !examples.isEmpty()) {
            answers.put(String.join(",", examples.keySet()), events(examples));
          } else if ("base64".equals(mediaType.get("x-example-encoding"))) {
            for (Map.Entry<String, Object> example : examples.entrySet()) {
              answers.put(example.getKey(), binary(type, example.getKey(),
                  Base64.getMimeDecoder().decode(String.valueOf(example.getValue()))));
            }
          }
        }
        if (!answers.isEmpty()) {
          String method = operation.getKey().toUpperCase(Locale.ROOT);
          // Served under any prefix, as the client may be given a base URL with a path.
          Pattern pattern = Pattern.compile(".*" + path.getKey().replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."));
          streamed.add(new Streamed(method, pattern, answers));
        }
      }
    }
  }

  /** The audio in 1 KiB chunks, with no length, as it is made. */
  private static MockResponse binary(String type, String name, byte[] bytes) {
    String contentType = type.endsWith("/*") ? guess(bytes) : type;
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", contentType).setHeader(SERVED_BY, name)
        .setChunkedBody(new Buffer().write(bytes), 1024);
  }

  private static String guess(byte[] bytes) {
    if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F') {
      return "audio/wav";
    }
    return "audio/mpeg";
  }

  /** Each example one {@code message} event whose data is the example as JSON, in order. */
  private static MockResponse events(Map<String, Object> examples) {
    StringBuilder stream = new StringBuilder();
    for (Object example : examples.values()) {
      stream.append("data: ").append(Json.write(example)).append("\n\n");
    }
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/event-stream")
        .setHeader(SERVED_BY, String.join(",", examples.keySet())).setChunkedBody(stream.toString(), 2048);
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
