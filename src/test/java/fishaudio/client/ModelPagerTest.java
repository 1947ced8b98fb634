package fishaudio.client;

import fishaudio.client.helpers.ModelPager;

import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.ClientFixture.modelJson;
import static fishaudio.client.ModelLifecycleTest.pageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every page of a model list, fetched lazily, and where paging stops. */
@Timeout(30)
class ModelPagerTest {
  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  static String model(String id) {
    return modelJson().replace("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", id);
  }

  private List<String> ids(Iterable<ModelEntity> models) {
    return java.util.stream.StreamSupport.stream(models.spliterator(), false).map(ModelEntity::id)
        .collect(Collectors.toList());
  }

  private String pageNumber(int request) throws InterruptedException {
    RecordedRequest recorded = fixture.takeRequest();
    assertEquals(1, recorded.getRequestUrl().queryParameterValues("self").size());
    return recorded.getRequestUrl().queryParameter("page_number") + "/" + request;
  }

  @Test
  void walksSeveralPagesUntilHasMoreIsFalse() throws Exception {
    fixture.server.enqueue(json(200, pageJson(5, true, model("a"), model("b"))));
    fixture.server.enqueue(json(200, pageJson(5, true, model("c"), model("d"))));
    fixture.server.enqueue(json(200, pageJson(5, false, model("e"))));

    List<String> ids = ids(fixture.client().voiceCloning().allModels(ListModelsQuery.builder().self(true).pageSize(2).build()));

    assertEquals(List.of("a", "b", "c", "d", "e"), ids);
    assertEquals(List.of("1/1", "2/2", "3/3"), List.of(pageNumber(1), pageNumber(2), pageNumber(3)));
  }

  @Test
  void fetchesNothingUntilIteratedAndEachPageOnlyWhenReached() throws Exception {
    fixture.server.enqueue(json(200, pageJson(3, true, model("a"), model("b"))));
    fixture.server.enqueue(json(200, pageJson(3, false, model("c"))));
    ModelPager pager = fixture.client().voiceCloning().allModels(ListModelsQuery.builder().self(true).build());
    assertEquals(0, fixture.server.getRequestCount());

    Iterator<ModelEntity> models = pager.iterator();
    assertEquals("a", models.next().id());
    assertEquals("b", models.next().id());
    assertEquals(1, fixture.server.getRequestCount());
    assertEquals("c", models.next().id());
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void stopsAtAnEmptyPage() {
    fixture.server.enqueue(json(200, pageJson(10, true, model("a"))));
    fixture.server.enqueue(json(200, pageJson(10, true)));
    fixture.server.enqueue(json(200, pageJson(10, true, model("never"))));

    assertEquals(List.of("a"), ids(fixture.client().voiceCloning().allModels(ListModelsQuery.builder().self(true).build())));
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void stopsOnceTotalModelsWereSeenEvenWhenHasMoreIsMissing() {
    fixture.server.enqueue(json(200, pageJson(2, null, model("a"))));
    fixture.server.enqueue(json(200, pageJson(2, null, model("b"))));
    fixture.server.enqueue(json(200, pageJson(2, null, model("never"))));

    assertEquals(List.of("a", "b"), fixture.client().voiceCloning().allModels(ListModelsQuery.builder().self(true).build())
        .stream().map(ModelEntity::id).collect(Collectors.toList()));
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void aHasMoreThatLiesWithTheSamePageAgainStopsForLackOfProgress() {
    // Every request gets the same page saying has_more: true, with an inexact total, forever.
    fixture.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return json(200, "{\"total\":1000000,\"total_is_exact\":false,\"has_more\":true,\"items\":["
            + model("same") + "]}");
      }
    });

    assertEquals(List.of("same"), ids(fixture.client().voiceCloning().allModels(ListModelsQuery.builder().self(true).build())));
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void aHasMoreThatLiesWithNewModelsStopsAtThePageCap() {
    int[] served = new int[1];
    ModelEntity template = parse(model("m"));
    ModelPager pager = new ModelPager(ListModelsQuery.builder().build(), query -> {
      served[0]++;
      return fishaudio.client.generated.ModelPageResponse.builder()
          .total(1).totalIsExact(false).hasMore(true)
          .items(List.of(template.toBuilder().id("m" + query.pageNumber()).build()))
          .build();
    });

    assertEquals(ModelPager.MAX_PAGES, pager.stream().count());
    assertEquals(ModelPager.MAX_PAGES, served[0]);
  }

  @Test
  void startsAtTheQuerysPage() throws Exception {
    fixture.server.enqueue(json(200, pageJson(5, false, model("e"))));

    assertEquals(List.of("e"), ids(fixture.client().voiceCloning().allModels(ListModelsQuery.builder().self(true).pageNumber(3).build())));
    assertEquals("3/1", pageNumber(1));
  }

  @Test
  void everyPageKeepsTheRestOfTheQuery() throws Exception {
    fixture.server.enqueue(json(200, pageJson(2, true, model("a"))));
    fixture.server.enqueue(json(200, pageJson(2, false, model("b"))));
    ListModelsQuery query = ListModelsQuery.builder().pageSize(1).title("narrator").tag(List.of("calm", "warm"))
        .self(true).authorId("a1").language(List.of("en")).titleLanguage(List.of("ja"))
        .sortBy(fishaudio.client.generated.ModelSortBy.TASK_COUNT).build();

    assertEquals(List.of("a", "b"), ids(fixture.client().voiceCloning().allModels(query)));

    for (int page = 1; page <= 2; page++) {
      okhttp3.HttpUrl url = fixture.takeRequest().getRequestUrl();
      assertEquals(String.valueOf(page), url.queryParameter("page_number"));
      assertEquals("1", url.queryParameter("page_size"));
      assertEquals("narrator", url.queryParameter("title"));
      assertEquals(List.of("calm", "warm"), url.queryParameterValues("tag"));
      assertEquals("true", url.queryParameter("self"));
      assertEquals("a1", url.queryParameter("author_id"));
      assertEquals(List.of("en"), url.queryParameterValues("language"));
      assertEquals(List.of("ja"), url.queryParameterValues("title_language"));
      assertEquals("task_count", url.queryParameter("sort_by"));
    }
  }

  private static ModelEntity parse(String json) {
    try {
      return new com.squareup.moshi.Moshi.Builder().build().adapter(ModelEntity.class).fromJson(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
