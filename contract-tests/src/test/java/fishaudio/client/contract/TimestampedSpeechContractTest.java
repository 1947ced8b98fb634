package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.generated.TimedText;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.generated.TtsTimestampEvent;
import fishaudio.client.helpers.TimedSpeech;
import fishaudio.client.http.EventStream;
import fishaudio.client.testing.ExampleServer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text to speech with timestamps through the public client. Prism judges every request and gives
 * every error answer; it cannot write an event stream (it answers "Cannot serialise complex objects
 * as text" once it has judged the request), so the {@link ExampleServer} sends the spec's named
 * event examples, in order, as the one stream they describe. The events decode to exactly the
 * examples, and {@link TimedSpeech} assembles them into the examples' audio and timing.
 */
@PrismContract
class TimestampedSpeechContractTest {
  private static final String OPERATION = "textToSpeechWithTimestamps";
  private static final double EXACT = 1e-9;

  private final ExampleServer examples;
  private final Wire wire = new Wire();

  TimestampedSpeechContractTest(ExampleServer examples) {
    this.examples = examples;
  }

  static TtsRequest request() {
    return TtsRequest.builder().text("Hello from Fish Audio.").format(TtsRequestFormat.WAV).build();
  }

  static Stream<Spec.DeclaredResponse> declaredResponses() {
    return Spec.get().declaredResponses(OPERATION).stream();
  }

  static Stream<Spec.ResponseExample> errorExamples() {
    return Spec.get().responseExamples(OPERATION).stream().filter(e -> e.code() >= 300);
  }

  static Stream<Spec.RequestExample> requestExamples() {
    return Spec.get().requestExamples(OPERATION).stream();
  }

  /** The success examples: the events of one stream, in order. */
  static List<Map<String, Object>> exampleEvents() {
    return Spec.get().responseExamples(OPERATION).stream().filter(e -> e.code() < 300)
        .map(Spec.ResponseExample::object).collect(Collectors.toList());
  }

  private List<TtsTimestampEvent> speak(FishAudio client, TtsRequest request) {
    try (EventStream<TtsTimestampEvent> events = client.speech().textToSpeechWithTimestamps(request)) {
      return events.stream().collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(examples, wire);
    if (declared.code() < 300) {
      assertEventsAreTheExamples(speak(client, request()));
      assertEquals(Exercised.EXAMPLE_SERVER, wire.last().servedBy);
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> speak(client, request()));
      ExampleAssertions.assertTypedError(declared, e);
    }
    assertEquals(1, wire.requestCount());
    assertEquals(declared.code(), wire.last().status);
    assertTrue(KnownFields.mediaTypeMatches(declared.mediaType, wire.last().responseContentType), wire.last().toString());
    wire.assertNoViolations();
  }

  /** Every named error example: the example's status, message and reason, from Prism. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("errorExamples")
  void everyNamedErrorExample(Spec.ResponseExample example) {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> speak(Clients.fishAudio(examples, wire), request()));
    ExampleAssertions.assertErrorMatches(example, e);
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  /** Each event, field by field, is the example at its place in the stream. */
  static void assertEventsAreTheExamples(List<TtsTimestampEvent> events) {
    List<Map<String, Object>> expected = exampleEvents();
    assertEquals(expected.size(), events.size(), "events");
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> want = expected.get(i);
      TtsTimestampEvent got = events.get(i);
      String at = "event " + i;
      assertArrayEquals(Base64.getDecoder().decode((String) want.get("audio_base64")), got.audio().toByteArray(), at + " audio");
      assertEquals(want.get("content"), got.content(), at + " content");
      assertEquals(((Number) want.get("chunk_seq")).intValue(), got.chunkSeq().intValue(), at + " chunk_seq");
      assertEquals(((Number) want.get("chunk_audio_offset_sec")).doubleValue(), got.chunkAudioOffsetSec(), EXACT, at + " offset");
      @SuppressWarnings("unchecked")
      Map<String, Object> alignment = (Map<String, Object>) want.get("alignment");
      if (alignment == null) {
        assertNull(got.alignment(), at + " alignment");
        continue;
      }
      assertEquals(((Number) alignment.get("audio_duration")).doubleValue(), got.alignment().audioDuration(), EXACT, at + " audio_duration");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> segments = (List<Map<String, Object>>) alignment.get("segments");
      assertEquals(segments.size(), got.alignment().segments().size(), at + " segments");
      for (int j = 0; j < segments.size(); j++) {
        TimedText segment = got.alignment().segments().get(j);
        assertEquals(segments.get(j).get("text"), segment.text(), at + " segment " + j);
        assertEquals(((Number) segments.get(j).get("start")).doubleValue(), segment.start(), EXACT, at + " segment " + j + " start");
        assertEquals(((Number) segments.get(j).get("end")).doubleValue(), segment.end(), EXACT, at + " segment " + j + " end");
      }
    }
  }

  /**
   * The whole speech, computed here from the examples alone: the audio is every chunk in order
   * (a whole WAV file, 1.58 s); the timing is, per {@code chunk_seq}, the last alignment that came
   * (it replaces the one before), its segments moved by the chunk's offset.
   */
  @Test
  void timedSpeechIsTheExamplesAudioAndTiming() throws Exception {
    wire.prefer("code=200");
    TimedSpeech speech;
    try (EventStream<TtsTimestampEvent> events = Clients.fishAudio(examples, wire).speech().textToSpeechWithTimestamps(request())) {
      speech = TimedSpeech.collect(events);
    }
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    Map<Integer, Map<String, Object>> latest = new TreeMap<>();
    for (Map<String, Object> event : exampleEvents()) {
      audio.write(Base64.getDecoder().decode((String) event.get("audio_base64")));
      if (event.get("alignment") != null) {
        latest.put(((Number) event.get("chunk_seq")).intValue(), event);
      }
    }
    assertEquals(exampleEvents().size(), speech.events());
    assertArrayEquals(audio.toByteArray(), speech.audio().toByteArray(), "the audio is the chunks in order");
    Wav wav = Wav.parse(speech.audio().toByteArray());
    assertEquals(1580, wav.durationMs(), "the examples' audio is one WAV of 1.58 s");

    List<String> expected = new ArrayList<>();
    for (Map<String, Object> event : latest.values()) {
      double offset = ((Number) event.get("chunk_audio_offset_sec")).doubleValue();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> segments = (List<Map<String, Object>>) ((Map<String, Object>) event.get("alignment")).get("segments");
      for (Map<String, Object> s : segments) {
        expected.add(String.format("%s %.3f-%.3f", s.get("text"), offset + ((Number) s.get("start")).doubleValue(),
            offset + ((Number) s.get("end")).doubleValue()));
      }
    }
    List<String> got = speech.segments().stream().map(s -> String.format("%s %.3f-%.3f", s.text(), s.start(), s.end()))
        .collect(Collectors.toList());
    assertEquals(expected, got, "the final alignment, offsets applied");
    String vtt = speech.webVtt();
    assertTrue(vtt.startsWith("WEBVTT\n"), vtt);
    assertEquals(expected.size(), vtt.split("-->", -1).length - 1, vtt);
    wire.assertNoViolations();
  }

  /** Saved to a file as the events arrive: the file is the examples' audio, and the captions follow. */
  @Test
  void savedToAFileWithCaptions(@TempDir Path dir) throws Exception {
    wire.prefer("code=200");
    Path audio = dir.resolve("speech.wav");
    TimedSpeech speech;
    try (EventStream<TtsTimestampEvent> events = Clients.fishAudio(examples, wire).speech().textToSpeechWithTimestamps(request())) {
      speech = TimedSpeech.save(events, audio);
    }
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (Map<String, Object> event : exampleEvents()) {
      expected.write(Base64.getDecoder().decode((String) event.get("audio_base64")));
    }
    assertArrayEquals(expected.toByteArray(), Files.readAllBytes(audio));
    assertEquals(expected.size(), speech.audioBytes());
    Path vtt = speech.saveWebVtt(dir.resolve("speech.vtt"));
    assertEquals(speech.webVtt(), new String(Files.readAllBytes(vtt), java.nio.charset.StandardCharsets.UTF_8));
    wire.assertNoViolations();
  }

  /** The async form with a listener hears the same events, in order, and completes when the stream ends. */
  @Test
  void asyncListenerHearsEveryEvent() throws Exception {
    wire.prefer("code=200");
    List<TtsTimestampEvent> heard = Collections.synchronizedList(new ArrayList<>());
    Clients.fishAudio(examples, wire).speech().textToSpeechWithTimestampsAsync(TtsModel.S1, request(), heard::add)
        .get(30, TimeUnit.SECONDS);
    assertEventsAreTheExamples(heard);
    assertEquals("s1", wire.last().requestHeaders.get("model"));
    wire.assertNoViolations();
  }

  /** Reference audio: MessagePack at the wire, field by field, judged by Prism as its JSON tree; the same events back. */
  @Test
  void referenceAudioGoesAsMessagePackFieldByField() {
    List<byte[]> audio = SpeechContractTest.referenceAudio();
    wire.prefer("code=200");
    assertEventsAreTheExamples(speak(Clients.fishAudio(examples, wire), SpeechContractTest.everyField(SpeechContractTest.references(audio))));
    Wire.Exchange sent = wire.last();
    assertEquals("application/msgpack", KnownFields.baseType(sent.requestContentType.toString()));
    MessagePackAtTheWire.assertSameTree(SpeechContractTest.everyFieldOnTheWire(audio), MessagePackAtTheWire.decode(sent.requestBytes()), "$");
    wire.assertNoViolations();
  }

  /** Each request example reads into the model without losing a field and goes out as the example (JSON: it carries no bytes). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void everyNamedRequestExample(Spec.RequestExample example) throws Exception {
    TtsRequest request = ExampleAssertions.roundTrip(example, TtsRequest.class);
    wire.prefer("code=200");
    assertEventsAreTheExamples(speak(Clients.fishAudio(examples, wire), request));
    ExampleAssertions.assertJsonEquals(example.value, wire.last().requestBytes(), "the body sent for " + example);
    wire.assertNoViolations();
  }

  /** A 429 was not processed: retried, then typed. (JSON accepted: see {@link SpeechContractTest#ERRORS_ACCEPTED}.) */
  @Test
  void rateLimitIsRetriedThenTyped() {
    wire.prefer("code=429").accept(SpeechContractTest.ERRORS_ACCEPTED);
    RateLimitException e = assertThrows(RateLimitException.class, () -> speak(Clients.fishAudio(examples, wire, 1), request()));
    assertEquals(429, e.status());
    assertEquals(2, wire.requestCount());
    wire.assertNoViolations();
  }

  /** Billed: a 500 is never sent again. */
  @Test
  void serverErrorIsNotRetried() {
    wire.prefer("code=500").accept(SpeechContractTest.ERRORS_ACCEPTED);
    ServerException e = assertThrows(ServerException.class, () -> speak(Clients.fishAudio(examples, wire, 2), request()));
    assertEquals(500, e.status());
    assertEquals(1, wire.requestCount());
    wire.assertNoViolations();
  }
}
