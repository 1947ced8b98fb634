package fishaudio.client.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import fishaudio.client.internal.codec.MessagePack.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import okio.BufferedSink;
import okio.ByteString;
import okio.Okio;
import okio.Sink;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/** MessagePack trees in and out: the spec's encodings byte for byte, every size class, and the decoder's bounds. */
@org.junit.jupiter.api.Timeout(30)
class MessagePackTest {
  private static final Limits LIMITS = Limits.defaults();
  /** As loose as the limits go, so that only the bytes actually left stop a huge claim. */
  private static final Limits LOOSE = Limits.defaults().withMaxCollectionSize(Integer.MAX_VALUE);

  @Test
  void encodesTheSpecsExamplesByteForByte() {
    assertEquals("81a16101", hex(MessagePack.encode(Collections.singletonMap("a", 1))));
    assertEquals("c0", hex(MessagePack.encode(null)));
    assertEquals("c3", hex(MessagePack.encode(true)));
    assertEquals("c2", hex(MessagePack.encode(false)));
    assertEquals("a0", hex(MessagePack.encode("")));
    assertEquals("a3616263", hex(MessagePack.encode("abc")));
    assertEquals("a2c3a9", hex(MessagePack.encode("é")));
    assertEquals("90", hex(MessagePack.encode(List.of())));
    assertEquals("80", hex(MessagePack.encode(Map.of())));
    assertEquals("93010203", hex(MessagePack.encode(List.of(1, 2, 3))));
    assertEquals("82a7636f6d70616374c3a6736368656d6100",
        hex(MessagePack.encode(ordered("compact", true, "schema", 0))));
    assertEquals("cb3ff8000000000000", hex(MessagePack.encode(1.5)));
    assertEquals("ca3fc00000", hex(MessagePack.encode(1.5f)));
    assertEquals("c403010203", hex(MessagePack.encode(new byte[] {1, 2, 3})));
    assertEquals("c403010203", hex(MessagePack.encode(ByteString.of((byte) 1, (byte) 2, (byte) 3))));
  }

  @Test
  void encodesEachIntegerInItsSmallestFormat() throws IOException {
    Object[][] cases = {
      {0L, "00"}, {127L, "7f"}, {128L, "cc80"}, {255L, "ccff"}, {256L, "cd0100"}, {65535L, "cdffff"},
      {65536L, "ce00010000"}, {4294967295L, "ceffffffff"}, {4294967296L, "cf0000000100000000"},
      {Long.MAX_VALUE, "cf7fffffffffffffff"},
      {-1L, "ff"}, {-32L, "e0"}, {-33L, "d0df"}, {-128L, "d080"}, {-129L, "d1ff7f"}, {-32768L, "d18000"},
      {-32769L, "d2ffff7fff"}, {(long) Integer.MIN_VALUE, "d280000000"},
      {Integer.MIN_VALUE - 1L, "d3ffffffff7fffffff"}, {Long.MIN_VALUE, "d38000000000000000"},
    };
    for (Object[] c : cases) {
      long value = (Long) c[0];
      byte[] bytes = MessagePack.encode(value);
      assertEquals(c[1], hex(bytes), "encoding of " + value);
      assertEquals(value, MessagePack.decode(bytes, LIMITS), "round trip of " + value);
    }
    assertEquals("cd0100", hex(MessagePack.encode(256)));
    assertEquals("d1ff7f", hex(MessagePack.encode((short) -129)));
    assertEquals("d080", hex(MessagePack.encode((byte) -128)));
  }

  @Test
  void decodesEveryIntegerFormatAsLong() throws IOException {
    // Not the smallest encodings, which other encoders may still send.
    assertEquals(1L, decode("cc01"));
    assertEquals(1L, decode("cd0001"));
    assertEquals(1L, decode("ce00000001"));
    assertEquals(1L, decode("cf0000000000000001"));
    assertEquals(-1L, decode("d0ff"));
    assertEquals(-1L, decode("d1ffff"));
    assertEquals(-1L, decode("d2ffffffff"));
    assertEquals(-1L, decode("d3ffffffffffffffff"));
    assertEquals(0xffffffffL, decode("ceffffffff"));
  }

  @Test
  void encodesStringsInEverySizeClass() throws IOException {
    int[][] cases = {{31, 0xbf}, {32, 0xd9}, {255, 0xd9}, {256, 0xda}, {65535, 0xda}, {65536, 0xdb}};
    for (int[] c : cases) {
      String text = "s".repeat(c[0]);
      byte[] bytes = MessagePack.encode(text);
      assertEquals(c[1], bytes[0] & 0xff, "format of a str of " + c[0]);
      assertEquals(text, MessagePack.decode(bytes, LIMITS));
    }
    assertEquals("d920", hex(Arrays.copyOf(MessagePack.encode("s".repeat(32)), 2)));
    assertEquals("da0100", hex(Arrays.copyOf(MessagePack.encode("s".repeat(256)), 3)));
    assertEquals("db00010000", hex(Arrays.copyOf(MessagePack.encode("s".repeat(65536)), 5)));
  }

  @Test
  void roundTripsUnicode() throws IOException {
    for (String text : List.of("héllo", "日本語のテキスト", "🎵🐟", "a\u0000b", "x".repeat(600) + "é".repeat(300))) {
      assertEquals(text, MessagePack.decode(MessagePack.encode(text), LIMITS));
    }
  }

  @Test
  void encodesBinInEverySizeClassAndDecodesItAsByteString() throws IOException {
    int[][] cases = {{0, 0xc4}, {255, 0xc4}, {256, 0xc5}, {65535, 0xc5}, {65536, 0xc6}, {300_000, 0xc6}};
    for (int[] c : cases) {
      byte[] raw = new byte[c[0]];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = (byte) (i * 31);
      }
      byte[] fromArray = MessagePack.encode(raw);
      byte[] fromByteString = MessagePack.encode(ByteString.of(raw));
      assertEquals(c[1], fromArray[0] & 0xff, "format of a bin of " + c[0]);
      assertArrayEquals(fromArray, fromByteString);
      assertEquals(ByteString.of(raw), MessagePack.decode(fromArray, LIMITS));
    }
    assertEquals("c50100", hex(Arrays.copyOf(MessagePack.encode(new byte[256]), 3)));
    assertEquals("c600010000", hex(Arrays.copyOf(MessagePack.encode(new byte[65536]), 5)));
  }

  @Test
  void encodesArraysAndMapsInEverySizeClass() throws IOException {
    int[][] cases = {{15, 0x9f, 0x8f}, {16, 0xdc, 0xde}, {65535, 0xdc, 0xde}, {65536, 0xdd, 0xdf}};
    for (int[] c : cases) {
      List<Object> list = new ArrayList<>();
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < c[0]; i++) {
        list.add((long) i);
        map.put("k" + i, (long) i);
      }
      byte[] array = MessagePack.encode(list);
      byte[] object = MessagePack.encode(map);
      assertEquals(c[1], array[0] & 0xff, "format of an array of " + c[0]);
      assertEquals(c[2], object[0] & 0xff, "format of a map of " + c[0]);
      assertEquals(list, MessagePack.decode(array, LIMITS));
      assertEquals(map, MessagePack.decode(object, LIMITS));
    }
    assertEquals("dc0010", hex(Arrays.copyOf(MessagePack.encode(Collections.nCopies(16, 0)), 3)));
    assertEquals("dd00010000", hex(Arrays.copyOf(MessagePack.encode(Collections.nCopies(65536, 0)), 5)));
  }

  @Test
  void keepsMapOrderBothWays() throws IOException {
    Map<String, Object> map = ordered("zeta", 1, "alpha", 2, "mu", 3);

    Object decoded = MessagePack.decode(MessagePack.encode(map), LIMITS);

    assertTrue(decoded instanceof LinkedHashMap, String.valueOf(decoded.getClass()));
    assertEquals(List.of("zeta", "alpha", "mu"), new ArrayList<>(((Map<?, ?>) decoded).keySet()));
  }

  @Test
  void roundTripsATree() throws IOException {
    Map<String, Object> tree = ordered(
        "text", "Hello",
        "references", List.of(ordered("audio", ByteString.encodeUtf8("RIFF"), "text", "ref")),
        "temperature", 0.7,
        "chunk_length", 200L,
        "normalize", true,
        "prosody", null,
        "nested", List.of(List.of(List.of()), Map.of()));

    assertEquals(tree, MessagePack.decode(MessagePack.encode(tree), LIMITS));
  }

  @Test
  void decodesFloat32AsDouble() throws IOException {
    assertEquals(1.5, decode("ca3fc00000"));
    assertEquals(1.5, decode("cb3ff8000000000000"));
  }

  @Test
  void writesAnIntegralDoubleAsAnInteger() throws IOException {
    assertEquals("02", hex(MessagePack.encode(2.0)));
    assertEquals("ff", hex(MessagePack.encode(-1.0)));
    assertEquals("cd0100", hex(MessagePack.encode(256.0)));
    assertEquals("d38000000000000000", hex(MessagePack.encode(-0x1p63)));
    // Not integers: a fraction, -0.0 (an integer would lose its sign), beyond a long, NaN and infinity.
    assertEquals("cb3fe0000000000000", hex(MessagePack.encode(0.5)));
    assertEquals("cb8000000000000000", hex(MessagePack.encode(-0.0)));
    assertEquals("cb43e0000000000000", hex(MessagePack.encode(0x1p63)));
    assertEquals("cb7ff8000000000000", hex(MessagePack.encode(Double.NaN)));
    assertEquals("cb7ff0000000000000", hex(MessagePack.encode(Double.POSITIVE_INFINITY)));
    // A Float is written as it is.
    assertEquals("ca40000000", hex(MessagePack.encode(2.0f)));
  }

  @Test
  void aTreeFromJsonSendsWholeNumbersAsIntegers() throws IOException {
    // Moshi reads every JSON number into an untyped tree as a Double.
    Object tree = new Moshi.Builder().build().adapter(Object.class)
        .fromJson("{\"chunk_length\":200,\"speed\":1.0,\"temperature\":0.7}");

    Object decoded = MessagePack.decode(MessagePack.encode(tree), LIMITS);

    assertEquals(ordered("chunk_length", 200L, "speed", 1L, "temperature", 0.7), decoded);
  }

  @Test
  void refusesTypesOutsideTheTreeNamingTypeAndPlace() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MessagePack.encode(ordered("voice", ordered("speeds", List.of(1, new BigDecimal("1.5"))))));
    assertEquals("MessagePack cannot encode a value of type java.math.BigDecimal at $.voice.speeds[1]",
        e.getMessage());

    for (Object value : List.of(BigInteger.ONE, Set.of(1), new Object(), 'c', new int[] {1}, new Object[0])) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> MessagePack.encode(value));
      assertTrue(refused.getMessage().contains(value.getClass().getName()), refused.getMessage());
    }
  }

  @Test
  void refusesMapKeysThatAreNotStrings() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MessagePack.encode(ordered("outer", Map.of(1, "a"))));
    assertEquals("MessagePack map keys must be strings, not java.lang.Integer at $.outer", e.getMessage());

    Map<String, Object> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MessagePack.encode(nullKey)).getMessage()
        .contains("not null"));
  }

  @Test
  void refusesATreeThatContainsItself() {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MessagePack.encode(loop));

    assertTrue(e.getMessage().startsWith("MessagePack cannot encode containers nested deeper than 256"),
        e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void writesToASinkWithoutFlushingItAndByteStringsWithoutACopy() throws IOException {
    Buffer wire = new Buffer();
    BufferedSink sink = Okio.buffer((Sink) wire);
    ByteString audio = ByteString.of(new byte[100_000]);

    MessagePack.encode(ordered("text", "hi", "audio", audio), sink);
    long beforeFlush = wire.size();
    sink.flush();

    assertTrue(beforeFlush < wire.size(), "some bytes waited for the owner's flush");
    assertArrayEquals(MessagePack.encode(ordered("text", "hi", "audio", audio.toByteArray())),
        wire.readByteArray());
  }

  @Test
  void decodesFromASource() throws IOException {
    Buffer source = new Buffer().write(MessagePack.encode(ordered("a", 1)));
    assertEquals(ordered("a", 1L), MessagePack.decode(source, LIMITS));
  }

  @Test
  void anArrayHeaderClaimingFourBillionElementsFailsFast() {
    // 0xdd with 0xffffffff: 4,294,967,295 elements, which would be tens of gigabytes as a list.
    MessagePackDecodingException e = assertThrows(MessagePackDecodingException.class,
        () -> MessagePack.decode(bytes("ddffffffff01"), LOOSE));
    assertTrue(e.getMessage().contains("4294967295"), e.getMessage());
    assertThrows(MessagePackDecodingException.class, () -> MessagePack.decode(bytes("dfffffffff"), LOOSE));
  }

  @Test
  void aClaimedSizeIsCheckedAgainstTheBytesLeftBeforeAllocating() {
    // 2^31 - 1 elements, allowed by the loose limits: only the 1 byte left refuses them, before any list exists.
    assertDecodeFails("dd7fffffff01", LOOSE, "an array of 2147483647 elements with only 1 bytes left");
    assertDecodeFails("df7fffffff0101", LOOSE, "a map of 2147483647 elements with only 2 bytes left");
    // Each map entry takes at least two bytes.
    assertDecodeFails("df00000002010101", LOOSE, "a map of 2 elements with only 3 bytes left");
  }

  @Test
  void aHugeClaimedStringOrBinIsNeverAllocated() {
    assertDecodeFails("db7fffffff616263", LIMITS, "a str of 2147483647 bytes with only 3 bytes left");
    assertDecodeFails("c67fffffff616263", LIMITS, "a bin of 2147483647 bytes with only 3 bytes left");
    assertDecodeFails("dbffffffff616263", LIMITS, "a header claiming 4294967295 elements or bytes");
    assertDecodeFails("a5616263", LIMITS, "a str of 5 bytes with only 3 bytes left");
  }

  @Test
  void enforcesTheCollectionSizeLimit() throws IOException {
    Limits ten = LIMITS.withMaxCollectionSize(10);
    assertEquals(Collections.nCopies(10, 0L), MessagePack.decode(MessagePack.encode(Collections.nCopies(10, 0)), ten));
    assertDecodeFails(hex(MessagePack.encode(Collections.nCopies(11, 0))), ten,
        "an array of 11 elements, over the limit of 10");
  }

  @Test
  void enforcesTheDepthLimit() throws IOException {
    Object nested = List.of();
    for (int i = 1; i < 64; i++) {
      nested = List.of(nested);
    }
    byte[] depth64 = MessagePack.encode(nested);
    byte[] depth65 = MessagePack.encode(List.of(nested));

    assertEquals(nested, MessagePack.decode(depth64, LIMITS));
    assertDecodeFails(hex(depth65), LIMITS, "containers nested deeper than the limit of 64");
    byte[] mapsFourDeep = MessagePack.encode(ordered("a", ordered("a", ordered("a", ordered("a", 0)))));
    assertDecodeFails(hex(mapsFourDeep), LIMITS.withMaxDepth(3), "containers nested deeper than the limit of 3 at");
  }

  @Test
  void enforcesTheTotalBytesLimit() throws IOException {
    Limits hundred = LIMITS.withMaxTotalBytes(100);
    byte[] exactly = MessagePack.encode("x".repeat(98));
    assertEquals(100, exactly.length);
    assertEquals("x".repeat(98), MessagePack.decode(exactly, hundred));
    assertEquals("x".repeat(98), MessagePack.decode(new Buffer().write(exactly), hundred));

    byte[] over = MessagePack.encode("x".repeat(99));
    assertThrows(MessagePackDecodingException.class, () -> MessagePack.decode(over, hundred));
    assertThrows(MessagePackDecodingException.class, () -> MessagePack.decode(new Buffer().write(over), hundred));
  }

  @Test
  void aSourceOverTheLimitIsNotReadToItsEnd() {
    EndlessSource endless = new EndlessSource();
    assertThrows(MessagePackDecodingException.class,
        () -> MessagePack.decode(Okio.buffer(endless), LIMITS.withMaxTotalBytes(1 << 20)));
    assertTrue(endless.bytesRead <= (1 << 20) + 8192, "read " + endless.bytesRead);
  }

  @Test
  void refusesMalformedAndUnsupportedInput() {
    assertDecodeFails("", LIMITS, "MessagePack input is empty");
    assertDecodeFails("cd01", LIMITS, "MessagePack input ends inside a value header");
    assertDecodeFails("92cdff", LIMITS, "MessagePack input ends inside a value header");
    assertDecodeFails("92c3", LIMITS, "an array of 2 elements with only 1 bytes left at byte 1");
    assertDecodeFails("c1", LIMITS, "the reserved byte 0xc1 at byte 0");
    assertDecodeFails("0102", LIMITS, "bytes left after the value at byte 1");
    assertDecodeFails("d40100", LIMITS, "a MessagePack extension type (not supported) at byte 0");
    assertDecodeFails("d6ff00000000", LIMITS, "a MessagePack extension type (not supported)"); // a timestamp
    assertDecodeFails("c70100ff", LIMITS, "a MessagePack extension type (not supported)");
    assertDecodeFails("8101a161", LIMITS, "a map key that is not a string (POSFIXINT) at byte 1");
    assertDecodeFails("81c4016101", LIMITS, "a map key that is not a string (BIN8) at byte 1");
    assertDecodeFails("82a16101a16102", LIMITS, "a map key given twice in the map at byte 4");
    assertDecodeFails("a2c328", LIMITS, "a str that is not UTF-8 at byte 1");
    assertDecodeFails("cfffffffffffffffff", LIMITS, "an unsigned integer above Long.MAX_VALUE");
  }

  @Test
  void decodesNilAtTheTop() throws IOException {
    assertNull(decode("c0"));
  }

  @Test
  void errorMessagesNeverQuoteThePayload() {
    String secret = "sk-SECRET-0123456789";
    List<byte[]> inputs = new ArrayList<>();
    byte[] valid = MessagePack.encode(ordered(secret, List.of(secret, ByteString.encodeUtf8(secret))));
    inputs.add(Arrays.copyOf(valid, valid.length - 3)); // truncated
    inputs.add(concat(valid, MessagePack.encode(secret))); // trailing
    inputs.add(concat(bytes("82"), MessagePack.encode(secret), bytes("01"), MessagePack.encode(secret),
        bytes("02"))); // duplicate key
    inputs.add(concat(bytes("81"), MessagePack.encode(ByteString.encodeUtf8(secret)), bytes("01"))); // bin key
    inputs.add(concat(bytes("c714ff"), secret.getBytes(StandardCharsets.UTF_8))); // ext
    inputs.add(concat(bytes("b4"), secret.replace('S', '\u00ff').getBytes(StandardCharsets.ISO_8859_1)));
    inputs.add(bytes("cf8000000000000001"));

    for (byte[] input : inputs) {
      MessagePackDecodingException e = assertThrows(MessagePackDecodingException.class,
          () -> MessagePack.decode(input, LIMITS));
      for (Throwable t = e; t != null; t = t.getCause()) {
        String message = String.valueOf(t.getMessage());
        assertFalse(message.contains("SECRET") || message.contains("ECRET") || message.contains("0123456789")
            || message.contains("9223372036854775809"), message);
      }
    }
  }

  @Test
  void limitsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> LIMITS.withMaxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> LIMITS.withMaxDepth(1001));
    assertThrows(IllegalArgumentException.class, () -> LIMITS.withMaxCollectionSize(-1));
    assertThrows(IllegalArgumentException.class, () -> LIMITS.withMaxTotalBytes(0));
    assertThrows(IllegalArgumentException.class, () -> LIMITS.withMaxTotalBytes(Integer.MAX_VALUE));
    Limits custom = LIMITS.withMaxDepth(3).withMaxCollectionSize(7).withMaxTotalBytes(99);
    assertEquals(List.of(3, 7, 99L), List.of(custom.maxDepth(), custom.maxCollectionSize(), custom.maxTotalBytes()));
    assertEquals(64, LIMITS.maxDepth());
  }

  private static void assertDecodeFails(String hex, Limits limits, String expectedMessagePart) {
    MessagePackDecodingException e = assertThrows(MessagePackDecodingException.class,
        () -> MessagePack.decode(bytes(hex), limits));
    assertTrue(e.getMessage().contains(expectedMessagePart), e.getMessage());
  }

  private static Object decode(String hex) throws IOException {
    return MessagePack.decode(bytes(hex), LIMITS);
  }

  private static byte[] bytes(String hex) {
    return ByteString.decodeHex(hex).toByteArray();
  }

  private static String hex(byte[] bytes) {
    return ByteString.of(bytes).hex();
  }

  private static byte[] concat(byte[]... parts) {
    Buffer buffer = new Buffer();
    for (byte[] part : parts) {
      buffer.write(part);
    }
    return buffer.readByteArray();
  }

  /** A map in the order its keys are given; values may be null. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A str32 header claiming 2 GiB, then endless bytes: counts what was read. */
  private static final class EndlessSource implements Source {
    long bytesRead;

    @Override
    public long read(Buffer sink, long byteCount) {
      if (bytesRead == 0) {
        sink.write(bytes("db7fffffff"));
        bytesRead += 5;
        return 5;
      }
      long n = Math.min(byteCount, 8192);
      sink.write(new byte[(int) n]);
      bytesRead += n;
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }
}
