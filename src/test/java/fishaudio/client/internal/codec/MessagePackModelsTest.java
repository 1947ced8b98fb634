package fishaudio.client.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.LiveAudio;
import fishaudio.client.generated.LiveFinish;
import fishaudio.client.generated.LiveFinishReason;
import fishaudio.client.generated.LiveStart;
import fishaudio.client.generated.LiveText;
import fishaudio.client.generated.ReferenceAudio;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** Generated models to MessagePack frames and back, by their generated adapters, with bytes as binary both ways. */
class MessagePackModelsTest {
  private final Moshi moshi = new Moshi.Builder().build();

  @Test
  void aTextMessageIsAMapOfItsEventAndText() throws Exception {
    ByteString frame = MessagePackModels.encode(moshi, LiveText.builder().text("Hello, ").build());

    assertEquals(Map.of("event", "text", "text", "Hello, "), decode(frame));
  }

  @Test
  void referenceAudioInAStartGoesAsBinaryNotBase64() throws Exception {
    ByteString voice = ByteString.of(bytes(3000, 7));
    TtsRequest request = TtsRequest.builder()
        .text("")
        .format(TtsRequestFormat.WAV)
        .references(List.of(ReferenceAudio.builder().audio(voice).text("A sample").build()))
        .build();

    Map<?, ?> start = (Map<?, ?>) decode(MessagePackModels.encode(moshi, LiveStart.builder().request(request).build()));

    assertEquals("start", start.get("event"));
    Map<?, ?> sent = (Map<?, ?>) start.get("request");
    assertEquals("", sent.get("text"));
    assertEquals("wav", sent.get("format"));
    Map<?, ?> reference = (Map<?, ?>) ((List<?>) sent.get("references")).get(0);
    assertEquals(voice, reference.get("audio"), "bin, the bytes themselves");
    assertEquals("A sample", reference.get("text"));
  }

  @Test
  void audioIsReadFromBinaryAsItsBytes() throws Exception {
    ByteString audio = ByteString.of(bytes(1 << 20, 3));

    LiveAudio message = MessagePackModels.decode(moshi, tree("event", "audio", "audio", audio), LiveAudio.class);

    assertEquals(audio, message.audio());
    assertEquals("audio", message.event().value());
  }

  @Test
  void base64TextWhereBinaryIsExpectedIsStillRead() throws Exception {
    ByteString audio = ByteString.encodeUtf8("RIFF....WAVE");

    LiveAudio message = MessagePackModels.decode(moshi, tree("event", "audio", "audio", audio.base64()), LiveAudio.class);

    assertEquals(audio, message.audio());
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    JsonDataException missing = assertThrows(JsonDataException.class,
        () -> MessagePackModels.decode(moshi, tree("event", "audio"), LiveAudio.class));

    assertTrue(missing.getMessage().contains("'audio'"), missing.getMessage());
  }

  @Test
  void aFinishKeepsAReasonTheSpecDoesNotList() throws Exception {
    LiveFinish finish = MessagePackModels.decode(moshi, tree("event", "finish", "reason", "timeout", "extra", 1L),
        LiveFinish.class);

    assertEquals("timeout", finish.reason().value());
    assertEquals(false, finish.reason().isKnown());
    assertEquals(LiveFinishReason.STOP, MessagePackModels.decode(moshi, tree("event", "finish", "reason", "stop"),
        LiveFinish.class).reason());
  }

  private static Object decode(ByteString frame) throws Exception {
    Object tree = MessagePack.decode(frame.toByteArray(), MessagePack.Limits.defaults());
    assertInstanceOf(Map.class, tree);
    return tree;
  }

  private static Map<String, Object> tree(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static byte[] bytes(int size, int seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
