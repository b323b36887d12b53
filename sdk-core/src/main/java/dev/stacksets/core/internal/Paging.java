package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.Require;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one paged operation pages: how a token goes into a request, how the next token and the items come out of a
 * response, and which request member sets the page size (for docs and logs). {@link ClientRuntime#paginator} builds
 * a {@link dev.stacksets.core.paginate.Paginator} from it, so no service writes its own paging loop.
 *
 * <p>Immutable and thread-safe when its functions are.
 *
 * <pre>{@code
 * Paging<ListStackSetsRequest, ListStackSetsResponse, StackSetSummary> p = new Paging<>(
 *     (request, marker) -> request.toBuilder().marker(marker).build(),
 *     response -> response.pageInfo() == null ? null : response.pageInfo().nextMarker(),
 *     ListStackSetsResponse::stackSets,
 *     "limit");
 * }</pre>
 *
 * @param withToken      a copy of the request asking for the page the (non-null) token names
 * @param nextToken      the response's token for the next page; null or empty on the last page
 * @param items          the items of a response page (null is read as no items)
 * @param pageSizeMember the request member that sets the page size on the wire, e.g. {@code limit} or
 *                       {@code MaxResults}; null when the API has none
 * @param <I> request type
 * @param <O> response type
 * @param <T> item type
 */
public record Paging<I, O, T>(
    BiFunction<I, String, I> withToken,
    Function<O, String> nextToken,
    Function<O, List<T>> items,
    String pageSizeMember) {

  /**
   * Checks the functions.
   *
   * @throws IllegalArgumentException naming a function that is null
   */
  public Paging {
    Require.nonNull(withToken, "withToken");
    Require.nonNull(nextToken, "nextToken");
    Require.nonNull(items, "items");
  }
}
