package dev.stacksets.core.paginate;

import dev.stacksets.core.exception.ClientSideException;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The paging rules both paginators share: the first page is asked with no token; paging stops at a page whose token
 * is null or empty; a token the service already returned in the same listing is an error raised when the next page
 * is asked for (the page that carried it is still delivered). One trail per listing; not thread-safe (the
 * asynchronous paginator uses it from one signal at a time).
 */
final class TokenTrail {
  private final Set<String> seen = new HashSet<>();
  private String next;
  private boolean finished;
  private ClientSideException repeated;

  /** Whether more pages may follow. */
  boolean hasMore() {
    return !finished;
  }

  /**
   * The token to ask the next page with (null for the first).
   *
   * @throws ClientSideException    the last page's token repeated an earlier one (the trail then ends)
   * @throws NoSuchElementException the listing is over
   */
  @Nullable String nextToken() {
    if (repeated != null) {
      finished = true;
      ClientSideException e = repeated;
      repeated = null;
      throw e;
    }
    if (finished) {
      throw new NoSuchElementException("no more pages");
    }
    return next;
  }

  /**
   * Takes note of a fetched page.
   *
   * @throws ClientSideException the fetcher returned null (the trail then ends)
   */
  <T> Page<T> record(@Nullable Page<T> page) {
    if (page == null) {
      finished = true;
      throw new ClientSideException("page fetcher returned null");
    }
    if (!page.hasNextPage()) {
      finished = true;
    } else if (!seen.add(page.nextToken())) {
      repeated = new ClientSideException(
          "the service returned page token '" + page.nextToken() + "' twice; stopping to avoid an endless loop");
    } else {
      next = page.nextToken();
    }
    return page;
  }
}
