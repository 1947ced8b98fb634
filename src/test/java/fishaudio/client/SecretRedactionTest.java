package fishaudio.client;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnprocessableRequestException;

import static fishaudio.client.ClientFixture.API_KEY;
import static fishaudio.client.ClientFixture.assertKeyAbsent;
import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.created;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designed;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Belongs here: the key's redaction on each named surface (toString, the logger, one failed exchange);
 * driving a key through every failure path and every output stream belongs in reliability/SecretsTest.
 *
 * <p>The API key goes only into the Authorization header. Every test in this package also has its
 * caught exceptions, log lines and clients checked for the key by {@link ClientFixture}.
 */
@Timeout(30)
class SecretRedactionTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void neverPrintsTheApiKeyInToString() {
    FishAudio client = fixture.client();

    assertKeyAbsent("toString", client.toString());
    assertTrue(client.toString().contains(fixture.baseUrl()), client.toString());
  }

  @Test
  void loggerShowsAuthorizationRedactedAndNeverTheKey() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    FishAudio client = fixture.track(fixture.builder().logger(lines::add).build());
    fixture.server.enqueue(designed());
    fixture.server.enqueue(created());

    client.voiceDesign().designVoice(designRequest());
    client.voiceCloning().createModel(modelRequest(Upload.of(bytes(1, 100), "a.wav", "audio/wav")).build());

    assertEquals("Bearer " + API_KEY, fixture.takeRequest().getHeader("Authorization"));
    String all = String.join("\n", lines);
    assertTrue(all.contains("--> POST " + fixture.baseUrl() + "v1/voice-design"), all);
    assertTrue(all.contains("--> POST " + fixture.baseUrl() + "model"), all);
    assertTrue(all.contains("Authorization: <redacted>"), all);
    assertTrue(all.contains("<-- 201 "), all);
    for (String line : lines) {
      assertKeyAbsent("log line", line);
    }
  }

  @Test
  void failedExchangesLogWithoutTheKey() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    FishAudio client = fixture.track(fixture.builder().logger(lines::add).maxRetries(0).build());
    fixture.server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key\"}"));
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    fixture.assertThrows(AuthenticationException.class, () -> client.voiceDesign().designVoice(designRequest()));
    fixture.assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(designRequest()));

    String all = String.join("\n", lines);
    assertTrue(all.contains("<-- 401 "), all);
    assertTrue(all.contains("<-- FAILED "), all);
    for (String line : lines) {
      assertKeyAbsent("log line", line);
    }
  }

  @Test
  void aServerThatEchoesTheKeyBackDoesNotPutItIntoTheException() {
    FishAudio client = fixture.client();
    fixture.server.enqueue(json(422, "{\"status\":422,\"message\":\"bad header Bearer " + API_KEY
        + "\",\"reason\":\"echo\"}"));

    UnprocessableRequestException error =
        fixture.assertThrows(UnprocessableRequestException.class, () -> client.voiceDesign().designVoice(designRequest()));

    assertEquals("bad header Bearer <redacted>", error.serverMessage());
    assertKeyAbsent("body", error.body());
    assertKeyAbsent("message", error.getMessage());
  }
}
