package fishaudio.client;

import static fishaudio.client.ClientFixture.PREFIX;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelJson;
import static fishaudio.client.ClientFixture.named;
import static fishaudio.client.ClientFixture.names;
import static fishaudio.client.ClientFixture.parts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.ClientFixture.FormPart;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.ModelSortBy;
import fishaudio.client.generated.UpdateModelRequest;
import fishaudio.client.generated.Visibility;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire format of get, list, update and delete of a voice model, on MockWebServer. */
@Timeout(30)
class ModelLifecycleTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  static String pageJson(int total, Boolean hasMore, String... models) {
    return "{\"total\":" + total + ",\"items\":[" + String.join(",", models) + "]"
        + (hasMore == null ? "" : ",\"has_more\":" + hasMore) + "}";
  }

  @Test
  void getModelSendsGetToTheModelPath() throws Exception {
    fixture.server.enqueue(json(200, modelJson()));

    ModelEntity model = fixture.client().getModel("8f6c2d1e");

    assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
    RecordedRequest request = fixture.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(PREFIX + "model/8f6c2d1e", request.getPath());
    assertEquals(0, request.getBodySize());
  }

  @Test
  void anIdWithSlashesAndDotsStaysOneEncodedPathSegment() throws Exception {
    fixture.server.enqueue(json(200, modelJson()));

    fixture.client().getModel("../v1/voice-design?x=1");

    RecordedRequest request = fixture.takeRequest();
    assertEquals(PREFIX + "model/..%2Fv1%2Fvoice-design%3Fx=1", request.getPath());
    assertNull(request.getRequestUrl().queryParameter("x"));
  }

  @Test
  void emptyOrNullIdIsRefusedBeforeSending() {
    FishAudio client = fixture.client();
    assertEquals("id", fixture.assertThrows(InvalidRequestException.class, () -> client.getModel("")).field());
    assertEquals("id", fixture.assertThrows(InvalidRequestException.class, () -> client.deleteModel(null)).field());
    assertEquals("id", fixture.assertThrows(InvalidRequestException.class,
        () -> client.updateModel("", UpdateModelRequest.builder().title("t").build())).field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void notFoundBecomesATypedError() {
    fixture.server.enqueue(json(404, "{\"status\":404,\"message\":\"Model not found\"}"));

    FishAudioApiException error = fixture.assertThrows(FishAudioApiException.class,
        () -> fixture.client().getModel("missing"));

    assertEquals(404, error.status());
    assertEquals("Model not found", error.serverMessage());
  }

  @Test
  void listModelsSendsEveryParameterAndRepeatsTheArrays() throws Exception {
    fixture.server.enqueue(json(200, pageJson(1, false, modelJson())));

    ModelPageResponse page = fixture.client().listModels(ModelQuery.builder()
        .pageSize(20)
        .pageNumber(3)
        .title("narrator")
        .tags(Arrays.asList("calm", "warm"))
        .self(true)
        .authorId("a1")
        .languages(Arrays.asList("en", "de"))
        .titleLanguages(Arrays.asList("en", "ja"))
        .sortBy(ModelSortBy.CREATED_AT)
        .build());

    assertEquals(1, page.total());
    assertEquals(1, page.items().size());
    assertFalse(page.hasMore());
    RecordedRequest request = fixture.takeRequest();
    assertEquals("GET", request.getMethod());
    HttpUrl url = request.getRequestUrl();
    assertEquals(PREFIX + "model", url.encodedPath());
    assertEquals("20", url.queryParameter("page_size"));
    assertEquals("3", url.queryParameter("page_number"));
    assertEquals("narrator", url.queryParameter("title"));
    assertEquals(List.of("calm", "warm"), url.queryParameterValues("tag"));
    assertEquals("true", url.queryParameter("self"));
    assertEquals("a1", url.queryParameter("author_id"));
    assertEquals(List.of("en", "de"), url.queryParameterValues("language"));
    assertEquals(List.of("en", "ja"), url.queryParameterValues("title_language"));
    assertEquals("created_at", url.queryParameter("sort_by"));
    assertEquals(12, url.querySize());
  }

  @Test
  void anEmptyQuerySendsNoParameters() throws Exception {
    fixture.server.enqueue(json(200, pageJson(0, null)));

    ModelPageResponse page = fixture.client().listModels(ModelQuery.builder().build());

    assertTrue(page.items().isEmpty());
    assertTrue(page.totalIsExactOrDefault());
    assertEquals(PREFIX + "model", fixture.takeRequest().getPath());
  }

  @Test
  void aNullTagIsRefusedBeforeSending() {
    InvalidRequestException error = fixture.assertThrows(InvalidRequestException.class,
        () -> fixture.client().listModels(ModelQuery.builder().tags(Arrays.asList("a", null)).build()));
    assertEquals("tag", error.field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void updateModelSendsOnlyTheSetFieldsAsMultipartPatch() throws Exception {
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.client().updateModel("m1", UpdateModelRequest.builder()
        .title("New title")
        .visibility(Visibility.UNLIST)
        .tags(Arrays.asList("calm", "warm"))
        .coverImage(Upload.of(new byte[] {1, 2, 3}, "cover.png", "image/png"))
        .build());

    RecordedRequest request = fixture.takeRequest();
    assertEquals("PATCH", request.getMethod());
    assertEquals(PREFIX + "model/m1", request.getPath());
    List<FormPart> parts = parts(request);
    assertEquals(List.of("title", "visibility", "tags", "tags", "cover_image"), names(parts));
    assertEquals("New title", named(parts, "title").get(0).text());
    assertEquals("unlist", named(parts, "visibility").get(0).text());
    assertEquals("warm", named(parts, "tags").get(1).text());
    FormPart cover = named(parts, "cover_image").get(0);
    assertEquals("cover.png", cover.filename());
    assertEquals("image/png", cover.contentType());
    assertEquals(3, cover.body().size());
  }

  @Test
  void anUpdateThatBreaksTheSpecIsRefusedBeforeSending() {
    InvalidRequestException error = fixture.assertThrows(InvalidRequestException.class,
        () -> fixture.client().updateModel("m1", UpdateModelRequest.builder().title("").build()));
    assertEquals("title", error.field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void deleteModelSendsDeleteAndAcceptsAnEmpty200() throws Exception {
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.client().deleteModel("m1");

    RecordedRequest request = fixture.takeRequest();
    assertEquals("DELETE", request.getMethod());
    assertEquals(PREFIX + "model/m1", request.getPath());
  }

  @Test
  void asyncFormsCompleteWithTheSameResults() throws Exception {
    fixture.server.enqueue(json(200, modelJson()));
    fixture.server.enqueue(json(200, pageJson(1, false, modelJson())));
    fixture.server.enqueue(new MockResponse().setResponseCode(200));
    fixture.server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key\"}"));
    FishAudio client = fixture.client();

    assertEquals("trained", client.getModelAsync("m1").get().state().value());
    assertEquals(1, client.listModelsAsync(ModelQuery.builder().build()).get().total());
    assertNull(client.updateModelAsync("m1", UpdateModelRequest.builder().title("t").build()).get());
    java.util.concurrent.ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(
        java.util.concurrent.ExecutionException.class, () -> client.deleteModelAsync("m1").get());
    assertEquals(AuthenticationException.class, fixture.caught(failed.getCause()).getClass());
  }

  @Test
  void aUserClonesWaitsFindsChangesVisibilityAndDeletesEachInOneCall() throws Exception {
    String training = modelJson().replace("\"state\": \"trained\"", "\"state\": \"training\"");
    fixture.server.enqueue(ClientFixture.created().setBody(training));
    fixture.server.enqueue(json(200, modelJson()));
    fixture.server.enqueue(json(200, pageJson(1, false, modelJson())));
    fixture.server.enqueue(new MockResponse().setResponseCode(200));
    fixture.server.enqueue(new MockResponse().setResponseCode(200));
    FishAudio client = fixture.client();

    ModelEntity created = client.createModel(ClientFixture.modelRequest(
        Upload.of(ClientFixture.wav(1), "a.wav", "audio/wav")).build());
    ModelEntity trained = client.waitUntilTrained(created.id(), java.time.Duration.ofMinutes(5));
    boolean listed = client.allModels(ModelQuery.builder().self(true).build()).stream()
        .anyMatch(m -> m.id().equals(trained.id()));
    client.updateModel(trained.id(), UpdateModelRequest.builder().visibility(Visibility.PUBLIC).build());
    client.deleteModel(trained.id());

    assertEquals("training", created.state().value());
    assertEquals("trained", trained.state().value());
    assertTrue(listed);
    List<String> calls = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      RecordedRequest r = fixture.takeRequest();
      calls.add(r.getMethod() + " " + r.getRequestUrl().encodedPath().substring(PREFIX.length())
          + (r.getRequestUrl().query() == null ? "" : "?" + r.getRequestUrl().query()));
    }
    String id = created.id();
    assertEquals(List.of("POST model", "GET model/" + id, "GET model?page_number=1&self=true",
        "PATCH model/" + id, "DELETE model/" + id), calls);
  }
}
