package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PagedCallsTest {
  record Request(String filter, String token) {}

  record Response(List<String> items, String next) {}

  private static final Paging<Request, Response, String> PAGING = new Paging<>(
      (r, token) -> new Request(r.filter(), token), Response::next, Response::items, "limit");

  @Test
  void checksTheFirstRequestNowAndCallsNothingUntilIterationStarts() {
    List<Request> calls = new ArrayList<>();
    var listing = PagedCalls.paginator(PAGING, r -> {
      if (r.filter() == null) {
        throw new IllegalArgumentException("filter is required");
      }
    }, new Request("f", null), r -> {
      calls.add(r);
      return r.token() == null ? new Response(List.of("a", "b"), "t2") : new Response(null, null);
    });
    assertThat(calls).isEmpty();

    assertThat(listing).containsExactly("a", "b");
    assertThat(calls).containsExactly(new Request("f", null), new Request("f", "t2"));

    assertThatThrownBy(() -> PagedCalls.paginator(PAGING, r -> {
      throw new IllegalArgumentException("filter is required");
    }, new Request(null, null), r -> null)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("filter is required");
    assertThatThrownBy(() -> PagedCalls.paginator(PAGING, r -> { }, null, r -> null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
  }

  @Test
  void theAsyncFormChecksNowFetchesOnDemandAndCancelsTheCallInFlight() throws Exception {
    List<Request> calls = new ArrayList<>();
    List<CompletableFuture<Response>> futures = new ArrayList<>();
    var listing = PagedCalls.asyncPaginator(PAGING, r -> { }, new Request("f", null), r -> {
      calls.add(r);
      CompletableFuture<Response> f = r.token() == null
          ? CompletableFuture.completedFuture(new Response(List.of("a", "b"), "t2")) : new CompletableFuture<>();
      futures.add(f);
      return f;
    });
    assertThat(calls).isEmpty();

    CompletableFuture<List<String>> all = listing.collect(10);
    assertThat(calls).containsExactly(new Request("f", null), new Request("f", "t2"));
    futures.get(1).complete(new Response(null, null));
    assertThat(all.get()).containsExactly("a", "b");

    CompletableFuture<Void> each = listing.forEach(s -> { });
    each.cancel(true);
    assertThat(futures.get(3).isCancelled()).isTrue();

    assertThatThrownBy(() -> PagedCalls.asyncPaginator(PAGING, r -> {
      throw new IllegalArgumentException("filter is required");
    }, new Request(null, null), r -> null)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("filter is required");
    assertThatThrownBy(() -> PagedCalls.asyncPaginator(PAGING, r -> { }, null, r -> null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
  }
}
