package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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
}
