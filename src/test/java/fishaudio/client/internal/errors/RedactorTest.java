package fishaudio.client.internal.errors;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.InsufficientCreditException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** Belongs here: the forms of the key a server can echo, one per case; SecretsTest runs whole calls. */
class RedactorTest {
  private static final String KEY = "sk_live/ab=cd+EF9_xyz";
  private final Redactor redactor = new Redactor(KEY);

  private static List<String> echoes() {
    List<String> forms = new ArrayList<>();
    forms.add(KEY);
    forms.add(KEY.replace("/", "\\/"));
    forms.add(KEY.replace("=", "\\u003d"));
    forms.add(KEY.replace("=", "\\u003D").replace("s", "\\u0073"));
    forms.add(KEY.replace("/", "%2F").replace("=", "%3D").replace("+", "%2B"));
    forms.add(KEY.replace("/", "%2f").replace("=", "%3d"));
    for (String secret : new String[] {KEY, "Bearer " + KEY}) {
      byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
      forms.add(Base64.getEncoder().encodeToString(bytes));
      forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
    return forms;
  }

  @Test
  void masksEveryEncodingOfTheKey() {
    for (String echo : echoes()) {
      String redacted = redactor.redact("{\"message\":\"bad key " + echo + " here\"}");
      assertEquals("{\"message\":\"bad key <redacted> here\"}", redacted, "form " + echo);
    }
  }

  @Test
  void masksAKeyCutOffAtTheEndOfABoundedBody() {
    assertEquals("...echo <redacted>", redactor.redact("...echo " + KEY.substring(0, 10)));
    // A short tail that merely resembles the key's start is ordinary text.
    assertEquals("ends in sk_l", redactor.redact("ends in sk_l"));
  }

  @Test
  void leavesOtherTextAlone() {
    assertEquals("nothing secret: sk_live and ab=cd", redactor.redact("nothing secret: sk_live and ab=cd"));
    assertNull(redactor.redact(null));
    assertFalse(redactor.toString().contains(KEY));
  }

  @Test
  void masksBase64OfTheKeyAtEveryByteOffsetInEitherAlphabet() {
    for (String prefix : new String[] {"", "x", "xy", "xyz", "Bearer ", "token: "}) {
      byte[] bytes = (prefix + KEY + "!tail").getBytes(StandardCharsets.UTF_8);
      for (Base64.Encoder encoder : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder().withoutPadding()}) {
        String encoded = encoder.encodeToString(bytes);
        String redacted = redactor.redact("msg " + encoded + " end");
        assertTrue(redacted.contains(Redactor.MASK), prefix + ": " + redacted);
        assertFalse(new String(decodeLoosely(redacted), StandardCharsets.ISO_8859_1).contains("live/ab"),
            "the key still decodes from " + redacted);
        // Escaped or percent-encoded base64 characters hide nothing either.
        String escaped = encoded.replace("/", "\\/").replace("+", "%2B").replace("A", "\\u0041");
        assertTrue(redactor.redact(escaped).contains(Redactor.MASK), escaped);
      }
    }
  }

  @Test
  void aCauseThatShowsNothingOfTheKeyIsKeptAsItIs() {
    java.io.IOException clean = new java.net.SocketTimeoutException("timeout");
    clean.addSuppressed(new IllegalStateException("also clean"));
    assertSame(clean, redactor.cause(clean));
    assertNull(redactor.cause(null));
  }

  @Test
  void aCauseChainIsCopiedRedactedDownToItsLastLevelThatShowsTheKey() {
    IllegalArgumentException bottom = new IllegalArgumentException("bottom, clean");
    java.net.ProtocolException middle = new java.net.ProtocolException("Unexpected status line: HTTX/1.1 " + KEY);
    middle.initCause(bottom);
    middle.addSuppressed(new IllegalStateException("suppressed " + KEY.toUpperCase(java.util.Locale.ROOT)));
    RuntimeException top = new RuntimeException("top, clean", middle);

    Throwable copy = redactor.cause(top);

    assertTrue(copy instanceof fishaudio.client.errors.RedactedCause, String.valueOf(copy.getClass()));
    assertEquals("java.lang.RuntimeException", ((fishaudio.client.errors.RedactedCause) copy).originalClassName());
    assertEquals("java.lang.RuntimeException: top, clean", copy.toString());
    assertArrayEquals(top.getStackTrace(), copy.getStackTrace());
    Throwable middleCopy = copy.getCause();
    assertEquals("Unexpected status line: HTTX/1.1 <redacted>", middleCopy.getMessage());
    assertEquals("java.net.ProtocolException: Unexpected status line: HTTX/1.1 <redacted>", middleCopy.toString());
    assertEquals("java.lang.IllegalStateException: suppressed <redacted>", middleCopy.getSuppressed()[0].toString());
    assertSame(bottom, middleCopy.getCause(), "a level below the last that shows the key is kept");
    java.io.StringWriter printed = new java.io.StringWriter();
    copy.printStackTrace(new java.io.PrintWriter(printed));
    assertFalse(printed.toString().toLowerCase(java.util.Locale.ROOT).contains("ab=cd+ef9"), printed.toString());
    assertTrue(printed.toString().contains("Caused by: java.net.ProtocolException: Unexpected status line: HTTX/1.1 <redacted>"),
        printed.toString());
  }

  @Test
  void aCycleInTheCauseChainEnds() {
    IllegalStateException first = new IllegalStateException("first " + KEY);
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);
    Throwable copy = redactor.cause(first);
    java.io.StringWriter printed = new java.io.StringWriter();
    copy.printStackTrace(new java.io.PrintWriter(printed));
    assertFalse(printed.toString().contains(KEY), printed.toString());
  }

  @Test
  void aDateThatFailedToParseIsRedactedPastWhatItsMessageShows() {
    java.time.format.DateTimeParseException e = assertThrows(java.time.format.DateTimeParseException.class,
        () -> java.time.OffsetDateTime.parse("9999999999999999999999999999999999999999999999999999999999999999999999" + KEY));
    assertFalse(e.getMessage().contains(KEY), "the JDK abbreviates the text; the test needs the key past the cut");
    Throwable copy = redactor.cause(e);
    assertTrue(copy instanceof fishaudio.client.errors.RedactedCause, "the parsed text held the key: " + copy);
  }

  /**
   * It runs on every error string and logged header: a 64 KiB body dense with escapes is redacted in
   * milliseconds (measured: 0.5 ms plain, 2.5 ms escape-dense), the bound here leaves room for a busy machine.
   */
  @Test
  void staysFastOnALargeText() {
    String body = "{\"message\":\"" + "a/b+c=d%2f\\u0041 ".repeat(4000) + "\"}";
    for (int i = 0; i < 20; i++) {
      redactor.redact(body); // warm-up
    }
    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      redactor.redact(body);
    }
    long perCallMicros = (System.nanoTime() - start) / 20 / 1000;
    assertTrue(perCallMicros < 50_000, "one redaction of " + body.length() + " chars took " + perCallMicros + " us");
  }

  private static byte[] decodeLoosely(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.util.regex.Matcher run = java.util.regex.Pattern.compile("[A-Za-z0-9+/_-]{4,}").matcher(text);
    while (run.find()) {
      String chars = run.group().replace('-', '+').replace('_', '/');
      for (int offset = 0; offset < 4 && offset < chars.length(); offset++) {
        String aligned = chars.substring(offset);
        out.writeBytes(Base64.getDecoder().decode(aligned.substring(0, aligned.length() / 4 * 4)));
        out.write('|');
      }
    }
    return out.toByteArray();
  }

  @Test
  void requestIdsAndLoggedHeadersNeverCarryTheKey() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      String escaped = KEY.replace("/", "\\/");
      server.enqueue(new MockResponse().setResponseCode(402)
          .setHeader("x-request-id", "req-" + KEY)
          .setHeader("Set-Cookie", "session=" + Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8)))
          .setHeader("Content-Type", "application/json")
          .setBody("{\"status\":402,\"message\":\"no credit for " + escaped + "\"}"));
      server.start();
      List<String> log = new CopyOnWriteArrayList<>();
      try (FishAudio client = FishAudio.builder().apiKey(KEY).baseUrl(server.url("/").toString())
          .maxRetries(0).logger(log::add).build()) {
        InsufficientCreditException e = org.junit.jupiter.api.Assertions.assertThrows(InsufficientCreditException.class,
            () -> client.voiceDesign().designVoice(fishaudio.client.generated.VoiceDesignRequest.builder().instruction("x").build()));
        assertEquals("req-<redacted>", e.requestId());
        assertEquals("no credit for <redacted>", e.serverMessage());
        assertFalse(e.body().contains(escaped), e.body());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
      }
      assertTrue(log.size() >= 2, "request and response logged: " + log);
      for (String line : log) {
        for (String echo : echoes()) {
          assertFalse(line.contains(echo), "log line shows the key as " + echo + ": " + line);
        }
      }
    }
  }
}
