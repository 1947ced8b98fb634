package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.UnprocessableRequestException;
import fishaudio.client.generated.ProsodyControl;
import fishaudio.client.generated.ReferenceAudio;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.generated.TtsRequestLatency;
import fishaudio.client.generated.TtsRequestMp3Bitrate;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.RawResponse;
import fishaudio.client.testing.ExampleServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/**
 * Text to speech through the public client. Prism judges every request (the {@code model} header
 * and the body) and gives every error answer; the audio, which Prism cannot stream, is the spec's
 * example, sent in chunks by the {@link ExampleServer} once Prism has taken the request.
 *
 * <p>A body with reference audio goes as MessagePack, which Prism cannot read: the example server
 * hands Prism the same tree as JSON, so field names, types, enums and bounds are still judged, and
 * the MessagePack itself is checked here at the wire, field by field and byte for byte.
 */
@PrismContract
class SpeechContractTest {
  private static final String OPERATION = "textToSpeech";

  private final Prism prism;
  private final ExampleServer examples;
  private final Wire wire = new Wire();

  SpeechContractTest(Prism prism, ExampleServer examples) {
    this.prism = prism;
    this.examples = examples;
  }

  static TtsRequest request() {
    return TtsRequest.builder().text("Hello from Fish Audio.").referenceId("7f92f8afb8ec43bf81429cc1c9199cb1")
        .format(TtsRequestFormat.MP3).build();
  }

  /** The audio of textToSpeech's first success example (base64 in the spec, {@code x-example-encoding}). */
  static byte[] exampleAudio() {
    Spec.ResponseExample example = Spec.get().responseExamples(OPERATION).stream().filter(e -> e.code() < 300)
        .findFirst().orElseThrow(() -> new AssertionError("the spec has no success example of " + OPERATION));
    return Base64.getMimeDecoder().decode(String.valueOf(example.value));
  }

  static Stream<Spec.DeclaredResponse> declaredResponses() {
    return Spec.get().declaredResponses(OPERATION).stream();
  }

  static Stream<Spec.ResponseExample> responseExamples() {
    return Spec.get().responseExamples(OPERATION).stream();
  }

  static Stream<Spec.RequestExample> requestExamples() {
    return Spec.get().requestExamples(OPERATION).stream();
  }

  static byte[] readAll(BinaryResponse audio) throws IOException {
    try (InputStream in = audio.inputStream()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      for (int n; (n = in.read(chunk)) != -1; ) {
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** Every declared status and media type: the audio (the example's bytes), or the typed exception. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) throws IOException {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(examples, wire);
    if (declared.code() < 300) {
      try (BinaryResponse audio = client.speech().textToSpeech(request())) {
        assertEquals(declared.code(), audio.statusCode());
        assertTrue(KnownFields.mediaTypeMatches(declared.mediaType, audio.contentType()), audio.contentType());
        assertArrayEquals(exampleAudio(), readAll(audio), "the audio");
      }
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.speech().textToSpeech(request()));
      ExampleAssertions.assertTypedError(declared, e);
    }
    assertEquals(1, wire.requestCount(), "one exchange with retries off");
    assertEquals(declared.code(), wire.last().status);
    assertTrue(KnownFields.mediaTypeMatches(declared.mediaType, wire.last().responseContentType), wire.last().toString());
    wire.assertNoViolations();
  }

  /** Every named example: the audio is the example's bytes exactly; an error, the example's status, message and reason. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void everyNamedResponseExample(Spec.ResponseExample example) throws IOException {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudio client = Clients.fishAudio(examples, wire);
    if (example.code() < 300) {
      try (BinaryResponse audio = client.speech().textToSpeech(request())) {
        assertArrayEquals(Base64.getMimeDecoder().decode(String.valueOf(example.value)), readAll(audio), "the audio of " + example);
      }
      assertEquals(Exercised.EXAMPLE_SERVER, wire.last().servedBy, wire.last().toString());
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.speech().textToSpeech(request()));
      ExampleAssertions.assertErrorMatches(example, e);
    }
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  /**
   * Each request example reads into the generated model without losing a field and goes out as the
   * example. One with no bytes goes as JSON even where the spec lists it under MessagePack: the
   * client sends MessagePack only for a body that carries bytes.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void everyNamedRequestExample(Spec.RequestExample example) throws Exception {
    TtsRequest request = ExampleAssertions.roundTrip(example, TtsRequest.class);
    wire.prefer("code=200");
    try (BinaryResponse audio = Clients.fishAudio(examples, wire).speech().textToSpeech(request)) {
      assertArrayEquals(exampleAudio(), readAll(audio));
    }
    assertEquals("application/json", KnownFields.baseType(wire.last().requestContentType.toString()));
    ExampleAssertions.assertJsonEquals(example.value, wire.last().requestBytes(), "the body sent for " + example);
    wire.assertNoViolations();
  }

  /** A request that sets every field the spec has; the model header; all judged by Prism. */
  static TtsRequest everyField(List<ReferenceAudio> references) {
    return TtsRequest.builder()
        .text("Grüße aus Köln — hello from Fish Audio.")
        .referenceId(Arrays.asList("7f92f8afb8ec43bf81429cc1c9199cb1", "1a2b3c4d5e6f47788990aabbccddeeff"))
        .references(references)
        .format(TtsRequestFormat.WAV)
        .sampleRate(22050)
        .mp3Bitrate(TtsRequestMp3Bitrate.NUMBER_192)
        .latency(TtsRequestLatency.BALANCED)
        .chunkLength(150)
        .normalize(false)
        .prosody(ProsodyControl.builder().speed(1.25).volume(-2.5).normalizeLoudness(true).build())
        .temperature(0.35)
        .topP(0.85)
        .maxNewTokens(512)
        .repetitionPenalty(1.3)
        .minChunkLength(25)
        .conditionOnPreviousChunks(false)
        .earlyStopThreshold(0.75)
        .features(Collections.singletonList("quality-guard"))
        .build();
  }

  /** The same request as the MessagePack tree it must become: {@code references[].audio} as bin. */
  static Map<String, Object> everyFieldOnTheWire(List<byte[]> audio) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("text", "Grüße aus Köln — hello from Fish Audio.");
    tree.put("reference_id", Arrays.asList("7f92f8afb8ec43bf81429cc1c9199cb1", "1a2b3c4d5e6f47788990aabbccddeeff"));
    List<Object> references = new ArrayList<>();
    for (int i = 0; i < audio.size(); i++) {
      Map<String, Object> reference = new LinkedHashMap<>();
      reference.put("audio", ByteString.of(audio.get(i)));
      reference.put("text", "Sample " + i + ", said exactly.");
      references.add(reference);
    }
    tree.put("references", references);
    tree.put("format", "wav");
    tree.put("sample_rate", 22050L);
    tree.put("mp3_bitrate", 192L);
    tree.put("latency", "balanced");
    tree.put("chunk_length", 150L);
    tree.put("normalize", false);
    Map<String, Object> prosody = new LinkedHashMap<>();
    prosody.put("speed", 1.25);
    prosody.put("volume", -2.5);
    prosody.put("normalize_loudness", true);
    tree.put("prosody", prosody);
    tree.put("temperature", 0.35);
    tree.put("top_p", 0.85);
    tree.put("max_new_tokens", 512L);
    tree.put("repetition_penalty", 1.3);
    tree.put("min_chunk_length", 25L);
    tree.put("condition_on_previous_chunks", false);
    tree.put("early_stop_threshold", 0.75);
    tree.put("features", Collections.singletonList("quality-guard"));
    return tree;
  }

  /** Two reference samples, with bytes that break text handling: NUL, 0xFF, CRLF, a lone UTF-8 lead byte. */
  static List<byte[]> referenceAudio() {
    List<byte[]> audio = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      byte[] payload = new byte[2000 + 700 * i];
      for (int j = 0; j < payload.length; j++) {
        payload[j] = (byte) (j * 31 + i);
      }
      byte[] tricky = {0, (byte) 0xff, '\r', '\n', (byte) 0xc3, 0, '"', '\\'};
      System.arraycopy(tricky, 0, payload, 10, tricky.length);
      audio.add(Wav.build(22050, payload));
    }
    return audio;
  }

  static List<ReferenceAudio> references(List<byte[]> audio) {
    List<ReferenceAudio> out = new ArrayList<>();
    for (int i = 0; i < audio.size(); i++) {
      out.add(ReferenceAudio.builder().audio(ByteString.of(audio.get(i))).text("Sample " + i + ", said exactly.").build());
    }
    return out;
  }

  /**
   * Reference audio makes the body MessagePack. Prism judges it (as the same tree in JSON, through
   * the example server); this test decodes the bytes the client sent with msgpack-core and compares
   * every field, wire type included: the audio as {@code bin}, byte for byte.
   */
  @Test
  void referenceAudioGoesAsMessagePackFieldByField() throws IOException {
    List<byte[]> audio = referenceAudio();
    wire.prefer("code=200");
    try (BinaryResponse answer = Clients.fishAudio(examples, wire).speech().textToSpeech(TtsModel.S2_1_PRO, everyField(references(audio)))) {
      assertArrayEquals(exampleAudio(), readAll(answer));
    }
    Wire.Exchange sent = wire.last();
    assertEquals("application/msgpack", KnownFields.baseType(sent.requestContentType.toString()));
    assertEquals("s2.1-pro", sent.requestHeaders.get("model"));
    MessagePackAtTheWire.assertSameTree(everyFieldOnTheWire(audio), MessagePackAtTheWire.decode(sent.requestBytes()), "$");
    wire.assertNoViolations();
  }

  /** The same fields without reference audio go as JSON, every one by name, and Prism accepts them. */
  @Test
  void everyFieldWithoutReferenceAudioGoesAsJson() throws IOException {
    wire.prefer("code=200");
    Clients.fishAudio(examples, wire).speech().textToSpeech(everyField(null)).close();
    Wire.Exchange sent = wire.last();
    assertEquals("application/json", KnownFields.baseType(sent.requestContentType.toString()));
    Map<String, Object> expected = everyFieldOnTheWire(Collections.emptyList());
    expected.remove("references");
    ExampleAssertions.assertJsonEquals(expected, sent.requestBytes(), "the JSON body");
    wire.assertNoViolations();
  }

  /** Prism's judgement of a MessagePack body is live: one that breaks the spec comes back 422, naming the fields. */
  @Test
  void aMessagePackBodyThatBreaksTheSpecIsRefusedByPrism() throws IOException {
    // {"format": "flac"}, written by hand: no text, an unknown format; the client would refuse to send it.
    byte[] body = ByteString.decodeHex("81a6666f726d6174a4666c6163").toByteArray();
    wire.prefer("code=200");
    Response<ResponseBody> response = Clients.fishAudio(examples, wire).speech().api()
        .textToSpeech(null, RequestBody.create(body, MediaType.get("application/msgpack"))).execute();
    assertEquals(422, response.code(), wire.last().toString());
    String said = String.valueOf(wire.last().slViolations);
    assertTrue(said.contains("text") && said.contains("format"), said);
  }

  /** Every model the spec lists goes in the {@code model} header, and Prism accepts it. */
  @Test
  void everyModelTheSpecListsIsAccepted() throws IOException {
    wire.prefer("code=200");
    FishAudio client = Clients.fishAudio(examples, wire);
    for (TtsModel model : TtsModel.values()) {
      client.speech().textToSpeech(model, request()).close();
      assertEquals(model.value(), wire.last().requestHeaders.get("model"));
    }
    assertEquals(TtsModel.values().size(), wire.requestCount());
    wire.assertNoViolations();
  }

  /**
   * A model the spec does not list (a retired one) is refused by the client before sending, and by
   * Prism when sent anyway; with the check off ({@code checkHeaderValues(false)}), the client sends
   * it and Prism's 422 becomes the typed exception.
   */
  @Test
  void aModelTheSpecDoesNotListIsRefusedByTheClientAndByPrism() throws IOException {
    TtsModel retired = TtsModel.of("speech-1.5");
    Wire refused = new Wire();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Clients.fishAudio(examples, refused).speech().textToSpeech(retired, request()));
    assertEquals("model", e.field(), e.getMessage());
    assertEquals(0, refused.requestCount());

    Response<ResponseBody> raw = Clients.fishAudio(examples, wire).speech().api()
        .textToSpeech(retired, RequestBody.create("{\"text\":\"Hello\"}", MediaType.get("application/json"))).execute();
    assertEquals(422, raw.code(), wire.last().toString());
    assertTrue(wire.last().violations.stream().anyMatch(v -> v.location.contains("model")), wire.last().toString());

    Wire unchecked = new Wire();
    FishAudio lenient = FishAudio.builder().apiKey(Wire.API_KEY).baseUrl(examples.url().toString()).allowInsecureHttp(true)
        .okHttpClient(unchecked.okHttp()).maxRetries(0).checkHeaderValues(false).build();
    UnprocessableRequestException sent = assertThrows(UnprocessableRequestException.class,
        () -> lenient.speech().textToSpeech(retired, request()));
    assertEquals(422, sent.status());
    assertEquals("speech-1.5", unchecked.last().requestHeaders.get("model"));
  }

  /**
   * Prism 5.14.2 matches {@code Accept} before {@code Prefer}: asked for a status whose only media
   * type is JSON with the client's {@code Accept: audio/*}, it ignores the status and serves audio.
   * The live service answers errors in JSON whatever was accepted, so these tests accept JSON.
   */
  static final String ERRORS_ACCEPTED = "application/json";

  /** A 429 was not processed: retried (Retry-After honoured), then typed. */
  @Test
  void rateLimitIsRetriedThenTyped() {
    wire.prefer("code=429").accept(ERRORS_ACCEPTED);
    FishAudio client = Clients.fishAudio(examples, wire, 2);
    RateLimitException e = assertThrows(RateLimitException.class, () -> client.speech().textToSpeech(request()));
    assertEquals(429, e.status());
    assertEquals(3, wire.requestCount(), "one attempt and two retries");
    wire.assertNoViolations();
  }

  /** Speech is billed: a 500 may have been processed, so it is never sent again. */
  @Test
  void serverErrorIsNotRetried() {
    wire.prefer("code=500").accept(ERRORS_ACCEPTED);
    FishAudio client = Clients.fishAudio(examples, wire, 2);
    ServerException e = assertThrows(ServerException.class, () -> client.speech().textToSpeech(request()));
    assertEquals(500, e.status());
    assertEquals(1, wire.requestCount());
    wire.assertNoViolations();
  }

  /** The async form, saved atomically to a file, with progress heard up to the whole byte count. */
  @Test
  void asyncSavedToAFile(@TempDir Path dir) throws Exception {
    wire.prefer("code=200");
    List<Long> progress = Collections.synchronizedList(new ArrayList<>());
    Path target = dir.resolve("speech.mp3");
    long saved;
    try (BinaryResponse audio = Clients.fishAudio(examples, wire).speech().textToSpeechAsync(request()).get(30, TimeUnit.SECONDS)) {
      assertEquals("audio/mpeg", KnownFields.baseType(audio.contentType()));
      saved = audio.saveTo(target, (received, total) -> progress.add(received));
    }
    byte[] expected = exampleAudio();
    assertEquals(expected.length, saved);
    assertArrayEquals(expected, Files.readAllBytes(target));
    assertFalse(progress.isEmpty());
    assertEquals(expected.length, (long) progress.get(progress.size() - 1));
    wire.assertNoViolations();
  }

  /** With the raw response: the status and the headers, and the same audio. */
  @Test
  void withRawResponse() throws IOException {
    wire.prefer("code=200");
    RawResponse<BinaryResponse> raw = Clients.fishAudio(examples, wire).speech().withRawResponse().textToSpeech(request());
    try (BinaryResponse audio = raw.value()) {
      assertEquals(200, raw.statusCode());
      assertTrue(raw.header("Content-Type").startsWith("audio/"), raw.header("Content-Type"));
      assertEquals(new String(exampleAudio(), StandardCharsets.ISO_8859_1), new String(readAll(audio), StandardCharsets.ISO_8859_1));
    }
    wire.assertNoViolations();
  }
}
