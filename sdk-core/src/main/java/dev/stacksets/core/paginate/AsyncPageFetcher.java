package dev.stacksets.core.paginate;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one page of a paged API without blocking: the asynchronous {@link PageFetcher}, behind an
 * {@link AsyncPaginator}. Cancelling the returned future should cancel the call behind it.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * AsyncPageFetcher<String> fetcher = token -> CompletableFuture.completedFuture(
 *     token == null ? Page.of(List.of("a", "b"), "2") : Page.of(List.of("c"), null));
 * }</pre>
 *
 * @param <T> item type
 */
@FunctionalInterface
public interface AsyncPageFetcher<T> {

  /**
   * Starts fetching the page that {@code token} names.
   *
   * @param token the previous page's next token, or null for the first page
   */
  CompletableFuture<Page<T>> fetch(@Nullable String token);
}
