package fishaudio.client.reliability;

import static fishaudio.client.reliability.Fixtures.candidateJson;
import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.generated.UpdateModelRequest;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: what a server's answer may not make the client believe (issue 22, items 14 and 15),
 * and ids that would name another path (item 16). A body that breaks the spec's bounds, or answers
 * about another model than the one asked for, is a {@link MalformedResponseException}; an id that is
 * no single path segment is refused before sending. Each case leaves no call, connection or thread
 * behind ({@link Harness#finish()}).
 */
class ResponseTrustTest {
  private static final Tally TALLY = new Tally("response trust");
  private static final String MODEL_ID = "8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a";

  @AfterAll
  static void report() {
    TALLY.report();
  }

  @TestFactory
  Stream<DynamicTest> boundsTheSpecStatesHoldForAnswersToo() {
    return Stream.of(
        malformed("(14) a page whose total is -5", "total must be at least 0",
            h -> h.client().voiceCloning().listModels(ListModelsQuery.builder().build()),
            "{\"total\":-5,\"has_more\":true,\"items\":[]}"),
        malformed("(14) allModels over a page whose total is -5 fails, not stops", "total must be at least 0",
            h -> h.client().voiceCloning().allModels(ListModelsQuery.builder().build()).stream().count(),
            "{\"total\":-5,\"has_more\":true,\"items\":[" + modelJson() + "]}"),
        malformed("(14) a candidate whose sample_rate is -5", "candidates[0].sample_rate must be at least 1",
            h -> h.client().voiceDesign().designVoice(Fixtures.design()),
            "{\"candidates\":[" + candidateJson(1, wavBase64()).replace("\"sample_rate\":24000", "\"sample_rate\":-5") + "]}"),
        malformed("(14) a candidate whose index is -1", "candidates[0].index must be at least 0",
            h -> h.client().voiceDesign().designVoice(Fixtures.design()),
            "{\"candidates\":[" + candidateJson(-1, wavBase64()) + "]}"),
        malformed("a candidate whose duration_ms is -1", "candidates[1].duration_ms must be at least 0",
            h -> h.client().voiceDesign().designVoice(Fixtures.design()),
            "{\"candidates\":[" + candidateJson(1, wavBase64()) + ","
                + candidateJson(2, wavBase64()).replaceFirst("\"duration_ms\":\\d+", "\"duration_ms\":-1") + "]}"),
        malformed("a model whose quality the spec leaves open is still read (no bound to break)", null,
            h -> h.client().voiceCloning().getModel(MODEL_ID),
            modelJson().replace("{", "{\"quality\":{\"score\":-99},")));
  }

  @TestFactory
  Stream<DynamicTest> theModelThatComesBackIsTheOneAskedFor() {
    String other = modelJson().replace(MODEL_ID, "OTHER");
    return Stream.of(
        malformed("(15) getModel(m) answered with model OTHER", "_id is OTHER, not the " + MODEL_ID + " asked for",
            h -> h.client().voiceCloning().getModel(MODEL_ID), other),
        malformed("(15) getModelAsync(m) answered with model OTHER", "_id is OTHER",
            h -> h.client().voiceCloning().getModelAsync(MODEL_ID).get(10, TimeUnit.SECONDS), other),
        malformed("(15) waitUntilTrained(m) answered with model OTHER", "_id is OTHER",
            h -> h.client().voiceCloning().waitUntilTrained(MODEL_ID, Duration.ofSeconds(10)), other),
        malformed("withRawResponse().getModel(m) answered with model OTHER", "_id is OTHER",
            h -> h.client().voiceCloning().withRawResponse().getModel(MODEL_ID), other));
  }

  @TestFactory
  Stream<DynamicTest> anIdIsOnePathSegment() {
    return Stream.of(
        refused("(16) getModel(\".\")", "id", h -> h.client().voiceCloning().getModel(".")),
        refused("(16) getModel(\"..\")", "id", h -> h.client().voiceCloning().getModel("..")),
        refused("(16) deleteModel(\"..\")", "id", h -> { h.client().voiceCloning().deleteModel(".."); return null; }),
        refused("(16) getModel with a lone high surrogate", "id", h -> h.client().voiceCloning().getModel("m\uD800")),
        refused("(16) updateModel with a lone low surrogate", "id", h -> {
          h.client().voiceCloning().updateModel("\uDC00m", UpdateModelRequest.builder().title("t").build());
          return null;
        }),
        refused("(16) deleteModel with a lone surrogate at the end", "id", h -> {
          h.client().voiceCloning().deleteModel("m\uD83D");
          return null;
        }),
        refused("waitUntilTrained(\"..\")", "id", h -> h.client().voiceCloning().waitUntilTrained("..", Duration.ofSeconds(1))),
        refused("getApiCredit(\"..\")", "user_id",
            h -> h.client().account().getApiCredit("..", fishaudio.client.generated.AccountService.GetApiCreditQuery.builder().build())),
        test("a surrogate pair (an emoji) is one character, sent percent-encoded as UTF-8", h -> {
          h.server.enqueue(json(200, modelJson().replace(MODEL_ID, "m\uD83D\uDE00")));
          h.client().voiceCloning().getModel("m\uD83D\uDE00");
          assertEquals("/model/m%F0%9F%98%80", h.server.takeRequest().getPath().replaceFirst("^.*/model/", "/model/"));
        }));
  }

  // ------------------------------------------------------------------ helpers

  private interface Call {
    Object run(Harness h) throws Exception;
  }

  /** The call, answered {@code body}, fails as malformed naming {@code expected}; with null, it succeeds. */
  private static DynamicTest malformed(String name, String expected, Call call, String body) {
    return test(name, h -> {
      h.server.enqueue(json(200, body));
      if (expected == null) {
        call.run(h);
        return;
      }
      Throwable thrown = assertThrows(Throwable.class, () -> call.run(h));
      Throwable cause = thrown instanceof CompletionException || thrown instanceof java.util.concurrent.ExecutionException
          ? thrown.getCause() : thrown;
      assertTrue(cause instanceof MalformedResponseException, () -> "not malformed: " + cause);
      assertTrue(cause.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + cause.getMessage());
    });
  }

  /** The call is refused before any byte is sent, naming {@code field}. */
  private static DynamicTest refused(String name, String field, Call call) {
    return test(name, h -> {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> call.run(h));
      assertEquals(field, e.field(), e.getMessage());
      assertEquals(0, h.server.getRequestCount(), "a request went out");
    });
  }

  private static String wavBase64() {
    return java.util.Base64.getEncoder().encodeToString(Fixtures.wav(8));
  }

  private static DynamicTest test(String name, Harness.Body body) {
    return Harness.test(TALLY, name, body);
  }
}
