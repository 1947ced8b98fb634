package fishaudio.client;

import fishaudio.client.errors.RedirectException;

import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API never redirects, so no redirect is followed and no body goes to a second host. */
@Timeout(30)
class RedirectTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void aTemporaryRedirectToAnotherHostIsATypedErrorAndTheOtherHostSeesNothing() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.start();
      other.enqueue(designed());
      fixture.server.enqueue(new MockResponse().setResponseCode(307)
          .setHeader("Location", other.url("/steal?token=abc").toString()));

      RedirectException e = fixture.assertThrows(
          RedirectException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

      assertEquals(307, e.status());
      assertEquals("http://" + other.getHostName() + ":" + other.getPort(), e.location());
      assertFalse(e.getMessage().contains("steal"), e.getMessage());
      assertFalse(e.getMessage().contains("token"), e.getMessage());
      assertEquals(0, other.getRequestCount());
      assertEquals(1, fixture.server.getRequestCount());
    }
  }

  @Test
  void aRedirectLoopSendsTheBodyOnce() {
    for (int i = 0; i < 25; i++) {
      fixture.server.enqueue(new MockResponse().setResponseCode(308).setHeader("Location", fixture.baseUrl() + "v1/voice-design"));
    }
    RedirectException e = fixture.assertThrows(
        RedirectException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(308, e.status());
    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void aPassedClientThatFollowsRedirectsIsMadeNotTo() {
    fixture.server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/elsewhere"));
    fixture.server.enqueue(designed());
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();

    RedirectException e = fixture.assertThrows(RedirectException.class,
        () -> fixture.track(fixture.builder().okHttpClient(following).build()).voiceDesign().designVoice(designRequest()));

    assertEquals(302, e.status());
    assertTrue(e.location().startsWith("http://"), e.location());
    assertEquals(1, fixture.server.getRequestCount());
    following.dispatcher().executorService().shutdown();
    following.connectionPool().evictAll();
  }

  @Test
  void aRedirectWithoutLocationSaysSo() {
    fixture.server.enqueue(new MockResponse().setResponseCode(301));
    RedirectException e = fixture.assertThrows(
        RedirectException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals("no location", e.location());
  }
}
