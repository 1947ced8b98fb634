package fishaudio.client.reliability;

import static fishaudio.client.reliability.Fixtures.json;
import static fishaudio.client.reliability.Fixtures.modelJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Belongs here: what a server's pages may not make {@code allModels} do: yield a model twice, page
 * forever, or step past the last page number. Where honest paging stops belongs in ModelPagerTest.
 *
 * <p>An issue-22 suite (items 13 and 18): every case reads at most {@link #READ_AT_MOST} models, so
 * a pager that never stops fails fast instead of running for 10,000 pages; and leaves no running
 * call, busy connection or thread behind ({@link Harness#finish()}).
 */
class PagingTest {
  private static final Tally TALLY = new Tally("paging");
  /** More than any case's honest answer; a pager that yields duplicates reaches it at once. */
  private static final int READ_AT_MOST = 1_000;

  @AfterAll
  static void report() {
    TALLY.report();
  }

  @TestFactory
  Stream<DynamicTest> noModelTwiceAndNoEndlessPaging() {
    return Stream.of(
        test("(13) pages alternating A, B, A, B with has_more true: each id once, and paging stops", h -> {
          List<String> a = Arrays.asList("a1", "a2", "a3", "a4");
          List<String> b = Arrays.asList("b1", "b2", "b3", "b4");
          serve(h, page -> page(page % 2 == 1 ? a : b, true));
          List<String> ids = walk(h, ListModelsQuery.builder().build());
          assertEquals(Arrays.asList("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"), ids);
          assertEquals(3, h.server.getRequestCount(), "paging went on after a page of repeats");
        }),
        test("(13) each page's first item is new and the rest repeat: every id once", h -> {
          serve(h, page -> page(Arrays.asList("new" + page, "r1", "r2", "r3"), page < 50));
          List<String> ids = walk(h, ListModelsQuery.builder().build());
          assertEquals(53, ids.size(), () -> "ids: " + ids.size());
          assertEquals(53, ids.stream().distinct().count(), "an id was yielded twice");
          assertEquals(50, h.server.getRequestCount());
        }),
        test("the same page forever, its items in another order each time: each once, and paging stops", h -> {
          serve(h, page -> page(page % 2 == 1 ? Arrays.asList("x", "y") : Arrays.asList("y", "x"), true));
          assertEquals(Arrays.asList("x", "y"), walk(h, ListModelsQuery.builder().build()));
          assertEquals(2, h.server.getRequestCount());
        }),
        test("an id twice within one page is yielded once", h -> {
          serve(h, page -> page(Arrays.asList("d", "e", "d"), false));
          assertEquals(Arrays.asList("d", "e"), walk(h, ListModelsQuery.builder().build()));
        }),
        test("a page of repeats and one new id at its end yields the new one, then stops at the next page of repeats", h -> {
          serve(h, page -> page == 1 ? page(Arrays.asList("p", "q"), true)
              : page == 2 ? page(Arrays.asList("p", "q", "z"), true)
              : page(Arrays.asList("q", "z", "p"), true));
          assertEquals(Arrays.asList("p", "q", "z"), walk(h, ListModelsQuery.builder().build()));
          assertEquals(3, h.server.getRequestCount());
        }));
  }

  @TestFactory
  Stream<DynamicTest> theLastPageNumberIsTheLast() {
    return Stream.of(
        test("(18) from page_number Integer.MAX_VALUE: that page, then a clean stop, no negative page", h -> {
          serve(h, page -> page(Collections.singletonList("last" + page), true));
          List<String> ids = walk(h, ListModelsQuery.builder().pageNumber(Integer.MAX_VALUE).build());
          assertEquals(Collections.singletonList("last" + Integer.MAX_VALUE), ids);
          assertEquals(1, h.server.getRequestCount());
          RecordedRequest request = h.server.takeRequest();
          assertEquals(String.valueOf(Integer.MAX_VALUE), request.getRequestUrl().queryParameter("page_number"));
        }),
        test("from page_number Integer.MAX_VALUE - 1: two pages, then a clean stop", h -> {
          serve(h, page -> page(Collections.singletonList("p" + page), true));
          List<String> ids = walk(h, ListModelsQuery.builder().pageNumber(Integer.MAX_VALUE - 1).build());
          assertEquals(Arrays.asList("p" + (Integer.MAX_VALUE - 1), "p" + Integer.MAX_VALUE), ids);
          assertEquals(2, h.server.getRequestCount());
        }));
  }

  // ------------------------------------------------------------------ helpers

  private static DynamicTest test(String name, Harness.Body body) {
    return Harness.test(TALLY, name, body);
  }

  /** At most {@link #READ_AT_MOST} ids of every model the query walks, in order. */
  private static List<String> walk(Harness h, ListModelsQuery query) {
    List<String> ids = h.client().voiceCloning().allModels(query).stream().limit(READ_AT_MOST).map(ModelEntity::id)
        .collect(Collectors.toList());
    assertTrue(ids.size() < READ_AT_MOST, "the pager did not stop: " + READ_AT_MOST + " models read");
    return ids;
  }

  /** Answers each list request with the page its {@code page_number} asks for (1 when unset). */
  private static void serve(Harness h, IntFunction<String> pages) {
    h.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String number = request.getRequestUrl().queryParameter("page_number");
        return json(200, pages.apply(number == null ? 1 : Integer.parseInt(number)));
      }
    });
  }

  /** A page of these ids whose total is not exact, so only has_more and the pager's own rules stop it. */
  private static String page(List<String> ids, boolean hasMore) {
    List<String> items = new ArrayList<>();
    for (String id : ids) {
      items.add(modelJson().replace("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", id));
    }
    return "{\"total\":1000000,\"total_is_exact\":false,\"has_more\":" + hasMore + ",\"items\":["
        + String.join(",", items) + "]}";
  }
}
