package fishaudio.client.contract;

import fishaudio.client.generated.DesignVoiceModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.moshi.JsonDataException;
import fishaudio.client.FishAudio;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceDesignService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * Fuzzed decoding: {@value #RUNS} responses per operation that Prism invents from the schemas
 * ({@code Prefer: dynamic=true}), fetched {@value #THREADS} at a time. Random strings, numbers at
 * the edges, empty and long arrays, unknown extra properties: every one must decode, or fail with
 * the documented typed error for a reason the spec itself rules out.
 *
 * <p><b>Why voice design is judged differently.</b> Prism 5.14.2 fakes {@code audio_base64}
 * ({@code format: byte}) as arbitrary text such as {@code "tYxlR"} or {@code "Bh_sHF"}, and then
 * flags its own response with an {@code sl-violations} entry "must match format byte". Such a
 * response breaks the spec, so a client that rejected it would be right. Even valid base64 here
 * is random bytes, never the "whole WAV file (RIFF/WAVE)" the spec's description promises, a rule
 * JSON Schema cannot express. So, honestly:
 * <ul>
 *   <li>Through the generated interface and Moshi (the model layer), a response decodes unless a
 *       candidate's {@code audio_base64} is not base64 at all; then the failure is a
 *       {@code JsonDataException} naming that candidate's path, and Prism must have flagged that
 *       very candidate. A response Prism finds valid must decode. Requests continue until
 *       {@value #RUNS} responses have decoded: about 1,000 requests, since only about one response
 *       in five has base64 in every candidate (on 2026-12-02, 202 of 1,006 in one run, and fewer
 *       than 200 of 1,038 in another, which the old limit of 1,000 failed). The suite gives up at
 *       {@value #MAX_DESIGN_REQUESTS}, when fewer than one in fifteen decode.
 *   <li>Through the public client, the outcome is a result whose every candidate is a valid WAV,
 *       or a {@link MalformedResponseException} naming the candidate for one of exactly two
 *       reasons: invalid base64 that Prism flagged too, or valid base64 that is not RIFF/WAVE.
 *       A missing field, a wrong type or any other exception fails the test.
 *   <li>Either way the request side is clean, and the only response violations allowed are
 *       Prism's own {@code format: byte} ones on {@code audio_base64}.
 * </ul>
 * Create model has no such field: every fuzzed response must decode, with no violation at all.
 */
@PrismContract
class DynamicResponsesContractTest {
  static final int RUNS = 200;
  static final int THREADS = 8;
  static final int MAX_DESIGN_REQUESTS = 15 * RUNS;
  private static final Pattern BASE64_PATH = Pattern.compile("\\$\\.candidates\\[(\\d+)]\\.audio_base64");
  private static final Pattern NOT_WAV = Pattern.compile("candidates\\[\\d+]\\.audio_base64 is not a RIFF/WAVE file \\(audio/wav\\)");
  private static final Map<String, String> SUMMARY = new TreeMap<>();

  private final Prism prism;

  DynamicResponsesContractTest(Prism prism) {
    this.prism = prism;
  }

  @AfterAll
  static void logSummary() {
    SUMMARY.forEach((k, v) -> System.out.println("[contract] fuzz " + k + ": " + v));
  }

  /** One fuzzed exchange, on its own wire (already set to {@code Prefer: dynamic=true}). */
  private interface Probe<T> {
    T run(Wire wire) throws Exception;
  }

  private static <T> List<T> inParallel(Probe<T> probe) throws Exception {
    return inParallel(RUNS, probe);
  }

  private static <T> List<T> inParallel(int runs, Probe<T> probe) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        futures.add(pool.submit(() -> {
          Wire wire = new Wire().prefer("dynamic=true");
          try {
            return probe.run(wire);
          } catch (Exception | AssertionError e) {
            throw wire.explain(e);
          }
        }));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          // The first failing response fails the test with its own message.
          if (e.getCause() instanceof Error) {
            throw (Error) e.getCause();
          }
          throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The response violations Prism may raise about its own faked audio: indexes of the flagged candidates. */
  private static Set<Integer> flaggedAudio(Wire wire) {
    List<Wire.Violation> response = wire.exchanges().stream().flatMap(e -> e.violations.stream())
        .filter(v -> !v.aboutRequest()).collect(Collectors.toList());
    for (Wire.Violation v : response) {
      boolean fakedAudio = v.code.equals("format") && v.location.size() == 5
          && v.location.subList(0, 3).equals(java.util.Arrays.asList("response", "body", "candidates"))
          && v.location.get(4).equals("audio_base64");
      if (!fakedAudio) {
        fail("Prism reports a response violation other than its own faked audio_base64: " + v);
      }
    }
    return response.stream().map(v -> Integer.parseInt(v.location.get(3))).collect(Collectors.toSet());
  }

  /**
   * Batches of {@value #RUNS} until {@value #RUNS} responses decoded: Prism's faked audio makes a
   * share of them break the spec, and those must fail precisely (see the class comment).
   */
  @Test
  void voiceDesignThroughTheGeneratedModels() throws Exception {
    List<String> outcomes = new ArrayList<>();
    long decoded;
    while ((decoded = outcomes.stream().filter("decoded"::equals).count()) < RUNS) {
      assertTrue(outcomes.size() < MAX_DESIGN_REQUESTS, "fewer than " + RUNS + " of " + outcomes.size() + " responses decoded");
      outcomes.addAll(inParallel((int) Math.max(THREADS * 4, 2 * (RUNS - decoded)), this::designRaw));
    }
    summarize("designVoice (generated interface + Moshi)", outcomes);
  }

  private String designRaw(Wire wire) throws Exception {
    VoiceDesignService.Api api = wire.rawRetrofit(prism, true).create(VoiceDesignService.Api.class);
    try {
      Response<VoiceDesignResponse> response = api.designVoice(
          DesignVoiceModel.of(VoiceDesignService.Api.DESIGN_VOICE_MODEL_DEFAULT), VoiceDesignContractTest.request()).execute();
      wire.assertNoRequestViolations();
      assertEquals(200, response.code(), wire.last().toString());
      flaggedAudio(wire);
      for (VoiceDesignCandidate c : response.body().candidates()) {
        c.validate();
      }
      return "decoded";
    } catch (JsonDataException e) {
      wire.assertNoRequestViolations();
      Matcher m = BASE64_PATH.matcher(String.valueOf(e.getMessage()));
      assertTrue(e.getMessage().startsWith("Invalid base64 in 'audio_base64'") && m.find(),
          "unexpected decoding failure: " + e.getMessage() + " for " + wire.last());
      int index = Integer.parseInt(m.group(1));
      assertTrue(flaggedAudio(wire).contains(index),
          "the model layer rejected candidate " + index + " that Prism found valid: " + e.getMessage() + "\n" + wire.last());
      return "rejected invalid base64 Prism flagged";
    }
  }

  @Test
  void voiceDesignThroughThePublicClient() throws Exception {
    List<String> outcomes = inParallel(wire -> {
      FishAudio client = Clients.fishAudio(prism, wire);
      try {
        VoiceDesignResponse result = client.voiceDesign().designVoice(VoiceDesignContractTest.request());
        for (VoiceDesignCandidate c : result.candidates()) {
          Wav.parse(c.audio().toByteArray());
        }
        wire.assertNoRequestViolations();
        flaggedAudio(wire);
        return result.candidates().isEmpty() ? "decoded (no candidates)" : "decoded";
      } catch (MalformedResponseException e) {
        wire.assertNoRequestViolations();
        Set<Integer> flagged = flaggedAudio(wire);
        String message = String.valueOf(e.getMessage());
        Matcher base64 = BASE64_PATH.matcher(message);
        if (message.contains("Invalid base64 in 'audio_base64'") && base64.find()) {
          int index = Integer.parseInt(base64.group(1));
          assertTrue(flagged.contains(index), "rejected candidate " + index + " that Prism found valid: " + message);
          return "MalformedResponseException: invalid base64 (Prism flagged it too)";
        }
        assertTrue(NOT_WAV.matcher(message).find(), "a MalformedResponseException for another reason: " + message);
        return "MalformedResponseException: valid base64, not RIFF/WAVE";
      }
      // Any other exception propagates and fails the test.
    });
    summarize("designVoice (public client)", outcomes);
  }

  @Test
  void createModelThroughThePublicClient() throws Exception {
    List<String> outcomes = inParallel(wire -> {
      ModelEntity model = Clients.fishAudio(prism, wire).voiceCloning().createModel(CreateModelContractTest.request());
      wire.assertNoViolations();
      assertEquals(201, wire.last().status);
      assertNotNull(model.id());
      assertNotNull(model.type());
      assertNotNull(model.title());
      assertNotNull(model.state());
      assertNotNull(model.createdAt());
      assertNotNull(model.author());
      assertNotNull(model.author().nickname());
      return "decoded" + (model.state().isKnown() ? "" : " (unknown state kept)");
    });
    summarize("createModel (public client)", outcomes);
    assertTrue(outcomes.stream().allMatch(o -> o.startsWith("decoded")));
  }

  private static void summarize(String what, List<String> outcomes) {
    assertTrue(outcomes.size() >= RUNS);
    Map<String, Long> counts = new TreeMap<>(outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())));
    synchronized (SUMMARY) {
      SUMMARY.put(what, outcomes.size() + " responses " + counts);
    }
  }
}
