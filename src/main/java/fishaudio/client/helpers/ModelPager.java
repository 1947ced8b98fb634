package fishaudio.client.helpers;

import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.ModelPageResponse;
import fishaudio.client.generated.VoiceCloningService.ListModelsQuery;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every model a query matches, fetched a page at a time and only when iteration reaches it.
 *
 * <p>Stops after an empty page, a page that says {@code has_more: false}, or once {@code total}
 * models were seen (when the server says {@code total_is_exact}). A server whose {@code has_more} keeps saying true is not followed forever:
 * paging also stops at {@link #MAX_PAGES} pages, and when a page repeats the previous page's
 * first model (no progress).
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
    private long seen;
    private boolean done;
    private String previousFirstId;
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
      ModelPageResponse page = fetch.apply(query.toBuilder().pageNumber(nextPage).build());
      nextPage++;
      pagesFetched++;
      List<ModelEntity> items = page.items();
      String firstId = items.isEmpty() ? null : items.get(0).id();
      boolean noProgress = firstId != null && firstId.equals(previousFirstId);
      if (noProgress) {
        done = true;
        return;
      }
      previousFirstId = firstId;
      seen += items.size();
      done = items.isEmpty()
          || Boolean.FALSE.equals(page.hasMore())
          || (page.totalIsExactOrDefault() && seen >= page.total())
          || pagesFetched >= MAX_PAGES;
      current = items.iterator();
    }
  }
}
