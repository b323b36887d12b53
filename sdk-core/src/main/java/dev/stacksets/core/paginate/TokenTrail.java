package dev.stacksets.core.paginate;

import dev.stacksets.core.exception.ClientSideException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The paging rules both paginators share: the first page is asked with no token; paging stops at a page whose token
 * is null or empty; a token the service already returned in the same listing is an error raised when the next page
 * is asked for (the page that carried it is still delivered). One trail per listing; not thread-safe (the
 * asynchronous paginator uses it from one signal at a time).
 *
 * <p>Memory stays constant however long the listing: the last {@value #RECENT} tokens are remembered exactly (a
 * loop of up to that many pages ends at its first repeated token), and a longer loop is caught by Brent's cycle
 * detection, which keeps one token and a counter: it ends at a repeated token within two turns of the loop. Either
 * way the error names a token the service really did return twice.
 */
final class TokenTrail {
  /** How many of the latest tokens are remembered exactly. */
  static final int RECENT = 1024;

  private final Set<String> seen = new LinkedHashSet<>();
  private String checkpoint;
  private long steps;
  private long power = 1;
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
    } else if (repeats(page.nextToken())) {
      repeated = new ClientSideException(
          "the service returned page token '" + page.nextToken() + "' twice; stopping to avoid an endless loop");
    } else {
      next = page.nextToken();
    }
    return page;
  }

  /** Whether {@code token} was returned before in this listing, as far as the bounded memory can tell. */
  private boolean repeats(String token) {
    if (token.equals(checkpoint) || !seen.add(token)) {
      return true;
    }
    if (seen.size() > RECENT) {
      Iterator<String> oldest = seen.iterator();
      oldest.next();
      oldest.remove();
    }
    // Brent: keep one token; move it forward at steps 1, 2, 4, 8, ...; a loop brings it back
    if (++steps == power) {
      checkpoint = token;
      power *= 2;
      steps = 0;
    }
    return false;
  }
}
