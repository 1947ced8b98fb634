package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.VoiceDesignResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-wide checks on small specs of their own, without Prism: {@link Coverage} names an
 * operation, a status or a media type nobody exercised, so an operation added to a spec fails
 * the suite; {@link KnownFields} names a field the compiled models do not know.
 */
class CoverageTest {
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: t, version: '1'}",
      "paths:",
      "  /thing/{id}:",
      "    parameters:",
      "      - {name: id, in: path, required: true, schema: {type: string}}",
      "    get:",
      "      operationId: getThing",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json: {schema: {type: object}}",
      "        '401':",
      "          description: no",
      "          content:",
      "            application/json: {schema: {type: object}}",
      "            text/plain: {schema: {type: string}}",
      "        default:",
      "          description: other",
      "          content:",
      "            application/json: {schema: {type: object}}",
      "    delete:",
      "      operationId: deleteThing",
      "      responses:",
      "        '200': {description: gone}",
      "  /thing/latest:",
      "    get:",
      "      operationId: latestThing",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            audio/*: {schema: {type: string, format: binary}}",
      "");

  /** The same spec with one more operation, as a provider adds one. */
  private static final String SPEC_PLUS_ONE = SPEC + String.join("\n",
      "  /thing:",
      "    post:",
      "      operationId: createThing",
      "      responses:",
      "        '201': {description: made}",
      "");

  @TempDir
  Path dir;

  private Spec spec(String text) throws IOException {
    Path file = dir.resolve("spec-" + text.hashCode() + ".yaml");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return Spec.load(file);
  }

  private static Exercised.Record exchange(Spec spec, String method, String path, int status, String mediaType) {
    return new Exercised.Record("a test", method, path, spec.operationFor(method, path), status, mediaType,
        Exercised.PRISM, true, Collections.emptyList());
  }

  /** Everything the small spec declares, exercised once. */
  private static List<Exercised.Record> everything(Spec spec) {
    return new ArrayList<>(Arrays.asList(
        exchange(spec, "GET", "/thing/abc", 200, "application/json"),
        exchange(spec, "GET", "/thing/abc", 401, "application/json"),
        exchange(spec, "GET", "/thing/abc", 401, "text/plain"),
        exchange(spec, "GET", "/thing/abc", 500, "application/json"),
        exchange(spec, "DELETE", "/thing/abc", 200, null),
        exchange(spec, "GET", "/thing/latest", 200, "audio/mpeg")));
  }

  @Test
  void everythingExercisedLeavesNoGap() throws IOException {
    Spec spec = spec(SPEC);
    assertEquals(Collections.emptyList(), Coverage.gaps(spec, everything(spec)));
  }

  @Test
  void anOperationAddedToTheSpecIsAGapByName() throws IOException {
    Spec spec = spec(SPEC_PLUS_ONE);
    assertEquals(Collections.singletonList("operation createThing (POST /thing): no contract test called it"),
        Coverage.gaps(spec, everything(spec)));
  }

  @Test
  void eachUnexercisedResponseIsAGapByStatusAndMediaType() throws IOException {
    Spec spec = spec(SPEC);
    List<Exercised.Record> records = everything(spec);
    records.removeIf(r -> r.status == 401 && "text/plain".equals(r.mediaType) || r.status == 500);
    assertEquals(Arrays.asList(
        "response getThing 401 text/plain: no contract test received it",
        "response getThing default application/json: no contract test received it"), Coverage.gaps(spec, records));
  }

  @Test
  void aRequestPrismRefusedExercisesNothing() throws IOException {
    Spec spec = spec(SPEC);
    List<Exercised.Record> records = everything(spec);
    records.removeIf(r -> r.method.equals("DELETE"));
    records.add(new Exercised.Record("a test", "DELETE", "/thing/abc", spec.operationFor("DELETE", "/thing/abc"), 200,
        null, Exercised.PRISM, false, Collections.emptyList()));
    assertEquals(Collections.singletonList("operation deleteThing (DELETE /thing/{id}): no contract test called it"),
        Coverage.gaps(spec, records));
  }

  @Test
  void aLiteralPathWinsOverATemplateAndAStrayRequestIsAGap() throws IOException {
    Spec spec = spec(SPEC);
    assertEquals("latestThing", spec.operationFor("GET", "/thing/latest").operationId);
    assertEquals("getThing", spec.operationFor("GET", "/thing/other").operationId);
    List<Exercised.Record> records = everything(spec);
    records.add(exchange(spec, "GET", "/elsewhere", 404, "application/json"));
    assertEquals(Collections.singletonList("request GET /elsewhere (in a test) calls no operation of the spec"),
        Coverage.gaps(spec, records));
  }

  @Test
  void aStatusMatchesItsDeclarationOnly() {
    List<String> declared = Arrays.asList("200", "4XX", "422", "default");
    assertTrue(Coverage.statusMatches("4XX", 404, declared));
    assertFalse(Coverage.statusMatches("4XX", 422, declared));
    assertTrue(Coverage.statusMatches("default", 500, declared));
    assertFalse(Coverage.statusMatches("default", 404, declared));
    assertFalse(Coverage.statusMatches("default", 200, declared));
  }

  @Test
  void aFieldTheCompiledModelsDoNotKnowIsNamedByItsPath() {
    String known = "{\"candidates\":[{\"id\":\"c\",\"index\":0,\"audio_base64\":\"UklGRg==\",\"sample_rate\":8000,"
        + "\"duration_ms\":1,\"text\":\"hi\",\"instruct\":null}]}";
    assertEquals(Collections.emptyList(), KnownFields.unknown(VoiceDesignResponse.class, known));
    String renamed = known.replace("\"text\"", "\"transcript\"").replace("{\"candidates\"", "{\"request_id\":\"r\",\"candidates\"");
    assertEquals(Arrays.asList("$.request_id", "$.candidates[0].transcript"), KnownFields.unknown(VoiceDesignResponse.class, renamed));
  }

  @Test
  void anUnknownFieldWhoseValueIsNullIsStillNamed() {
    String json = "{\"candidates\":[{\"id\":\"c\",\"index\":0,\"audio_base64\":\"UklGRg==\",\"sample_rate\":8000,"
        + "\"duration_ms\":1,\"transcript\":null}]}";
    assertEquals(Collections.singletonList("$.candidates[0].transcript"), KnownFields.unknown(VoiceDesignResponse.class, json));
  }

  /** A voice-design answer whose spec renames the candidate's optional {@code text}, as a spec mutant does. */
  private static final String RENAMED_TEXT = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: t, version: '1'}",
      "paths:",
      "  /v1/voice-design:",
      "    post:",
      "      operationId: designVoice",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json: {schema: {$ref: '#/components/schemas/VoiceDesignResponse'}}",
      "components:",
      "  schemas:",
      "    VoiceDesignResponse:",
      "      type: object",
      "      properties:",
      "        candidates: {type: array, items: {$ref: '#/components/schemas/VoiceDesignCandidate'}}",
      "    VoiceDesignCandidate:",
      "      type: object",
      "      properties:",
      "        id: {type: string}",
      "        transcript: {type: string, nullable: true}",
      "");

  @Test
  void inAnInventedBodyOnlyADeclaredFieldCountsInAnExampleEveryField() throws IOException {
    Spec spec = spec(RENAMED_TEXT);
    String body = "{\"candidates\":[{\"id\":\"c\",\"index\":0,\"audio_base64\":\"UklGRg==\",\"sample_rate\":8000,"
        + "\"duration_ms\":1,\"transcript\":\"hi\",\"lorem_5f\":7}],\"dolor_a\":true}";
    assertEquals(Collections.singletonList("$.candidates[0].transcript (no compiled model under VoiceDesignResponse knows it)"),
        KnownFields.unknownIn(spec, "designVoice", 200, "application/json", body, true));
    assertEquals(Arrays.asList(
        "$.candidates[0].transcript (no compiled model under VoiceDesignResponse knows it)",
        "$.candidates[0].lorem_5f (no compiled model under VoiceDesignResponse knows it)",
        "$.dolor_a (no compiled model under VoiceDesignResponse knows it)"),
        KnownFields.unknownIn(spec, "designVoice", 200, "application/json; charset=utf-8", body, false));
  }
}
