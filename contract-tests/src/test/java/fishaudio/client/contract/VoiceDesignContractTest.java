package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.generated.VoiceDesignRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Voice design through the public client, against Prism's mock of the spec. */
@PrismContract
class VoiceDesignContractTest {
  private static final String OPERATION = "designVoice";

  private final Prism prism;
  private final Wire wire = new Wire();

  VoiceDesignContractTest(Prism prism) {
    this.prism = prism;
  }

  static VoiceDesignRequest request() {
    return VoiceDesignRequest.builder().instruction("Warm, confident studio narrator").n(2).build();
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

  /** Every status the spec declares, in every media type, comes back as the documented result or exception. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (declared.code() < 300) {
      VoiceDesignResponse result = client.voiceDesign().designVoice(request());
      assertFalse(result.candidates().isEmpty(), "no candidates");
      for (VoiceDesignCandidate c : result.candidates()) {
        Wav wav = Wav.parse(c.audio().toByteArray());
        assertEquals(c.sampleRate(), wav.sampleRate, "sample_rate vs the WAV header");
      }
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceDesign().designVoice(request()));
      assertSame(Clients.exceptionFor(declared.code()), e.getClass(), e.toString());
      assertEquals(declared.code(), e.status());
      assertNotNull(e.serverMessage());
      assertFalse(e.serverMessage().isEmpty());
      assertTrue(e.getMessage().contains("HTTP " + declared.code()), e.getMessage());
    }
    assertEquals(1, wire.requestCount(), "one exchange with retries off");
    assertEquals(declared.code(), wire.last().status);
    assertTrue(wire.last().responseContentType.startsWith(declared.mediaType), wire.last().toString());
    wire.assertNoViolations();
  }

  /**
   * Every named response example: Prism serves it without {@code sl-violations} (the spec agrees
   * with itself), and the public client turns it into exactly the values the example holds.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void everyNamedResponseExample(Spec.ResponseExample example) {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (example.code() < 300) {
      VoiceDesignResponse result = client.voiceDesign().designVoice(request());
      assertCandidatesMatch(example, result);
      result.validate();
      result.candidates().forEach(VoiceDesignCandidate::validate);
      ExampleAssertions.assertJsonEquals(example.value,
          ExampleAssertions.toJsonValue(result, VoiceDesignResponse.class), "VoiceDesignResponse round trip of " + example);
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceDesign().designVoice(request()));
      ExampleAssertions.assertErrorMatches(example, e);
    }
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  static void assertCandidatesMatch(Spec.ResponseExample example, VoiceDesignResponse result) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> expected = (List<Map<String, Object>>) example.object().get("candidates");
    assertEquals(expected.size(), result.candidates().size(), "candidates");
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> want = expected.get(i);
      VoiceDesignCandidate got = result.candidates().get(i);
      assertEquals(want.get("id"), got.id());
      assertEquals(want.get("index"), got.index());
      assertEquals(want.get("sample_rate"), got.sampleRate());
      assertEquals(want.get("duration_ms"), got.durationMs());
      assertEquals(want.get("text"), got.text());
      assertEquals(want.get("instruct"), got.instruct());
      assertEquals(want.get("language"), got.language());
      assertArrayEquals(Base64.getDecoder().decode((String) want.get("audio_base64")), got.audio().toByteArray(), "decoded audio");
      Wav wav = Wav.parse(got.audio().toByteArray());
      assertEquals(got.sampleRate(), wav.sampleRate, "sample_rate vs the WAV header of candidate " + got.index());
      assertEquals((long) got.durationMs(), wav.durationMs(), "duration_ms vs the WAV data of candidate " + got.index());
    }
  }

  /**
   * Each request example of the spec reads into the generated model without losing a field (so the
   * model knows every field the spec shows), and the public client sends it without a violation.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void everyNamedRequestExample(Spec.RequestExample example) throws Exception {
    VoiceDesignRequest request = ExampleAssertions.roundTrip(example, VoiceDesignRequest.class);
    wire.prefer("code=200");
    VoiceDesignResponse result = Clients.fishAudio(prism, wire).voiceDesign().designVoice(request);
    assertFalse(result.candidates().isEmpty());
    ExampleAssertions.assertJsonEquals(example.value, wire.last().requestBytes(), "the body sent for " + example);
    wire.assertNoViolations();
  }

  /** Every request field set at once, each at a value the spec allows: Prism must accept all of them by name. */
  @Test
  void everyRequestFieldByName() {
    VoiceDesignRequest request = VoiceDesignRequest.builder()
        .instruction("Calm, low voice of an old lighthouse keeper")
        .referenceText("Welcome to Fish Audio.")
        .language("en")
        .n(4)
        .speed(1.5)
        .numStep(64)
        .guidanceScale(2.5)
        .instructGuidanceScale(0.5)
        .seed(42)
        .build();
    Clients.fishAudio(prism, wire).voiceDesign().designVoice(request);
    String sent = new String(wire.last().requestBytes(), StandardCharsets.UTF_8);
    for (String field : new String[] {"instruction", "reference_text", "language", "n", "speed", "num_step",
        "guidance_scale", "instruct_guidance_scale", "seed"}) {
      assertTrue(sent.contains("\"" + field + "\":"), field + " missing from " + sent);
    }
    assertEquals("voice-design-1", wire.last().requestHeaders.get("model"));
    assertEquals("Bearer " + Wire.API_KEY, wire.last().requestHeaders.get("Authorization"));
    assertTrue(wire.last().requestContentType.toString().startsWith("application/json"));
    wire.assertNoViolations();
  }

  /** The bounds at their limits, counted the way both sides count (code points): accepted by both. */
  @Test
  void boundsAtTheirLimits() {
    StringBuilder longest = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      longest.appendCodePoint(0x1F399); // a studio microphone: two UTF-16 units, one character
    }
    VoiceDesignRequest request = VoiceDesignRequest.builder()
        .instruction(longest.toString())
        .referenceText(longest.substring(0, 600)) // 300 characters
        .n(1).speed(3.0).numStep(128).guidanceScale(0.0).instructGuidanceScale(0.0)
        .build();
    Clients.fishAudio(prism, wire).voiceDesign().designVoice(request);
    VoiceDesignRequest low = request.toBuilder().instruction("x").n(4).numStep(1).build();
    Clients.fishAudio(prism, wire).voiceDesign().designVoice(low);
    assertEquals(2, wire.requestCount());
    wire.assertNoViolations();
  }

  /** 429 is retried (Retry-After honoured), then surfaces as RateLimitException with its Retry-After. */
  @Test
  void rateLimitIsRetriedThenTyped() {
    wire.prefer("code=429");
    FishAudio client = Clients.fishAudio(prism, wire, 2);
    RateLimitException e = assertThrows(RateLimitException.class, () -> client.voiceDesign().designVoice(request()));
    assertEquals(429, e.status());
    assertEquals(Duration.ZERO, e.retryAfter(), "Prism serves Retry-After: 0");
    assertEquals(3, wire.requestCount(), "one attempt and two retries");
    wire.assertNoViolations();
  }

  /** A 500 may have been processed (and billed): never sent again. */
  @Test
  void serverErrorIsNotRetried() {
    wire.prefer("code=500");
    FishAudio client = Clients.fishAudio(prism, wire, 2);
    ServerException e = assertThrows(ServerException.class, () -> client.voiceDesign().designVoice(request()));
    assertEquals(500, e.status());
    assertEquals(1, wire.requestCount());
    wire.assertNoViolations();
  }

  /** The async form gives the same typed result, and saves a candidate as the same WAV bytes. */
  @Test
  void asyncAndSave(@TempDir Path dir) throws Exception {
    Spec.ResponseExample example = Spec.get().responseExamples(OPERATION).stream()
        .filter(e -> e.code() == 200).findFirst().orElseThrow(AssertionError::new);
    wire.prefer(example.prefer());
    VoiceDesignResponse result = Clients.fishAudio(prism, wire).voiceDesign().designVoiceAsync(request()).get(30, TimeUnit.SECONDS);
    assertCandidatesMatch(example, result);
    for (VoiceDesignCandidate c : result.candidates()) {
      Path saved = c.save(dir.resolve("candidate-" + c.index() + ".wav"));
      assertArrayEquals(c.audio().toByteArray(), Files.readAllBytes(saved));
    }
    wire.assertNoViolations();
  }
}
