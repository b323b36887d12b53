package dev.stacksets.core.paginate;

import org.jspecify.annotations.Nullable;

/**
 * Fetches one page given the previous page's token (null for the first page). Service modules implement it by
 * copying the original request with the token set (RFS {@code marker}, AWS {@code NextToken}), so every filter and
 * option is carried onto each page.
 *
 * <p>Implementations must be thread-safe if one paginator is iterated from several threads.
 *
 * <pre>{@code
 * PageFetcher<Item> f = token -> {
 *   ListResponse r = client.list(request.toBuilder().nextToken(token).build());
 *   return Page.of(r.items(), r.nextToken());
 * };
 * }</pre>
 *
 * @param <T> item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /**
   * Fetches the page that {@code token} names.
   *
   * @param token the previous page's next token, or null for the first page
   */
  Page<T> fetch(@Nullable String token);
}
