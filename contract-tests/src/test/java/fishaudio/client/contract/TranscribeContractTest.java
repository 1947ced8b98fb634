package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.Upload;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.generated.TimedText;
import fishaudio.client.generated.TranscribeRequest;
import fishaudio.client.generated.Transcription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speech recognition through the public client, against Prism: the multipart form judged by Prism
 * and, part by part, by {@link MultipartRules}; every declared response and example; invented
 * transcripts decoded. The audio sent is the spec's own speech example (mp3).
 */
@PrismContract
class TranscribeContractTest {
  private static final String OPERATION = "transcribe";
  static final int DYNAMIC_RUNS = 30;
  private static final double EXACT = 1e-9;

  private final Prism prism;
  private final Wire wire = new Wire();

  TranscribeContractTest(Prism prism) {
    this.prism = prism;
  }

  static TranscribeRequest request() {
    return TranscribeRequest.builder().audio(Upload.of(SpeechContractTest.exampleAudio(), "hello.mp3", "audio/mpeg"))
        .language("en").ignoreTimestamps(false).build();
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (declared.code() < 300) {
      Transcription transcript = client.speechRecognition().transcribe(request());
      transcript.validate();
      assertNotNull(transcript.text());
      assertNotNull(transcript.segments());
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.speechRecognition().transcribe(request()));
      ExampleAssertions.assertTypedError(declared, e);
    }
    assertEquals(1, wire.requestCount());
    assertEquals(declared.code(), wire.last().status);
    assertTrue(KnownFields.mediaTypeMatches(declared.mediaType, wire.last().responseContentType), wire.last().toString());
    wire.assertNoViolations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void everyNamedResponseExample(Spec.ResponseExample example) {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (example.code() < 300) {
      Transcription transcript = client.speechRecognition().transcribe(request());
      assertTranscriptMatches(example.object(), transcript);
      ExampleAssertions.assertJsonEquals(example.value, ExampleAssertions.toJsonValue(transcript, Transcription.class),
          "Transcription round trip of " + example);
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.speechRecognition().transcribe(request()));
      ExampleAssertions.assertErrorMatches(example, e);
    }
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  @SuppressWarnings("unchecked")
  static void assertTranscriptMatches(Map<String, Object> want, Transcription got) {
    assertEquals(want.get("text"), got.text());
    assertEquals(((Number) want.get("duration")).doubleValue(), got.duration(), EXACT, "duration, in seconds");
    List<Map<String, Object>> segments = (List<Map<String, Object>>) want.get("segments");
    assertEquals(segments.size(), got.segments().size());
    for (int i = 0; i < segments.size(); i++) {
      TimedText s = got.segments().get(i);
      assertEquals(segments.get(i).get("text"), s.text());
      assertEquals(((Number) segments.get(i).get("start")).doubleValue(), s.start(), EXACT);
      assertEquals(((Number) segments.get(i).get("end")).doubleValue(), s.end(), EXACT);
    }
    assertEquals(want.get("language_code"), got.languageCode());
    assertEquals(want.get("language"), got.language());
  }

  /** Each request example, its file named as in the example, goes out as exactly its parts. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void everyNamedRequestExample(Spec.RequestExample example) {
    TranscribeRequest.Builder builder = TranscribeRequest.builder();
    for (Map.Entry<String, Object> field : example.value.entrySet()) {
      switch (field.getKey()) {
        case "audio":
          builder.audio(Upload.of(SpeechContractTest.exampleAudio(), (String) field.getValue(),
              Upload.contentTypeFor((String) field.getValue())));
          break;
        case "language":
          builder.language((String) field.getValue());
          break;
        case "ignore_timestamps":
          builder.ignoreTimestamps((Boolean) field.getValue());
          break;
        default:
          throw new AssertionError("Request example " + example.name + " has a field the client cannot send: " + field.getKey());
      }
    }
    wire.prefer("code=200");
    Clients.fishAudio(prism, wire).speechRecognition().transcribe(builder.build());
    List<MultipartParts.Part> parts = sentParts();
    assertEquals(example.value.size(), parts.size(), "one part per field of the example: " + parts);
    for (MultipartParts.Part part : parts) {
      Object want = example.value.get(part.name());
      assertEquals(String.valueOf(want), part.name().equals("audio") ? part.filename() : part.text(), part.toString());
    }
    wire.assertNoViolations();
  }

  private List<MultipartParts.Part> sentParts() {
    Wire.Exchange sent = wire.last();
    MediaType type = sent.requestContentType;
    assertEquals("multipart", type.type());
    assertEquals("form-data", type.subtype());
    List<MultipartParts.Part> parts = MultipartParts.parse(sent.requestBytes(), type.parameter("boundary"));
    MultipartRules.assertConforms(Spec.get(), Spec.get().formOperation(OPERATION), parts);
    return parts;
  }

  /** The form at the wire: the audio byte for byte with its name and type, each field a text part; progress to the end. */
  @Test
  void theFormAtTheWire() {
    wire.prefer("code=200");
    List<Long> progress = Collections.synchronizedList(new ArrayList<>());
    Clients.fishAudio(prism, wire).speechRecognition().transcribe(request(), (sent, total) -> progress.add(sent));
    List<MultipartParts.Part> parts = sentParts();
    assertEquals(3, parts.size(), parts.toString());
    MultipartParts.Part audio = parts.stream().filter(p -> p.name().equals("audio")).findFirst().orElseThrow(AssertionError::new);
    assertEquals("hello.mp3", audio.filename());
    assertEquals("audio/mpeg", audio.contentType());
    assertArrayEquals(SpeechContractTest.exampleAudio(), audio.content);
    assertEquals(Collections.singletonList("en"), texts(parts, "language"));
    assertEquals(Collections.singletonList("false"), texts(parts, "ignore_timestamps"));
    for (MultipartParts.Part p : parts) {
      if (!p.name().equals("audio")) {
        assertNull(p.filename(), p.toString());
        assertTrue(p.contentType().toLowerCase().startsWith("text/plain") && p.contentType().toLowerCase().contains("utf-8"), p.toString());
      }
    }
    assertEquals(SpeechContractTest.exampleAudio().length, (long) progress.get(progress.size() - 1));
    wire.assertNoViolations();
  }

  private static List<String> texts(List<MultipartParts.Part> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.name())).map(MultipartParts.Part::text).collect(Collectors.toList());
  }

  /** A 429 was not processed: the whole form is sent again, then the error is typed. */
  @Test
  void rateLimitIsRetriedThenTyped() {
    wire.prefer("code=429");
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> Clients.fishAudio(prism, wire, 1).speechRecognition().transcribe(request()));
    assertEquals(429, e.status());
    assertEquals(2, wire.requestCount());
    for (Wire.Exchange x : wire.exchanges()) {
      List<MultipartParts.Part> parts = MultipartParts.parse(x.requestBytes(), x.requestContentType.parameter("boundary"));
      assertArrayEquals(SpeechContractTest.exampleAudio(), parts.stream().filter(p -> p.name().equals("audio")).findFirst()
          .orElseThrow(AssertionError::new).content);
    }
    wire.assertNoViolations();
  }

  /** Billed per use: a 500 is never sent again. */
  @Test
  void serverErrorIsNotRetried() {
    wire.prefer("code=500");
    ServerException e = assertThrows(ServerException.class,
        () -> Clients.fishAudio(prism, wire, 2).speechRecognition().transcribe(request()));
    assertEquals(500, e.status());
    assertEquals(1, wire.requestCount());
    wire.assertNoViolations();
  }

  @Test
  void asyncTranscribe() throws Exception {
    Spec.ResponseExample example = Spec.get().responseExamples(OPERATION).stream().filter(e -> e.code() < 300)
        .findFirst().orElseThrow(AssertionError::new);
    wire.prefer(example.prefer());
    Transcription transcript = Clients.fishAudio(prism, wire).speechRecognition().transcribeAsync(request()).get(30, TimeUnit.SECONDS);
    assertTranscriptMatches(example.object(), transcript);
    wire.assertNoViolations();
  }

  /** Transcripts Prism invents from the schema: every one decodes and meets the spec's bounds. */
  @Test
  void dynamicResponsesAllDecode() {
    for (int i = 0; i < DYNAMIC_RUNS; i++) {
      Wire fuzz = new Wire().prefer("dynamic=true");
      try {
        Transcription transcript = Clients.fishAudio(prism, fuzz).speechRecognition().transcribe(request());
        assertNotNull(transcript.text());
        assertTrue(transcript.duration() >= 0);
        transcript.segments().forEach(s -> assertNotNull(s.text()));
        fuzz.assertNoViolations();
      } catch (RuntimeException | AssertionError e) {
        throw fuzz.explain(e);
      }
    }
  }
}
