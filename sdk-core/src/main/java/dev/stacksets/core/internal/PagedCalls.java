package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The generic paginator factory of the clients' {@code xxxPaginator} default methods: a lazy {@link Paginator} over
 * any single-page call (the real client's, or a test double's), paged by an operation's {@link Paging}. Unlike
 * {@link ClientRuntime#paginator}, the pages go through {@code call}, so a fake that implements only the single-page
 * method gets the paginator for free.
 *
 * <p>Stateless and thread-safe.
 */
public final class PagedCalls {
  private PagedCalls() {}

  /**
   * Checks {@code first} with {@code check} now (nothing is sent), then returns the lazy listing: the first page is
   * {@code call(first)}, each later one {@code call(withToken(first, token))}.
   *
   * @throws IllegalArgumentException {@code "request is required"} when {@code first} is null, or what
   *     {@code check} throws
   */
  public static <I, O, T> Paginator<T> paginator(Paging<I, O, T> paging, Consumer<? super I> check, I first,
      Function<? super I, ? extends O> call) {
    if (first == null) {
      throw new IllegalArgumentException("request is required");
    }
    check.accept(first);
    return Paginator.of(token -> page(paging, call.apply(request(paging, first, token))));
  }

  /**
   * The asynchronous form of {@link #paginator}: checks {@code first} now, then returns an {@link AsyncPaginator}
   * whose pages are {@code call}'s futures (cancelling a page cancels that call).
   *
   * @throws IllegalArgumentException {@code "request is required"} when {@code first} is null, or what
   *     {@code check} throws
   */
  public static <I, O, T> AsyncPaginator<T> asyncPaginator(Paging<I, O, T> paging, Consumer<? super I> check,
      I first, Function<? super I, ? extends CompletableFuture<O>> call) {
    if (first == null) {
      throw new IllegalArgumentException("request is required");
    }
    check.accept(first);
    return AsyncPaginator.of(token -> Futures.map(call.apply(request(paging, first, token)),
        response -> page(paging, response)));
  }

  private static <I> I request(Paging<I, ?, ?> paging, I first, String token) {
    return token == null ? first : paging.withToken().apply(first, token);
  }

  private static <O, T> Page<T> page(Paging<?, O, T> paging, O response) {
    List<T> items = paging.items().apply(response);
    return Page.of(items == null ? List.of() : items, paging.nextToken().apply(response));
  }
}
