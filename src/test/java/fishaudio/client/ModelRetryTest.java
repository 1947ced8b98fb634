package fishaudio.client;

import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.internal.http.RetryInterceptor;

import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelJson;
import static fishaudio.client.ModelLifecycleTest.pageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fishaudio.client.generated.Idempotent;
import fishaudio.client.generated.UpdateModelRequest;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import fishaudio.client.generated.VoiceCloningService;
import fishaudio.client.generated.VoiceDesignService;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retry rules per operation: get, list and delete are idempotent in the spec, so they are
 * also retried on a 500 and after a connection failed with the request sent; update, create and
 * design keep the rules of requests the server may have processed.
 */
@Timeout(30)
class ModelRetryTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  static MockResponse serverError() {
    return json(500, "{\"status\":500,\"message\":\"Internal server error\"}");
  }

  static MockResponse notFound() {
    return json(404, "{\"status\":404,\"message\":\"Model not found\"}");
  }

  @Test
  void theGeneratedInterfacesCarryTheSpecsIdempotency() throws Exception {
    for (Method method : VoiceCloningService.Api.class.getMethods()) {
      boolean expected = List.of("getModel", "listModels", "deleteModel").contains(method.getName());
      assertEquals(expected, method.isAnnotationPresent(Idempotent.class), method.getName());
    }
    for (Method method : VoiceDesignService.Api.class.getMethods()) {
      assertEquals(false, method.isAnnotationPresent(Idempotent.class), method.getName());
    }
  }

  @Test
  void getIsRetriedOn500() {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(json(200, modelJson()));

    fixture.client().voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");

    assertEquals(2, fixture.server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), fixture.sleeps);
  }

  @Test
  void listIsRetriedAfterADisconnectOnceSent() {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    fixture.server.enqueue(json(200, pageJson(0, false)));

    assertEquals(0, fixture.client().voiceCloning().listModels(ListModelsQuery.builder().build()).total());
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void getGivesUpAfterMaxRetries() {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(serverError());

    ServerException e = fixture.assertThrows(ServerException.class, () -> fixture.client().voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));

    assertEquals(500, e.status());
    assertEquals(3, fixture.server.getRequestCount());
  }

  @Test
  void updateIsNotRetriedOn500() {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.assertThrows(ServerException.class,
        () -> fixture.client().voiceCloning().updateModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", UpdateModelRequest.builder().title("t").build()));

    assertEquals(1, fixture.server.getRequestCount());
    assertEquals(List.of(), fixture.sleeps);
  }

  @Test
  void updateIsNotRetriedAfterADisconnectOnceSent() {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.assertThrows(TransportException.class,
        () -> fixture.client().voiceCloning().updateModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", UpdateModelRequest.builder().title("t").build()));

    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void updateIsStillRetriedOn503() {
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"busy\"}"));
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.client().voiceCloning().updateModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", UpdateModelRequest.builder().title("t").build());

    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void createModelIsStillNotRetriedOn500() {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(ClientFixture.created());

    fixture.assertThrows(ServerException.class, () -> fixture.client().voiceCloning().createModel(
        ClientFixture.modelRequest(Upload.of(ClientFixture.wav(1), "a.wav", "audio/wav")).build()));

    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void designVoiceIsStillNotRetriedOn500() {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(ClientFixture.designed());

    fixture.assertThrows(ServerException.class, () -> fixture.client().voiceDesign().designVoice(ClientFixture.designRequest()));

    assertEquals(1, fixture.server.getRequestCount());
  }

  @Test
  void deleteRetriedAfterALostResponseAndAnswered404HasSucceeded() {
    fixture.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    fixture.server.enqueue(notFound());

    fixture.client().voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");

    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void deleteRetriedAfterA500AndAnswered404HasSucceeded() {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(notFound());

    fixture.client().voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");

    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void deleteAnswered404AtOnceIsNotFound() {
    fixture.server.enqueue(notFound());

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class, () -> fixture.client().voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));

    assertEquals(404, e.status());
  }

  @Test
  void deleteRetriedAfterA503AndAnswered404IsNotFound() {
    // A 503 says the server did not process the request, so the first attempt deleted nothing.
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"busy\"}"));
    fixture.server.enqueue(notFound());

    FishAudioApiException e = fixture.assertThrows(FishAudioApiException.class, () -> fixture.client().voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a"));

    assertEquals(404, e.status());
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void theRawInterfaceSeesTheAssumedDeleteAsAMarked200() throws Exception {
    fixture.server.enqueue(serverError());
    fixture.server.enqueue(notFound());

    retrofit2.Response<Void> response = fixture.client().voiceCloning().api().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a").execute();

    assertEquals(200, response.code());
    assertEquals("true", response.headers().get(RetryInterceptor.DELETED_EARLIER));
  }
}
