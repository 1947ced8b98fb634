package fishaudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fishaudio.client.generated.TtsRequest;
import fishaudio.client.helpers.LiveSpeech;
import fishaudio.client.testing.LiveServer;
import fishaudio.client.testing.LoopbackTls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The trap of issue 25: OkHttp's WebSocket writer flushes only for a ping or a close, so a socket that
 * keeps what is written until a flush (as the client's plain-http sockets once did) holds every frame.
 * A session on the client's own OkHttpClient must put each frame on the wire as it is sent. Tests that
 * pass their own OkHttpClient never see it, so the first passes none. Over TLS the client wraps even a
 * passed OkHttpClient's sockets (to send file uploads in full records), so the second passes one that
 * trusts a loopback certificate.
 */
@Timeout(30)
class LiveSpeechSocketFactoryTest {
  @Test
  void framesReachTheServerAtOnceOverPlainHttpOnTheClientsOwnOkHttpClient() throws Exception {
    try (LiveServer server = new LiveServer();
        FishAudio client = FishAudio.builder()
            .apiKey(ClientFixture.API_KEY)
            .baseUrl(server.baseUrl("/"))
            // No ping, which would flush the socket and hide the trap.
            .livePingInterval(Duration.ZERO)
            .build()) {
      server.enqueue(LiveServer.QUIET);

      LiveSpeech live = client.speech().liveSpeech(TtsRequest.builder().text("").build());
      LiveServer.Session session = server.takeSession();
      assertEquals("start", session.takeFrame().get("event"));
      live.sendText("Hello");
      assertEquals(Map.of("event", "text", "text", "Hello"), session.takeFrame());
      live.flush();
      assertEquals(Map.of("event", "flush"), session.takeFrame());

      live.cancel();
      assertEquals(List.of(), server.violations());
    }
  }

  @Test
  void framesReachTheServerAtOnceOverTlsThroughTheClientsTlsSockets() throws Exception {
    LoopbackTls tls = LoopbackTls.get();
    MockWebServer https = new MockWebServer();
    https.useHttps(tls.context().getSocketFactory(), false);
    https.start();
    try (LiveServer server = new LiveServer(https);
        FishAudio client = FishAudio.builder()
            .apiKey(ClientFixture.API_KEY)
            .baseUrl(server.baseUrl("/"))
            .okHttpClient(tls.okHttp().build())
            .livePingInterval(Duration.ZERO)
            .build()) {
      server.enqueue(LiveServer.QUIET);

      LiveSpeech live = client.speech().liveSpeech(TtsRequest.builder().text("").build());
      LiveServer.Session session = server.takeSession();
      assertEquals("start", session.takeFrame().get("event"));
      live.sendText("Hello");
      assertEquals(Map.of("event", "text", "text", "Hello"), session.takeFrame());

      live.cancel();
      assertEquals(List.of(), server.violations());
    } finally {
      https.shutdown();
    }
  }
}
