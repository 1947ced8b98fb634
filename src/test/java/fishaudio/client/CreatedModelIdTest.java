package fishaudio.client;

import fishaudio.client.internal.codec.CreatedModelId;

import fishaudio.client.Upload;
import fishaudio.client.errors.MalformedResponseException;

import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A created (and billed) model whose response does not decode is never lost: its id and raw body stay on the error. */
@Timeout(30)
class CreatedModelIdTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void createdModelWithoutDescriptionOrCoverImageKeepsItsIdAndBody() {
    // The live service made description and cover_image optional (2026-04-29); the spec still requires them.
    String body = "{\"_id\":\"m_8f2\",\"type\":\"tts\",\"title\":\"Narrator\",\"state\":\"trained\",\"tags\":[],"
        + "\"created_at\":\"2026-08-19T10:00:00Z\",\"updated_at\":\"2026-08-19T10:00:00Z\",\"visibility\":\"private\","
        + "\"like_count\":0,\"mark_count\":0,\"shared_count\":0,\"task_count\":0,"
        + "\"author\":{\"_id\":\"u_1\",\"nickname\":\"n\",\"avatar\":\"a\"}}";
    fixture.server.enqueue(json(201, body));

    MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().voiceCloning().createModel(modelRequest(Upload.of(bytes(1, 10), "a.wav", "audio/wav")).build()));

    assertEquals("m_8f2", e.createdModelId());
    assertEquals(body, e.body());
    assertTrue(e.getMessage().contains("m_8f2"), e.getMessage());
  }

  @Test
  void aBodyCutBeforeTheIdHasNoId() {
    fixture.server.enqueue(json(201, "{\"title\":\"Narrator\",\"state\":"));

    MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().voiceCloning().createModel(modelRequest(Upload.of(bytes(1, 10), "a.wav", "audio/wav")).build()));

    assertNull(e.createdModelId());
    assertEquals("{\"title\":\"Narrator\",\"state\":", e.body());
  }

  @Test
  void theIdIsFoundAfterNestedValuesAndOnlyAtTheTopLevel() {
    assertEquals("m_2", CreatedModelId.scan("{\"author\":{\"_id\":\"u_1\"},\"tags\":[\"a\"],\"_id\":\"m_2\"}", "_id"));
    assertNull(CreatedModelId.scan("{\"author\":{\"_id\":\"u_1\"}}", "_id"));
    assertNull(CreatedModelId.scan("[\"_id\"]", "_id"));
  }

  @Test
  void onlyCreateModelNamesWhatItCreated() {
    for (java.lang.reflect.Method method : fishaudio.client.generated.VoiceCloningService.Api.class.getMethods()) {
      fishaudio.client.generated.CreatedId created = method.getAnnotation(fishaudio.client.generated.CreatedId.class);
      assertEquals(method.getName().equals("createModel") ? "_id" : null, created == null ? null : created.value(), method.getName());
    }
    for (java.lang.reflect.Method method : fishaudio.client.generated.VoiceDesignService.Api.class.getMethods()) {
      assertNull(method.getAnnotation(fishaudio.client.generated.CreatedId.class), method.getName());
    }
  }

  @Test
  void theScanFollowsStringsEscapesAndBytesSplitAnywhere() {
    String body = "\ufeff{\"a\":\"x\\\"}{[\\u0022\",\"_id\\u0022\":1,\"b\":[{\"_id\":\"no\"}],\"\\u005fid\":\"m\\/\\u00e9\u00e9\"}";
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int split = 0; split <= bytes.length; split++) {
      CreatedModelId scanner = new CreatedModelId("_id");
      scanner.accept(bytes, 0, split);
      scanner.accept(bytes, split, bytes.length);
      assertEquals("m/\u00e9\u00e9", scanner.id(), "split at " + split);
    }
    assertNull(CreatedModelId.scan("{\"_id\": 12, \"x\": \"_id\"}", "_id"));
    assertNull(CreatedModelId.scan("{\"_id\": \"" + "x".repeat(2000) + "\"}", "_id"), "not an id: longer than any");
  }
}
