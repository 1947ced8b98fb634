package fishaudio.client;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.InvalidRequestException;

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
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import fishaudio.client.generated.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    ModelEntity model = fixture.client().voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");

    assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
    RecordedRequest request = fixture.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(PREFIX + "model/8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", request.getPath());
    assertEquals(0, request.getBodySize());
  }

  @Test
  void anIdWithSlashesAndDotsStaysOneEncodedPathSegment() throws Exception {
    fixture.server.enqueue(json(200, modelJson().replace("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", "../v1/voice-design?x=1")));

    fixture.client().voiceCloning().getModel("../v1/voice-design?x=1");

    RecordedRequest request = fixture.takeRequest();
    assertEquals(PREFIX + "model/..%2Fv1%2Fvoice-design%3Fx=1", request.getPath());
    assertNull(request.getRequestUrl().queryParameter("x"));
  }

  @Test
  void emptyOrNullIdIsRefusedBeforeSending() {
    FishAudio client = fixture.client();
    assertEquals("id", fixture.assertThrows(InvalidRequestException.class, () -> client.voiceCloning().getModel("")).field());
    assertEquals("id", fixture.assertThrows(InvalidRequestException.class, () -> client.voiceCloning().deleteModel(null)).field());
    assertEquals("id", fixture.assertThrows(InvalidRequestException.class,
        () -> client.voiceCloning().updateModel("", UpdateModelRequest.builder().title("t").build())).field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void notFoundBecomesATypedError() {
    fixture.server.enqueue(json(404, "{\"status\":404,\"message\":\"Model not found\"}"));

    FishAudioApiException error = fixture.assertThrows(FishAudioApiException.class,
        () -> fixture.client().voiceCloning().getModel("missing"));

    assertEquals(404, error.status());
    assertEquals("Model not found", error.serverMessage());
  }

  @Test
  void listModelsSendsEveryParameterAndRepeatsTheArrays() throws Exception {
    fixture.server.enqueue(json(200, pageJson(1, false, modelJson())));

    ModelPageResponse page = fixture.client().voiceCloning().listModels(ListModelsQuery.builder()
        .pageSize(20)
        .pageNumber(3)
        .title("narrator")
        .tag(Arrays.asList("calm", "warm"))
        .self(true)
        .authorId("a1")
        .language(Arrays.asList("en", "de"))
        .titleLanguage(Arrays.asList("en", "ja"))
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

    ModelPageResponse page = fixture.client().voiceCloning().listModels(ListModelsQuery.builder().build());

    assertTrue(page.items().isEmpty());
    assertTrue(page.totalIsExactOrDefault());
    assertEquals(PREFIX + "model", fixture.takeRequest().getPath());
  }

  static Stream<Arguments> queriesOutOfTheSpecsBounds() {
    return Stream.of(
        Arguments.of("page_size 0", ListModelsQuery.builder().pageSize(0), "page_size", "must be at least 1, was 0"),
        Arguments.of("page_size 101", ListModelsQuery.builder().pageSize(101), "page_size", "must be at most 100, was 101"),
        Arguments.of("page_number 0", ListModelsQuery.builder().pageNumber(0), "page_number", "must be at least 1, was 0"),
        Arguments.of("null tag item", ListModelsQuery.builder().tag(Arrays.asList("a", null)), "tag",
            "must not contain null items, found one at index 1"),
        Arguments.of("null language item", ListModelsQuery.builder().language(Arrays.asList((String) null)),
            "language", "must not contain null items"),
        Arguments.of("null title_language item", ListModelsQuery.builder().titleLanguage(Arrays.asList("en", null)),
            "title_language", "must not contain null items"),
        Arguments.of("unknown sort_by", ListModelsQuery.builder().sortBy(ModelSortBy.of("popularity")), "sort_by",
            "must be one of"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queriesOutOfTheSpecsBounds")
  void aQueryOutOfTheSpecsBoundsIsRefusedBeforeSending(String name, ListModelsQuery.Builder query, String field,
      String bound) {
    for (int i = 0; i < 3; i++) { // a client that sent the query anyway would get answers, not hang
      fixture.server.enqueue(json(200, pageJson(0, false)));
    }
    FishAudio client = fixture.client();

    InvalidRequestException sync = fixture.assertThrows(InvalidRequestException.class,
        () -> client.voiceCloning().listModels(query.build()));
    InvalidRequestException async = fixture.assertThrows(InvalidRequestException.class,
        () -> client.voiceCloning().listModelsAsync(query.build()));
    InvalidRequestException paged = fixture.assertThrows(InvalidRequestException.class,
        () -> client.voiceCloning().allModels(query.build()));

    for (InvalidRequestException error : List.of(sync, async, paged)) {
      assertEquals(field, error.field());
      assertTrue(error.getMessage().contains(bound), error.getMessage());
    }
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void aNullQueryIsRefusedBeforeSending() {
    fixture.server.enqueue(json(200, pageJson(0, false)));
    InvalidRequestException error = fixture.assertThrows(InvalidRequestException.class,
        () -> fixture.client().voiceCloning().listModels(null));
    assertEquals("query", error.field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100})
  void aPageSizeAtEitherBoundIsSent(int pageSize) throws Exception {
    fixture.server.enqueue(json(200, pageJson(0, false)));

    fixture.client().voiceCloning().listModels(ListModelsQuery.builder().pageSize(pageSize).pageNumber(1).build());

    HttpUrl url = fixture.takeRequest().getRequestUrl();
    assertEquals(String.valueOf(pageSize), url.queryParameter("page_size"));
    assertEquals("1", url.queryParameter("page_number"));
  }

  @Test
  void theRawInterfacesQueryOverloadSendsWithoutValidating() throws Exception {
    fixture.server.enqueue(json(422, "{\"detail\":[]}"));

    int status = fixture.client().voiceCloning().api()
        .listModels(ListModelsQuery.builder().pageSize(0).tag(Arrays.asList("a", "b")).build()).execute().code();

    assertEquals(422, status);
    HttpUrl url = fixture.takeRequest().getRequestUrl();
    assertEquals("0", url.queryParameter("page_size"));
    assertEquals(List.of("a", "b"), url.queryParameterValues("tag"));
  }

  @Test
  void updateModelSendsOnlyTheSetFieldsAsMultipartPatch() throws Exception {
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.client().voiceCloning().updateModel("m1", UpdateModelRequest.builder()
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
        () -> fixture.client().voiceCloning().updateModel("m1", UpdateModelRequest.builder().title("").build()));
    assertEquals("title", error.field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void deleteModelSendsDeleteAndAcceptsAnEmpty200() throws Exception {
    fixture.server.enqueue(new MockResponse().setResponseCode(200));

    fixture.client().voiceCloning().deleteModel("m1");

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

    assertEquals("trained", client.voiceCloning().getModelAsync("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a").get().state().value());
    assertEquals(1, client.voiceCloning().listModelsAsync(ListModelsQuery.builder().build()).get().total());
    assertNull(client.voiceCloning().updateModelAsync("m1", UpdateModelRequest.builder().title("t").build()).get());
    java.util.concurrent.ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(
        java.util.concurrent.ExecutionException.class, () -> client.voiceCloning().deleteModelAsync("m1").get());
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

    ModelEntity created = client.voiceCloning().createModel(ClientFixture.modelRequest(
        Upload.of(ClientFixture.wav(1), "a.wav", "audio/wav")).build());
    ModelEntity trained = client.voiceCloning().waitUntilTrained(created.id(), java.time.Duration.ofMinutes(5));
    boolean listed = client.voiceCloning().allModels(ListModelsQuery.builder().self(true).build()).stream()
        .anyMatch(m -> m.id().equals(trained.id()));
    client.voiceCloning().updateModel(trained.id(), UpdateModelRequest.builder().visibility(Visibility.PUBLIC).build());
    client.voiceCloning().deleteModel(trained.id());

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
