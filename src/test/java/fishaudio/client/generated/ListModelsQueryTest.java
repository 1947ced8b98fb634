package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The query value generated from {@code GET /model}'s query parameters: its bounds, defaults and copies. */
class ListModelsQueryTest {

  private static ListModelsQuery full() {
    return ListModelsQuery.builder().pageSize(20).pageNumber(3).title("narrator").tag(Arrays.asList("calm", "warm"))
        .self(true).authorId("a1").language(Arrays.asList("en", "de")).titleLanguage(Arrays.asList("ja"))
        .sortBy(ModelSortBy.CREATED_AT).build();
  }

  private static Arguments ok(String name, UnaryOperator<ListModelsQuery.Builder> edit) {
    return Arguments.of(Named.of(name, edit));
  }

  private static Arguments bad(String name, UnaryOperator<ListModelsQuery.Builder> edit, String field, String bound) {
    return Arguments.of(Named.of(name, edit), field, bound);
  }

  static Stream<Arguments> validQueries() {
    return Stream.of(
        ok("nothing set", b -> b),
        ok("page_size 1", b -> b.pageSize(1)),
        ok("page_size 100", b -> b.pageSize(100)),
        ok("page_number 1", b -> b.pageNumber(1)),
        ok("page_number large", b -> b.pageNumber(Integer.MAX_VALUE)),
        ok("empty lists", b -> b.tag(List.of()).language(List.of()).titleLanguage(List.of())),
        ok("every parameter", b -> full().toBuilder()));
  }

  static Stream<Arguments> invalidQueries() {
    return Stream.of(
        bad("page_size 0", b -> b.pageSize(0), "page_size", "must be at least 1, was 0"),
        bad("page_size -1", b -> b.pageSize(-1), "page_size", "must be at least 1, was -1"),
        bad("page_size 101", b -> b.pageSize(101), "page_size", "must be at most 100, was 101"),
        bad("page_number 0", b -> b.pageNumber(0), "page_number", "must be at least 1, was 0"),
        bad("null tag item", b -> b.tag(Arrays.asList("a", null)), "tag",
            "must not contain null items, found one at index 1"),
        bad("null language item", b -> b.language(Arrays.asList((String) null)), "language",
            "must not contain null items, found one at index 0"),
        bad("null title_language item", b -> b.titleLanguage(Arrays.asList("en", null)), "title_language",
            "must not contain null items, found one at index 1"),
        bad("unknown sort_by", b -> b.sortBy(ModelSortBy.of("popularity")), "sort_by",
            "must be one of [score, task_count, created_at], was popularity"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validQueries")
  void validQueriesPass(UnaryOperator<ListModelsQuery.Builder> edit) {
    assertDoesNotThrow(() -> edit.apply(ListModelsQuery.builder()).build().validate());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidQueries")
  void invalidQueriesNameTheWireNameAndTheBound(UnaryOperator<ListModelsQuery.Builder> edit, String field, String bound) {
    ConstraintViolation violation = assertThrows(ConstraintViolation.class,
        () -> edit.apply(ListModelsQuery.builder()).build().validate());
    assertEquals(field, violation.field());
    assertEquals(field + " " + bound, violation.getMessage());
  }

  @Test
  void buildingDoesNotValidate() {
    assertEquals(Integer.valueOf(0), ListModelsQuery.builder().pageSize(0).build().pageSize());
  }

  @Test
  void unsetParametersAreNullAndTheirOrDefaultsAreTheSpecs() {
    ListModelsQuery empty = ListModelsQuery.builder().build();

    assertNull(empty.pageSize());
    assertNull(empty.pageNumber());
    assertNull(empty.self());
    assertNull(empty.sortBy());
    assertNull(empty.tag());
    assertEquals(10, empty.pageSizeOrDefault());
    assertEquals(1, empty.pageNumberOrDefault());
    assertEquals(false, empty.selfOrDefault());
    assertSame(ModelSortBy.SCORE, empty.sortByOrDefault());
  }

  @Test
  void orDefaultsReturnTheValueWhenSet() {
    ListModelsQuery query = full();

    assertEquals(20, query.pageSizeOrDefault());
    assertEquals(3, query.pageNumberOrDefault());
    assertEquals(true, query.selfOrDefault());
    assertSame(ModelSortBy.CREATED_AT, query.sortByOrDefault());
  }

  @Test
  void toBuilderRoundTripsEveryParameter() {
    ListModelsQuery query = full();
    ListModelsQuery copy = query.toBuilder().build();

    assertEquals(query, copy);
    assertEquals(query.hashCode(), copy.hashCode());
    assertEquals(query.toString(), copy.toString());
    assertEquals(Integer.valueOf(20), copy.pageSize());
    assertEquals(Integer.valueOf(3), copy.pageNumber());
    assertEquals("narrator", copy.title());
    assertEquals(List.of("calm", "warm"), copy.tag());
    assertEquals(Boolean.TRUE, copy.self());
    assertEquals("a1", copy.authorId());
    assertEquals(List.of("en", "de"), copy.language());
    assertEquals(List.of("ja"), copy.titleLanguage());
    assertSame(ModelSortBy.CREATED_AT, copy.sortBy());

    ListModelsQuery nextPage = query.toBuilder().pageNumber(4).build();
    assertNotEquals(query, nextPage);
    assertEquals(query.toBuilder().pageNumber(null).build(), nextPage.toBuilder().pageNumber(null).build());
    assertEquals(Integer.valueOf(3), query.pageNumber(), "toBuilder must not change the original");
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> tags = new ArrayList<>(List.of("calm"));
    ListModelsQuery query = ListModelsQuery.builder().tag(tags).build();

    tags.add("warm");

    assertEquals(List.of("calm"), query.tag());
    assertThrows(UnsupportedOperationException.class, () -> query.tag().add("x"));
  }

  @Test
  void toStringNamesTheWireNames() {
    String text = full().toString();
    assertTrue(text.startsWith("ListModelsQuery{page_size=20, page_number=3, title=narrator, tag=[calm, warm]"), text);
    assertTrue(text.endsWith("sort_by=created_at}"), text);
  }

  @Test
  void theOverloadSendsEveryParameterPositionally() {
    Object[][] sent = new Object[1][];
    VoiceCloningService.Api api = (VoiceCloningService.Api) java.lang.reflect.Proxy.newProxyInstance(
        VoiceCloningService.Api.class.getClassLoader(), new Class<?>[] {VoiceCloningService.Api.class}, (proxy, method, args) -> {
          if (method.isDefault()) {
            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
          }
          sent[0] = args;
          return null;
        });

    api.listModels(full());

    assertEquals(Arrays.asList(20, 3, "narrator", List.of("calm", "warm"), true, "a1", List.of("en", "de"),
        List.of("ja"), ModelSortBy.CREATED_AT), Arrays.asList(sent[0]));
  }
}
