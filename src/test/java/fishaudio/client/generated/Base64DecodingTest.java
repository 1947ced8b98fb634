package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** audio_base64 is decoded while it streams out of the JSON; these pin the text it accepts. */
class Base64DecodingTest {
  /** The reader every generated adapter uses for a format: byte field; audio_base64 adds its WAV check on top. */
  private byte[] decode(String jsonStringLiteral) throws IOException {
    com.squareup.moshi.JsonReader reader = com.squareup.moshi.JsonReader.of(
        new okio.Buffer().writeUtf8("{\"audio_base64\":" + jsonStringLiteral + "}"));
    reader.beginObject();
    reader.nextName();
    return JsonFields.readBase64(reader, "audio_base64").toByteArray();
  }

  @Test
  void payloadsAcrossManyChunksDecodeExactly() throws IOException {
    byte[] audio = new byte[1_000_003]; // Not a multiple of 3, and many 64 KiB chunks of text.
    new Random(7).nextBytes(audio);

    assertArrayEquals(audio, decode("\"" + Base64.getEncoder().encodeToString(audio) + "\""));
  }

  @Test
  void escapedSlashesWhitespaceAndUnicodeEscapesAreText() throws IOException {
    byte[] bytes = {(byte) 0xff, (byte) 0xff, (byte) 0xfe, 0x10};
    String text = Base64.getEncoder().encodeToString(bytes); // "///+EA=="

    assertEquals("///+EA==", text);
    assertArrayEquals(bytes, decode("\"\\/\\/\\/+\\nEA\\u003d=\""));
    assertArrayEquals(bytes, decode("\"/// +\\r\\tEA==\""));
  }

  @Test
  void urlSafeAlphabetAndMissingPaddingAreAccepted() throws IOException {
    byte[] bytes = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf, 0x01};

    assertArrayEquals(bytes, decode("\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"AB*D\"", "\"AB==CD\"", "\"A\"", "\"\\u00e9AAA\"", "\"AAAA\\b\"", "\"ÄAAA\""})
  void textThatIsNotBase64NamesTheFieldAndPath(String literal) {
    JsonDataException error = assertThrows(JsonDataException.class, () -> decode(literal));

    assertTrue(error.getMessage().contains("Invalid base64 in 'audio_base64' at $.audio_base64"), error.getMessage());
  }

  @Test
  void aNumberIsNotBase64Text() {
    JsonDataException error = assertThrows(JsonDataException.class, () -> decode("1234"));

    assertTrue(error.getMessage().contains("Expected base64 text in 'audio_base64' but was NUMBER"), error.getMessage());
  }

  @Test
  void theEmptyStringIsNoBytes() throws IOException {
    assertEquals(0, decode("\"\"").length);
  }

  @Test
  void mimeLineBreaksAndEscapesFarIntoALongPayloadDecodeExactly() throws IOException {
    byte[] audio = new byte[300_000];
    new Random(11).nextBytes(audio);
    // Line breaks every 76 characters (escaped in JSON), and escaped slashes: never the fast path.
    String mime = Base64.getMimeEncoder().encodeToString(audio).replace("\r\n", "\\n").replace("/", "\\/");

    assertArrayEquals(audio, decode("\"" + mime + "\""));
  }

  @Test
  void textAfterPaddingIsRefusedEvenAcrossAChunkBoundary() {
    // 64 Ki characters that end in padding, then more text: each chunk alone would decode.
    byte[] bytes = new byte[64 * 1024 / 4 * 3 - 1];
    String padded = Base64.getEncoder().encodeToString(bytes);

    assertEquals(64 * 1024, padded.length());
    assertTrue(padded.endsWith("="));
    assertThrows(JsonDataException.class, () -> decode("\"" + padded + "AAAA\""));
  }
}
