package fishaudio.client.internal.errors;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.InsufficientCreditException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
