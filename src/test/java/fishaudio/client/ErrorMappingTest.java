package fishaudio.client;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.errors.UnprocessableRequestException;

import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Belongs here: well-formed error answers, one status a test, and the exception each becomes; servers
 * that answer wrongly, slowly, hugely or not at all belong in reliability/HostileServerTest.
 *
 * <p>Every error status becomes one typed exception carrying the status, message, bounded body and request id.
 */
@Timeout(30)
class ErrorMappingTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  @Test
  void jsonUnauthorizedIsAnAuthenticationExceptionWithTheServersMessage() throws Exception {
    String body = "{\"status\":401,\"message\":\"Invalid api key\"}";
    fixture.server.enqueue(json(401, body));

    AuthenticationException e = fixture.assertThrows(AuthenticationException.class, this::design);

    assertEquals(401, e.status());
    assertEquals("Invalid api key", e.serverMessage());
    assertNull(e.reason());
    assertEquals(body, e.body());
    assertOneDesignRequestSent();
  }

  @Test
  void plainTextUnauthorizedIsAnAuthenticationExceptionWithTheTextAsMessage() throws Exception {
    fixture.server.enqueue(new MockResponse().setResponseCode(401)
        .setHeader("Content-Type", "text/plain; charset=utf-8")
        .setBody("No permission -- see authorization schemes"));

    AuthenticationException e = fixture.assertThrows(AuthenticationException.class, this::design);

    assertEquals("No permission -- see authorization schemes", e.serverMessage());
    assertTrue(e.getMessage().contains("No permission -- see authorization schemes"), e.getMessage());
    assertOneDesignRequestSent();
  }

  @Test
  void paymentRequiredIsAnInsufficientCreditException() throws Exception {
    fixture.server.enqueue(json(402, "{\"status\":402,\"message\":\"Insufficient API credit\"}"));

    InsufficientCreditException e = fixture.assertThrows(InsufficientCreditException.class, this::design);

    assertEquals(402, e.status());
    assertEquals("Insufficient API credit", e.serverMessage());
    assertOneDesignRequestSent();
  }

  @Test
  void unprocessableRequestCarriesTheReason() throws Exception {
    fixture.server.enqueue(json(422, "{\"status\":422,\"message\":\"Validation failed\","
        + "\"reason\":\"instruction: ensure this value has at most 2000 characters\"}"));

    UnprocessableRequestException e = fixture.assertThrows(UnprocessableRequestException.class, this::design);

    assertEquals(422, e.status());
    assertEquals("Validation failed", e.serverMessage());
    assertEquals("instruction: ensure this value has at most 2000 characters", e.reason());
    assertOneDesignRequestSent();
  }

  @Test
  void tooManyRequestsIsARateLimitExceptionWithRetryAfter() throws Exception {
    fixture.server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}")
        .setHeader("Retry-After", "7"));

    RateLimitException e = fixture.assertThrows(RateLimitException.class,
        () -> fixture.track(fixture.builder().maxRetries(0).build()).voiceDesign().designVoice(designRequest()));

    assertEquals(429, e.status());
    assertEquals("Too many requests in flight", e.serverMessage());
    assertEquals(Duration.ofSeconds(7), e.retryAfter());
    assertOneDesignRequestSent();
  }

  @Test
  void tooManyRequestsWithoutRetryAfterHasNoRetryAfter() throws Exception {
    fixture.server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}"));

    RateLimitException e = fixture.assertThrows(RateLimitException.class,
        () -> fixture.track(fixture.builder().maxRetries(0).build()).voiceDesign().designVoice(designRequest()));

    assertNull(e.retryAfter());
    assertOneDesignRequestSent();
  }

  @Test
  void internalErrorAndUnavailableAreServerExceptions() throws Exception {
    FishAudio client = fixture.track(fixture.builder().maxRetries(0).build());
    fixture.server.enqueue(json(500, "{\"status\":500,\"message\":\"Internal server error\"}"));
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"Service is under high load, please retry later\"}"));

    ServerException internal = fixture.assertThrows(ServerException.class, () -> client.voiceDesign().designVoice(designRequest()));
    ServerException unavailable = fixture.assertThrows(ServerException.class, () -> client.voiceDesign().designVoice(designRequest()));

    assertEquals(500, internal.status());
    assertEquals("Internal server error", internal.serverMessage());
    assertEquals(503, unavailable.status());
    assertEquals("Service is under high load, please retry later", unavailable.serverMessage());
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void notFoundIsAPlainFishAudioApiException() throws Exception {
    fixture.server.enqueue(json(404, "{\"status\":404,\"message\":\"Not Found\"}"));

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class, this::design);

    assertSame(FishAudioApiException.class, e.getClass());
    assertEquals(404, e.status());
    assertEquals("Not Found", e.serverMessage());
    assertOneDesignRequestSent();
  }

  @Test
  void htmlBadGatewayPageIsAServerExceptionWhoseMessageIsNotTheHtml() throws Exception {
    String html = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
        + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
    fixture.server.enqueue(new MockResponse().setStatus("HTTP/1.1 502 Bad Gateway")
        .setHeader("Content-Type", "text/html").setBody(html));

    ServerException e = fixture.assertThrows(ServerException.class,
        () -> fixture.track(fixture.builder().maxRetries(0).build()).voiceDesign().designVoice(designRequest()));

    assertEquals(502, e.status());
    assertEquals("Bad Gateway", e.serverMessage());
    assertFalse(e.getMessage().contains("<"), e.getMessage());
    assertEquals(html, e.body());
    assertOneDesignRequestSent();
  }

  @Test
  void requestIdComesFromTheXRequestIdHeader() throws Exception {
    fixture.server.enqueue(json(402, "{\"status\":402,\"message\":\"Insufficient API credit\"}")
        .setHeader("x-request-id", "req_9a8b7c"));

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class, this::design);

    assertEquals("req_9a8b7c", e.requestId());
    assertOneDesignRequestSent();
  }

  @Test
  void messageCarriesStatusServerMessageReasonAndRequestId() throws Exception {
    fixture.server.enqueue(json(422, "{\"status\":422,\"message\":\"Validation failed\",\"reason\":\"n: at most 4\"}")
        .setHeader("x-request-id", "req_42"));

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class, this::design);

    assertEquals("HTTP 422: Validation failed (n: at most 4) [request id req_42]", e.getMessage());
    assertOneDesignRequestSent();
  }

  @Test
  void hugeErrorBodyIsBoundedTo64KiB() throws Exception {
    Buffer tenMegabytes = new Buffer();
    for (int i = 0; i < 10 * 1024; i++) {
      tenMegabytes.writeUtf8("x".repeat(1024));
    }
    fixture.server.enqueue(new MockResponse().setResponseCode(404)
        .setHeader("Content-Type", "text/plain").setBody(tenMegabytes));

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class, this::design);

    assertEquals(64 * 1024, e.body().getBytes(StandardCharsets.UTF_8).length);
    assertTrue(e.getMessage().length() < 1024, "message of " + e.getMessage().length() + " chars");
    assertOneDesignRequestSent();
  }

  @Test
  void transportFailureKeepsItsCause() throws Exception {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    TransportException e = fixture.assertThrows(TransportException.class, this::design);

    assertInstanceOf(IOException.class, e.getCause());
    assertOneDesignRequestSent();
  }

  private void design() {
    fixture.client().voiceDesign().designVoice(designRequest());
  }

  /** The error came from exactly one request, sent where voice design goes, and was not retried. */
  private void assertOneDesignRequestSent() throws InterruptedException {
    RecordedRequest sent = fixture.takeRequest();
    assertEquals("POST /proxy/v4beta/v1/voice-design HTTP/1.1", sent.getRequestLine());
    assertEquals(1, fixture.server.getRequestCount());
  }
}
