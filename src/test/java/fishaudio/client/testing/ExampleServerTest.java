package fishaudio.client.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example server on MockWebServer standing in for Prism: what it forwards, and what it answers. */
class ExampleServerTest {
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: t, version: '1'}",
      "paths:",
      "  /v1/tts:",
      "    post:",
      "      operationId: textToSpeech",
      "      responses:",
      "        '200':",
      "          description: audio",
      "          content:",
      "            audio/*:",
      "              x-example-encoding: base64",
      "              examples:",
      "                first: {value: UklGRgAAAABXQVZF}",
      "                second: {value: SUQzBAA=}",
      "  /v1/events:",
      "    post:",
      "      operationId: events",
      "      responses:",
      "        '200':",
      "          description: events",
      "          content:",
      "            text/event-stream:",
      "              examples:",
      "                one: {value: {n: 1}}",
      "                two: {value: {n: 2, s: 'a, b'}}",
      "");

  @TempDir
  Path dir;

  private final MockWebServer prism = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
  private ExampleServer server;

  @BeforeEach
  void start() throws IOException {
    prism.start();
    Path spec = dir.resolve("spec.yaml");
    Files.write(spec, SPEC.getBytes(StandardCharsets.UTF_8));
    server = new ExampleServer(prism.url("/"), spec);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    prism.shutdown();
  }

  private Response post(String path, String prefer, RequestBody body) throws IOException {
    Request.Builder request = new Request.Builder().url(server.url().resolve(path)).post(body);
    if (prefer != null) {
      request.header("Prefer", prefer);
    }
    return http.newCall(request.build()).execute();
  }

  @Test
  void aBinaryAnswerIsTheExamplePreferNamesDecodedAndSaysSo() throws Exception {
    prism.enqueue(new MockResponse().setBody("whatever Prism makes of it"));
    prism.enqueue(new MockResponse().setBody("whatever Prism makes of it"));
    try (Response first = post("/v1/tts", null, RequestBody.create("{\"text\":\"x\"}", MediaType.get("application/json")))) {
      assertEquals("first", first.header(ExampleServer.SERVED_BY));
      assertEquals("audio/wav", first.header("Content-Type"));
      assertArrayEquals(ByteString.decodeBase64("UklGRgAAAABXQVZF").toByteArray(), first.body().bytes());
    }
    try (Response second = post("/v1/tts", "code=200, example=second", RequestBody.create("{\"text\":\"x\"}", MediaType.get("application/json")))) {
      assertEquals("second", second.header(ExampleServer.SERVED_BY));
      assertEquals("audio/mpeg", second.header("Content-Type"));
      assertArrayEquals(ByteString.decodeBase64("SUQzBAA=").toByteArray(), second.body().bytes());
    }
    assertEquals("code=200, example=second", skip(1).getHeader("Prefer"));
  }

  @Test
  void eventsAreEveryExampleInOrderOnceTheStreamPrismCannotWriteWasJudged() throws Exception {
    prism.enqueue(new MockResponse().setResponseCode(500).setBody("{\"type\":\"https://stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT\"}"));
    try (Response events = post("/v1/events", null, RequestBody.create("{}", MediaType.get("application/json")))) {
      assertEquals(200, events.code());
      assertEquals("one,two", events.header(ExampleServer.SERVED_BY));
      assertEquals("data: {\"n\":1}\n\ndata: {\"n\":2,\"s\":\"a, b\"}\n\n", events.body().string());
    }
  }

  @Test
  void aRefusalOrAnErrorIsPrismsAnswerAsItCame() throws Exception {
    prism.enqueue(new MockResponse().setResponseCode(422).setHeader("sl-violations", "[{\"location\":[\"request\"]}]")
        .setHeader("Content-Type", "application/json").setBody("{\"status\":422}"));
    try (Response refused = post("/v1/tts", null, RequestBody.create("{}", MediaType.get("application/json")))) {
      assertEquals(422, refused.code());
      assertNull(refused.header(ExampleServer.SERVED_BY));
      assertEquals("[{\"location\":[\"request\"]}]", refused.header("sl-violations"));
      assertEquals("{\"status\":422}", refused.body().string());
    }
  }

  /** Prism cannot read MessagePack: it gets the same tree as JSON to judge, each bin as base64. */
  @Test
  void aMessagePackBodyReachesPrismAsItsJsonTree() throws Exception {
    prism.enqueue(new MockResponse().setBody("ok"));
    // {"text": "hi", "n": 7, "x": 1.5, "ok": true, "none": nil, "references": [{"audio": bin 00 ff, "text": "a"}]}
    byte[] body = ByteString.decodeHex("86a474657874a26869a16e07a178cb3ff8000000000000a26f6bc3a46e6f6e65c0"
        + "aa7265666572656e6365739182a5617564696fc40200ffa474657874a161").toByteArray();
    try (Response answer = post("/v1/tts", null, RequestBody.create(body, MediaType.get("application/msgpack")))) {
      assertEquals("first", answer.header(ExampleServer.SERVED_BY));
    }
    RecordedRequest judged = skip(0);
    assertEquals("application/json", judged.getHeader("Content-Type"));
    assertEquals("{\"text\":\"hi\",\"n\":7,\"x\":1.5,\"ok\":true,\"none\":null,\"references\":[{\"audio\":\"AP8=\",\"text\":\"a\"}]}",
        judged.getBody().readUtf8());
  }

  @Test
  void bytesThatAreNotMessagePackAreForwardedAsTheyCame() {
    assertNull(ExampleServer.MessagePackAsJson.convert(new byte[] {(byte) 0xc1}));
    assertNull(ExampleServer.MessagePackAsJson.convert(new byte[] {(byte) 0xa1, 'a', 'b'}), "bytes after the value");
    assertEquals("\"a\"", ExampleServer.MessagePackAsJson.convert(new byte[] {(byte) 0xa1, 'a'}));
  }

  /** The request Prism received after {@code skipped} earlier ones. */
  private RecordedRequest skip(int skipped) throws InterruptedException {
    for (int i = 0; i < skipped; i++) {
      prism.takeRequest(5, TimeUnit.SECONDS);
    }
    return prism.takeRequest(5, TimeUnit.SECONDS);
  }
}
