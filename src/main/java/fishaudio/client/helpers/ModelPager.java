package fishaudio.client.helpers;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every model a query matches, fetched a page at a time and only when iteration reaches it.
 *
 * <p>Each model is yielded once: an id seen before is skipped, however the server repeats it (pages
 * that alternate, a page that overlaps the last one, an id twice in one page). Stops after an empty
 * page, a page that says {@code has_more: false}, a page with no model not seen before, the page
 * numbered {@link Integer#MAX_VALUE}, or once {@code total} models were seen (when the server says
 * {@code total_is_exact}). A server whose {@code has_more} keeps saying true with new ids is not
 * followed forever either: paging stops at {@link #MAX_PAGES} pages.
 *
 * <p>Memory: an iteration keeps the ids it has yielded, at most {@link #MAX_PAGES} times the page
 * size (100 at most under the spec), so at most a million ids for a server that never stops; the
 * models themselves are not kept.
 */
public final class ModelPager implements Iterable<ModelEntity> {
  /** The most pages one iteration fetches. */
  public static final int MAX_PAGES = 10_000;

  private final ListModelsQuery query;
  private final Function<ListModelsQuery, ModelPageResponse> fetch;

  public ModelPager(ListModelsQuery query, Function<ListModelsQuery, ModelPageResponse> fetch) {
    this.query = query;
    this.fetch = fetch;
  }

  /** A new iteration from the query's page (the first when unset); each page is fetched when reached. */
  @Override
  public Iterator<ModelEntity> iterator() {
    return new Pages();
  }

  /** The models as a sequential, lazy stream. */
  public Stream<ModelEntity> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private final class Pages implements Iterator<ModelEntity> {
    private int nextPage = query.pageNumberOrDefault();
    private int pagesFetched;
    private boolean done;
    private final Set<String> yielded = new HashSet<>();
    private Iterator<ModelEntity> current = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (done) {
          return false;
        }
        fetchNext();
      }
      return true;
    }

    @Override
    public ModelEntity next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private void fetchNext() {
      int pageNumber = nextPage;
      ModelPageResponse page = fetch.apply(query.toBuilder().pageNumber(pageNumber).build());
      pagesFetched++;
      List<ModelEntity> fresh = new ArrayList<>();
      for (ModelEntity model : page.items()) {
        if (yielded.add(model.id())) {
          fresh.add(model);
        }
      }
      // A page with nothing new is a server going round in circles (or an empty page): no progress.
      done = fresh.isEmpty()
          || Boolean.FALSE.equals(page.hasMore())
          || (page.totalIsExactOrDefault() && yielded.size() >= page.total())
          || pagesFetched >= MAX_PAGES
          || pageNumber == Integer.MAX_VALUE; // the last page a page_number can name
      if (!done) {
        nextPage = pageNumber + 1;
      }
      current = fresh.iterator();
    }
  }
}
