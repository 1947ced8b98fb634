package fishaudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.testing.LiveProtocol;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI document of the live channel, and the checker the other live tests run every frame
 * through: the document names the endpoint the client opens, its messages resolve into the OpenAPI
 * spec's schemas, and the checker refuses what the schemas refuse (so a frame that passes it is one
 * the document allows, not one a lax checker let through).
 */
class LiveSpeechDocumentTest {
  private final LiveProtocol protocol = LiveProtocol.load();

  @Test
  void theDocumentDescribesTheEndpointTheClientOpens() throws Exception {
    Map<?, ?> document;
    try (Reader in = Files.newBufferedReader(LiveProtocol.DOCUMENT, StandardCharsets.UTF_8)) {
      document = new Yaml(new LoaderOptions()).load(in);
    }
    Map<?, ?> channel = (Map<?, ?>) ((Map<?, ?>) document.get("channels")).get("live");
    Map<?, ?> server = (Map<?, ?>) ((Map<?, ?>) document.get("servers")).get("production");

    assertEquals("/v1/tts/live", channel.get("address"));
    assertEquals("wss", server.get("protocol"));
    assertEquals("api.fish.audio", server.get("host"));
    assertEquals(List.of("start", "text", "flush", "stop"), List.copyOf(protocol.clientMessages()));
    assertEquals(List.of("audio", "finish"), List.copyOf(protocol.serverMessages()));
  }

  @Test
  void eachMessageOfTheProtocolIsExactlyOneOfTheDocuments() {
    assertEquals(List.of(), protocol.checkClientFrame(map("event", "start", "request", map("text", ""))));
    assertEquals(List.of(), protocol.checkClientFrame(map("event", "start", "request",
        map("text", "", "reference_id", List.of("a", "b"), "format", "opus", "opus_bitrate", -1000L,
            "prosody", map("speed", 1.5, "volume", 0L), "references", List.of(map("audio", ByteString.of((byte) 1), "text", "t"))))));
    assertEquals(List.of(), protocol.checkClientFrame(map("event", "text", "text", "Hello ")));
    assertEquals(List.of(), protocol.checkClientFrame(map("event", "flush")));
    assertEquals(List.of(), protocol.checkClientFrame(map("event", "stop")));
    assertEquals(List.of(), protocol.checkServerFrame(map("event", "audio", "audio", ByteString.encodeUtf8("mp3"))));
    assertEquals(List.of(), protocol.checkServerFrame(map("event", "finish", "reason", "stop")));
    assertEquals(List.of(), protocol.checkServerFrame(map("event", "finish", "reason", "error", "message", "extra fields pass")));
  }

  @Test
  void framesTheSchemasRefuseAreRefused() {
    assertRefused(protocol.checkClientFrame(map("event", "start")), "lacks the required request");
    assertRefused(protocol.checkClientFrame(map("event", "start", "request", map("text", "", "chunk_length", 99L))), "minimum");
    assertRefused(protocol.checkClientFrame(map("event", "start", "request", map("text", "", "format", "flac"))), "not one of");
    assertRefused(protocol.checkClientFrame(map("event", "start", "request", map("text", "", "mp3_bitrate", 96L))), "not one of");
    assertRefused(protocol.checkClientFrame(map("event", "start", "request", map("text", "",
        "references", List.of(map("audio", ByteString.encodeUtf8("x").base64(), "text", "t"))))), "not MessagePack binary");
    assertRefused(protocol.checkClientFrame(map("event", "text", "text", 5L)), "not of type string");
    assertRefused(protocol.checkClientFrame(map("event", "text", "text", "a", "extra", true)), "not a property");
    assertRefused(protocol.checkClientFrame(map("event", "flush", "now", true)), "not a property");
    assertRefused(protocol.checkClientFrame(map("event", "speak")), "matches none");
    assertRefused(protocol.checkClientFrame(map("event", "audio", "audio", ByteString.EMPTY)), "matches none");
    assertRefused(protocol.checkServerFrame(map("event", "audio", "audio", "base64 text")), "not MessagePack binary");
    assertRefused(protocol.checkServerFrame(map("event", "audio")), "lacks the required audio");
    assertRefused(protocol.checkServerFrame(map("event", "finish", "reason", "done")), "not one of");
    assertRefused(protocol.checkServerFrame(map("event", "finish", "reason", null)), "not nullable");
  }

  private static void assertRefused(List<String> errors, String because) {
    assertFalse(errors.isEmpty(), "accepted, but should be refused: " + because);
    assertTrue(errors.stream().anyMatch(error -> error.contains(because)), because + " not in " + errors);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
