package fishaudio.client;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.generated.VoiceDesignResponse;

import static fishaudio.client.ClientFixture.API_KEY;
import static fishaudio.client.ClientFixture.NOW;
import static fishaudio.client.ClientFixture.bytes;
import static fishaudio.client.ClientFixture.created;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designed;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelRequest;
import static fishaudio.client.ClientFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Belongs here: one retry rule a test, its waits read from the builder's sleeper hook; a sweep of the
 * policy over every status and failure, through the public API alone, belongs in
 * reliability/RetryPolicyTest.
 *
 * <p>Voice design is retried only when the server did not process it: 429, 503 and connections that
 * failed before the request went out. Waits are recorded by the sleeper hook, never slept.
 */
@Timeout(30)
class RetryTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @TempDir
  Path dir;

  @Test
  void retriesAfter429ThenSucceeds() throws Exception {
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(designed());

    VoiceDesignResponse result = fixture.client().voiceDesign().designVoice(designRequest());

    assertEquals(1, result.candidates().size());
    assertEquals(2, fixture.server.getRequestCount());
    RecordedRequest first = fixture.takeRequest();
    RecordedRequest second = fixture.takeRequest();
    assertEquals(first.getPath(), second.getPath());
    assertEquals(first.getBody().readUtf8(), second.getBody().readUtf8());
    assertEquals("Bearer " + API_KEY, second.getHeader("Authorization"));
    assertEquals(List.of(Duration.ofMillis(500)), fixture.sleeps);
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 504})
  void neverRetriesAGatewayErrorThatMayComeAfterTheWork(int status) throws Exception {
    fixture.server.enqueue(json(status, "{\"status\":" + status + ",\"message\":\"gateway\"}"));
    fixture.server.enqueue(designed());

    fixture.assertThrows(ServerException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @ParameterizedTest
  @ValueSource(ints = {503})
  void retriesUnavailableStatuses(int status) throws Exception {
    fixture.server.enqueue(json(status, "{\"status\":" + status + ",\"message\":\"try again\"}"));
    fixture.server.enqueue(json(status, "{\"status\":" + status + ",\"message\":\"try again\"}"));
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(designRequest());

    assertEquals(3, fixture.server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), fixture.sleeps);
  }

  @Test
  void neverRetries500() throws Exception {
    fixture.server.enqueue(json(500, "{\"status\":500,\"message\":\"Internal server error\"}"));
    fixture.server.enqueue(designed());

    fixture.assertThrows(ServerException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 402, 404, 422})
  void neverRetriesClientErrors(int status) throws Exception {
    fixture.server.enqueue(json(status, "{\"status\":" + status + ",\"message\":\"no\"}"));
    fixture.server.enqueue(designed());

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class,
        () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(status, e.status());
    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void honoursRetryAfterSeconds() throws Exception {
    fixture.server.enqueue(rateLimited().setHeader("Retry-After", "3"));
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(designRequest());

    assertEquals(List.of(Duration.ofSeconds(3)), fixture.sleeps);
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void honoursRetryAfterHttpDateAgainstTheClock() throws Exception {
    String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atZone(ZoneOffset.UTC));
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"busy\"}").setHeader("Retry-After", inFiveSeconds));
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(designRequest());

    assertEquals(List.of(Duration.ofSeconds(5)), fixture.sleeps);
  }

  @Test
  void retryAfterInThePastRetriesAtOnce() throws Exception {
    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(30).atZone(ZoneOffset.UTC));
    fixture.server.enqueue(rateLimited().setHeader("Retry-After", past));
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(designRequest());

    assertEquals(List.of(Duration.ZERO), fixture.sleeps);
  }

  @Test
  void retryAfterOverSixtySecondsIsNotWaitedOut() throws Exception {
    fixture.server.enqueue(rateLimited().setHeader("Retry-After", "120"));
    fixture.server.enqueue(designed());

    RateLimitException e = fixture.assertThrows(RateLimitException.class,
        () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(Duration.ofSeconds(120), e.retryAfter());
    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void withoutRetryAfterBacksOffExponentiallyWithJitter() throws Exception {
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(designed());

    fixture.client().voiceDesign().designVoice(designRequest());

    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), fixture.sleeps);
  }

  @Test
  void jitterSpreadsTheBackoffDownToHalf() throws Exception {
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(designed());

    fixture.track(fixture.builder().jitter(() -> 0.0).build()).voiceDesign().designVoice(designRequest());

    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), fixture.sleeps);
  }

  @Test
  void maxRetriesZeroDisablesRetries() throws Exception {
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(designed());

    fixture.assertThrows(RateLimitException.class,
        () -> fixture.track(fixture.builder().maxRetries(0).build()).voiceDesign().designVoice(designRequest()));

    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void defaultTwoRetriesMeanThreeAttemptsThenRateLimitException() throws Exception {
    for (int i = 0; i < 3; i++) {
      fixture.server.enqueue(rateLimited());
    }
    fixture.server.enqueue(designed());

    fixture.assertThrows(RateLimitException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(3, fixture.server.getRequestCount());
    assertEquals(2, fixture.sleeps.size());
  }

  @Test
  void refusedConnectionIsRetriedBecauseNothingWasSent() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    FishAudio client = fixture.track(fixture.builder().baseUrl("http://127.0.0.1:" + closedPort + "/").build());

    TransportException e = fixture.assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(designRequest()));

    assertInstanceOf(ConnectException.class, e.getCause());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), fixture.sleeps);
  }

  @Test
  void disconnectAfterTheBodyWasSentIsNotRetried() throws Exception {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    fixture.server.enqueue(designed());

    fixture.assertThrows(TransportException.class, () -> fixture.client().voiceDesign().designVoice(designRequest()));

    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void readTimeoutAfterTheBodyWasSentIsNotRetried() throws Exception {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    fixture.server.enqueue(designed());

    TransportException e = fixture.assertThrows(TransportException.class,
        () -> fixture.track(fixture.builder().timeout(Duration.ofMillis(300)).build()).voiceDesign().designVoice(designRequest()));

    assertInstanceOf(SocketTimeoutException.class, e.getCause());
    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void streamUploadIsNotRetriedOnceSent() throws Exception {
    byte[] audio = bytes(5, 2048);
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(created());

    fixture.assertThrows(RateLimitException.class, () -> fixture.client().voiceCloning().createModel(
        modelRequest(Upload.of(new ByteArrayInputStream(audio), "mic.wav", "audio/wav", audio.length)).build()));

    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void pathUploadIsSentAgainInFullOnRetry() throws Exception {
    Path voice = write(dir.resolve("take.wav"), bytes(6, 50_000));
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"busy\"}"));
    fixture.server.enqueue(created());

    fixture.client().voiceCloning().createModel(modelRequest(Upload.of(voice)).build());

    assertEquals(2, fixture.server.getRequestCount());
    ByteString first = fixture.takeRequest().getBody().readByteString();
    ByteString second = fixture.takeRequest().getBody().readByteString();
    assertTrue(first.size() > 50_000, "first body of " + first.size() + " bytes");
    assertEquals(first, second);
  }

  @Test
  void interruptWhileWaitingToRetryStopsAndKeepsTheInterruptFlag() throws Exception {
    fixture.server.enqueue(rateLimited());
    fixture.server.enqueue(designed());
    FishAudio client = fixture.track(fixture.builder().sleeper(duration -> {
      throw new InterruptedException("stop");
    }).build());

    try {
      TransportException e = fixture.assertThrows(TransportException.class, () -> client.voiceDesign().designVoice(designRequest()));

      assertInstanceOf(InterruptedIOException.class, e.getCause());
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt was swallowed");
      assertEquals(1, fixture.server.getRequestCount());
    } finally {
      Thread.interrupted();
    }
  }

  private static MockResponse rateLimited() {
    return json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}");
  }
}
