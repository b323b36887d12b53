package dev.stacksets.core.paginate;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.internal.util.Require;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, restartable listing over a paged API, for marker-style (RFS {@code page_info.next_marker}) and token-style
 * (AWS {@code NextToken}) paging alike. Nothing is fetched until iteration starts; a page is fetched only when the
 * items before it are used up, so stopping early fetches nothing further and memory stays at one page. Each call to
 * {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from the first page.
 *
 * <p>Paging stops when a page's token is null or empty. Empty pages in the middle are skipped. A token the service
 * already returned during the same iteration ends it with a {@link ClientSideException} instead of looping forever:
 * the items of the page that carried it are still delivered, and asking for more then throws.
 * Service errors surface while iterating, as the exceptions of the underlying call.
 *
 * <p>Thread-safe to share; each iterator it hands out is for one thread.
 *
 * <pre>{@code
 * Paginator<StackSetOperationResultSummary> results = cfn.listStackSetOperationResultsPaginator(r -> r
 *     .stackSetName("my-set").operationId(opId));
 * results.stream().filter(s -> s.status() == FAILED).forEach(System.out::println);
 * }</pre>
 *
 * @param <T> item type
 */
public final class Paginator<T> implements Iterable<T> {
  private final PageFetcher<T> fetcher;

  private Paginator(PageFetcher<T> fetcher) {
    this.fetcher = Require.nonNull(fetcher, "fetcher");
  }

  /** A paginator over the pages {@code fetcher} returns. */
  public static <T> Paginator<T> of(PageFetcher<T> fetcher) {
    return new Paginator<>(fetcher);
  }

  /** Iterates the items of every page, fetching pages as needed. */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator<>(new PageIterator<>(fetcher));
  }

  /** A sequential stream of all items, fetched lazily. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * The same listing with every item mapped by {@code mapper}, page by page as the pages are fetched (nothing is
   * fetched or mapped before iteration starts).
   *
   * <pre>{@code
   * Paginator<String> ids = cfn.listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE))
   *     .map(StackSetSummary::stackSetId);
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code mapper} is null
   */
  public <R> Paginator<R> map(Function<? super T, ? extends R> mapper) {
    Require.nonNull(mapper, "mapper");
    return of(token -> {
      Page<T> page = fetcher.fetch(token);
      if (page == null) {
        return null;
      }
      List<R> items = new ArrayList<>(page.items().size());
      for (T item : page.items()) {
        items.add(mapper.apply(item));
      }
      return Page.of(items, page.nextToken());
    });
  }

  /** The pages themselves, lazily, each with its items and next token. */
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator<>(fetcher);
  }

  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final PageFetcher<T> fetcher;
    private final TokenTrail trail = new TokenTrail();

    PageIterator(PageFetcher<T> fetcher) {
      this.fetcher = fetcher;
    }

    @Override
    public boolean hasNext() {
      return trail.hasMore();
    }

    @Override
    public Page<T> next() {
      return trail.record(fetcher.fetch(trail.nextToken()));
    }
  }

  private static final class ItemIterator<T> implements Iterator<T> {
    private final PageIterator<T> pages;
    private Iterator<T> current = java.util.Collections.emptyIterator();

    ItemIterator(PageIterator<T> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
