package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.Upload;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.ModelSortBy;
import fishaudio.client.generated.UpdateModelRequest;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import fishaudio.client.generated.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/**
 * Get, list, update and delete of a voice model through the public client, against Prism's mock
 * of the spec: every declared response with a body, the bodiless 200s, every named example, the
 * update's request examples, and dynamic responses for the two operations that return a body.
 */
@PrismContract
class ModelLifecycleContractTest {
  static final List<String> OPERATIONS = Arrays.asList("getModel", "listModels", "updateModel", "deleteModel");
  static final int DYNAMIC_RUNS = 50;

  private final Prism prism;
  private final Wire wire = new Wire();

  ModelLifecycleContractTest(Prism prism) {
    this.prism = prism;
  }

  static Stream<Spec.DeclaredResponse> declaredResponses() {
    return OPERATIONS.stream().flatMap(op -> Spec.get().declaredResponses(op).stream());
  }

  static Stream<Spec.ResponseExample> responseExamples() {
    return OPERATIONS.stream().flatMap(op -> Spec.get().responseExamples(op).stream());
  }

  static Stream<Spec.RequestExample> updateRequestExamples() {
    return Spec.get().requestExamples("updateModel").stream();
  }

  static ListModelsQuery query() {
    return ListModelsQuery.builder().pageSize(10).pageNumber(1).title("narrator").tag(Arrays.asList("calm", "warm"))
        .self(true).language(Arrays.asList("en", "de")).titleLanguage(Arrays.asList("en"))
        .sortBy(ModelSortBy.CREATED_AT).build();
  }

  static UpdateModelRequest update() {
    return UpdateModelRequest.builder().title("Studio narrator, take 2").visibility(Visibility.PRIVATE)
        .tags(Arrays.asList("narration", "calm")).build();
  }

  /** Calls the operation through the public client and returns what came back (null for no body). */
  static Object call(FishAudio client, String operationId) {
    switch (operationId) {
      case "getModel":
        return client.voiceCloning().getModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
      case "listModels":
        return client.voiceCloning().listModels(query());
      case "updateModel":
        client.voiceCloning().updateModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", update());
        return null;
      case "deleteModel":
        client.voiceCloning().deleteModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a");
        return null;
      default:
        throw new IllegalArgumentException(operationId);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (declared.code() < 300) {
      Object result = call(client, declared.operationId);
      assertNotNull(result);
      if (result instanceof ModelPageResponse) {
        ((ModelPageResponse) result).validate();
      } else {
        ((ModelEntity) result).validate();
      }
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> call(client, declared.operationId));
      assertSame(Clients.exceptionFor(declared.code()), e.getClass(), e.toString());
      assertEquals(declared.code(), e.status());
      assertFalse(e.serverMessage() == null || e.serverMessage().isEmpty());
    }
    assertEquals(1, wire.requestCount());
    assertEquals(declared.code(), wire.last().status);
    wire.assertNoViolations();
  }

  /** Update and delete answer 200 with no body, which Spec's response list (media types) does not show. */
  @ParameterizedTest(name = "{0} 200 no body")
  @MethodSource("bodilessOperations")
  void theBodiless200(String operationId) {
    wire.prefer("code=200");
    FishAudio client = Clients.fishAudio(prism, wire);

    assertEquals(null, call(client, operationId));

    assertEquals(1, wire.requestCount());
    assertEquals(200, wire.last().status);
    wire.assertNoViolations();
  }

  static Stream<String> bodilessOperations() {
    return Stream.of("updateModel", "deleteModel");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  @SuppressWarnings("unchecked")
  void everyNamedResponseExample(Spec.ResponseExample example) {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (example.code() < 300) {
      // getModel must answer about the model asked for (x-echoes): ask for the example's own.
      Object result = example.operationId.equals("getModel") && example.object().get("_id") != null
          ? client.voiceCloning().getModel(String.valueOf(example.object().get("_id")))
          : call(client, example.operationId);
      if (result instanceof ModelPageResponse) {
        ModelPageResponse page = (ModelPageResponse) result;
        Map<String, Object> want = example.object();
        assertEquals(((Number) want.get("total")).intValue(), page.total());
        assertEquals(want.get("has_more"), page.hasMore());
        List<Map<String, Object>> items = (List<Map<String, Object>>) want.get("items");
        assertEquals(items.size(), page.items().size());
        for (int i = 0; i < items.size(); i++) {
          assertEquals(items.get(i).get("_id"), page.items().get(i).id());
          assertEquals(items.get(i).get("state"), page.items().get(i).state().value());
        }
        ExampleAssertions.assertJsonEquals(example.value, ExampleAssertions.toJsonValue(page, ModelPageResponse.class),
            "ModelPageResponse round trip of " + example);
      } else {
        ModelEntity model = (ModelEntity) result;
        assertEquals(example.object().get("_id"), model.id());
        assertEquals(example.object().get("state"), model.state().value());
        assertTrue(model.state().isKnown());
        ExampleAssertions.assertJsonEquals(example.value, ExampleAssertions.toJsonValue(model, ModelEntity.class),
            "ModelEntity round trip of " + example);
      }
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> call(client, example.operationId));
      ExampleAssertions.assertErrorMatches(example, e);
    }
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updateRequestExamples")
  @SuppressWarnings("unchecked")
  void everyNamedUpdateRequestExample(Spec.RequestExample example) {
    UpdateModelRequest.Builder builder = UpdateModelRequest.builder();
    for (Map.Entry<String, Object> field : example.value.entrySet()) {
      Object v = field.getValue();
      switch (field.getKey()) {
        case "title":
          builder.title((String) v);
          break;
        case "description":
          builder.description((String) v);
          break;
        case "visibility":
          builder.visibility(Visibility.of((String) v));
          break;
        case "tags":
          builder.tags((List<String>) v);
          break;
        case "cover_image":
          builder.coverImage(Upload.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, (String) v, "image/png"));
          break;
        default:
          throw new AssertionError("the test does not know field " + field.getKey() + " of " + example);
      }
    }
    wire.prefer("code=200");
    Clients.fishAudio(prism, wire).voiceCloning().updateModel("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", builder.build());
    assertEquals(200, wire.last().status);
    wire.assertNoViolations();
  }

  @Test
  void dynamicGetModelResponsesAllDecode() {
    int decoded = 0;
    for (int i = 0; i < DYNAMIC_RUNS; i++) {
      Wire fuzz = new Wire().prefer("dynamic=true");
      try {
        ModelEntity model = Clients.fishAudio(prism, fuzz).voiceCloning().getModel("m" + i);
        assertNotNull(model.id());
        assertNotNull(model.state());
        fuzz.assertNoViolations();
        decoded++;
      } catch (fishaudio.client.errors.MalformedResponseException e) {
        // Prism's fake names another model than the one asked for. The client checks that (x-echoes)
        // only after the whole answer decoded and kept the spec's bounds, so it decoded.
        if (!String.valueOf(e.getMessage()).contains(", not the m" + i + " asked for")) {
          throw fuzz.explain(e);
        }
        fuzz.assertNoViolations();
        decoded++;
      } catch (RuntimeException | AssertionError e) {
        throw fuzz.explain(e);
      }
    }
    assertEquals(DYNAMIC_RUNS, decoded);
  }

  @Test
  void dynamicListModelsResponsesAllDecode() {
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < DYNAMIC_RUNS; i++) {
      Wire fuzz = new Wire().prefer("dynamic=true");
      try {
        ModelPageResponse page = Clients.fishAudio(prism, fuzz).voiceCloning().listModels(query());
        assertNotNull(page.total());
        for (ModelEntity model : page.items()) {
          assertNotNull(model.id());
        }
        sizes.add(page.items().size());
        fuzz.assertNoViolations();
      } catch (RuntimeException | AssertionError e) {
        throw fuzz.explain(e);
      }
    }
    assertEquals(DYNAMIC_RUNS, sizes.size());
  }

  @Test
  void listModelsWithRepeatedParametersIsAcceptedByTheMock() {
    wire.prefer("code=200");
    Clients.fishAudio(prism, wire).voiceCloning().listModels(query());
    assertEquals(200, wire.last().status);
    wire.assertNoRequestViolations();
  }

  static Stream<Arguments> queriesOutOfTheSpecsBounds() {
    return Stream.of(
        Arguments.of("page_size", (UnaryOperator<ListModelsQuery.Builder>) b -> b.pageSize(0)),
        Arguments.of("page_size", (UnaryOperator<ListModelsQuery.Builder>) b -> b.pageSize(101)),
        Arguments.of("page_number", (UnaryOperator<ListModelsQuery.Builder>) b -> b.pageNumber(0)));
  }

  /**
   * The generated query's bounds and the mock's agree: the public client refuses the query before
   * sending, and the same query sent through the raw interface (which does not validate) gets 422.
   */
  @ParameterizedTest(name = "listModels: {0} out of bounds (case {index})")
  @MethodSource("queriesOutOfTheSpecsBounds")
  void aQueryOutOfTheSpecsBoundsIsRefusedByTheClientAndByTheMock(String field,
      UnaryOperator<ListModelsQuery.Builder> breakIt) throws Exception {
    ListModelsQuery bad = breakIt.apply(ListModelsQuery.builder()).build();

    Wire refused = new Wire();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Clients.fishAudio(prism, refused).voiceCloning().listModels(bad));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(0, refused.requestCount(), "the client sent a query it knew was invalid");

    wire.prefer("code=200");
    Response<ModelPageResponse> response = Clients.fishAudio(prism, wire).voiceCloning().api().listModels(bad).execute();
    assertEquals(422, response.code(), wire.last().toString());
    assertTrue(wire.last().violations.stream().anyMatch(v -> v.location.contains(field) || v.message.contains(field)),
        "Prism's violations do not name " + field + ": " + wire.last().violations);
  }
}
