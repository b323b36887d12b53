package dev.stacksets.core.paginate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ThrottlingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class AsyncPaginatorTest {

  /** A fetcher whose pages the test completes by hand. */
  static final class HandFetcher implements AsyncPageFetcher<String> {
    final List<String> tokens = new ArrayList<>();
    final List<CompletableFuture<Page<String>>> calls = new ArrayList<>();

    @Override
    public CompletableFuture<Page<String>> fetch(String token) {
      tokens.add(token);
      CompletableFuture<Page<String>> f = new CompletableFuture<>();
      calls.add(f);
      return f;
    }

    void answer(int call, Page<String> page) {
      calls.get(call).complete(page);
    }
  }

  /** Records signals; requests only what the test asks. */
  static final class Recorder implements Flow.Subscriber<String> {
    final List<String> signals = new ArrayList<>();
    Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      signals.add("subscribed");
    }

    @Override
    public void onNext(String item) {
      signals.add(item);
    }

    @Override
    public void onError(Throwable t) {
      signals.add("error " + t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    @Override
    public void onComplete() {
      signals.add("complete");
    }
  }

  @Test
  void nothingIsFetchedBeforeDemandAndOneRequestFetchesExactlyOnePage() {
    HandFetcher fetcher = new HandFetcher();
    Recorder r = new Recorder();
    AsyncPaginator.of(fetcher).subscribe(r);
    assertThat(fetcher.tokens).isEmpty();

    r.subscription.request(1);
    assertThat(fetcher.tokens).containsExactly((String) null);
    fetcher.answer(0, Page.of(List.of("a", "b", "c"), "t2"));
    assertThat(r.signals).containsExactly("subscribed", "a");

    r.subscription.request(2);
    assertThat(r.signals).containsExactly("subscribed", "a", "b", "c");
    assertThat(fetcher.tokens).hasSize(1);

    r.subscription.request(1);
    assertThat(fetcher.tokens).containsExactly(null, "t2");
    fetcher.answer(1, Page.of(List.of("d"), null));
    assertThat(r.signals).containsExactly("subscribed", "a", "b", "c", "d", "complete");
  }

  @Test
  void emptyPagesInTheMiddleAreSkippedAndEachSubscriptionStartsAgain() throws Exception {
    AsyncPaginator<String> p = AsyncPaginator.of(token -> CompletableFuture.completedFuture(
        token == null ? Page.of(List.of("a"), "2") : token.equals("2") ? Page.of(List.of(), "3")
            : Page.of(List.of("b"), "")));

    assertThat(p.collect(10).get()).containsExactly("a", "b");
    List<String> seen = new ArrayList<>();
    p.forEach(seen::add).get();
    assertThat(seen).containsExactly("a", "b");
    assertThat(p.map(String::toUpperCase).collect(10).get()).containsExactly("A", "B");
  }

  @Test
  void collectBeyondItsBoundFailsNamingTheBoundAndStopsFetching() {
    HandFetcher fetcher = new HandFetcher();
    CompletableFuture<List<String>> all = AsyncPaginator.of(fetcher).collect(3);
    fetcher.answer(0, Page.of(List.of("a", "b"), "t2"));
    fetcher.answer(1, Page.of(List.of("c", "d"), "t3"));

    assertThatThrownBy(all::get).isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(ClientSideException.class)
        .hasMessage("the listing has more than 3 items; raise the bound or consume it as it comes (forEach or "
            + "subscribe)");
    assertThat(fetcher.tokens).containsExactly(null, "t2");
    assertThatThrownBy(() -> AsyncPaginator.of(fetcher).collect(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxItems must be positive: 0");
  }

  @Test
  void aRepeatedTokenDeliversThatPageThenFails() {
    HandFetcher fetcher = new HandFetcher();
    Recorder r = new Recorder();
    AsyncPaginator.of(fetcher).subscribe(r);
    r.subscription.request(Long.MAX_VALUE);
    fetcher.answer(0, Page.of(List.of("a"), "same"));
    fetcher.answer(1, Page.of(List.of("b"), "same"));

    assertThat(r.signals).containsExactly("subscribed", "a", "b", "error ClientSideException: the service "
        + "returned page token 'same' twice; stopping to avoid an endless loop");
    assertThat(fetcher.tokens).containsExactly(null, "same");
  }

  @Test
  void aFailedPageIsSignalledAsTheSameTypedExceptionUnwrapped() {
    ThrottlingException throttled = new ThrottlingException(ServiceError.builder().service("Fake").statusCode(429)
        .build());
    AsyncPaginator<String> p = AsyncPaginator.of(token -> CompletableFuture.supplyAsync(() -> {
      throw throttled;
    }));

    assertThatThrownBy(() -> p.forEach(s -> { }).get()).isInstanceOf(ExecutionException.class).cause()
        .isSameAs(throttled);
  }

  @Test
  void cancelCancelsThePageCallInFlightAndNothingMoreIsSignalled() {
    HandFetcher fetcher = new HandFetcher();
    Recorder r = new Recorder();
    AsyncPaginator.of(fetcher).subscribe(r);
    r.subscription.request(5);
    r.subscription.cancel();

    assertThat(fetcher.calls.get(0).isCancelled()).isTrue();
    r.subscription.request(5);
    assertThat(r.signals).containsExactly("subscribed");
    assertThat(fetcher.tokens).hasSize(1);
  }

  @Test
  void cancellingForEachsFutureCancelsThePageCallInFlight() {
    HandFetcher fetcher = new HandFetcher();
    CompletableFuture<Void> each = AsyncPaginator.of(fetcher).forEach(s -> { });
    each.cancel(true);

    assertThat(fetcher.calls.get(0).isCancelled()).isTrue();
  }

  @Test
  void cancellingAMappedListingCancelsTheSourceCall() {
    HandFetcher fetcher = new HandFetcher();
    Recorder r = new Recorder();
    AsyncPaginator.of(fetcher).map(String::length).subscribe(new Flow.Subscriber<Integer>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        r.subscription = s;
      }

      @Override
      public void onNext(Integer item) {}

      @Override
      public void onError(Throwable t) {}

      @Override
      public void onComplete() {}
    });
    r.subscription.request(1);
    r.subscription.cancel();

    assertThat(fetcher.calls.get(0).isCancelled()).isTrue();
  }

  @Test
  void aNonPositiveRequestIsAnError() {
    HandFetcher fetcher = new HandFetcher();
    Recorder r = new Recorder();
    AsyncPaginator.of(fetcher).subscribe(r);
    r.subscription.request(0);

    assertThat(r.signals).containsExactly("subscribed", "error IllegalArgumentException: request(n) needs n > 0, got 0");
    assertThat(fetcher.tokens).isEmpty();
  }

  @Test
  void whatTheForEachActionThrowsStopsTheListingAndFailsTheFuture() {
    HandFetcher fetcher = new HandFetcher();
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<Void> each = AsyncPaginator.of(fetcher).forEach(s -> {
      throw boom;
    });
    fetcher.answer(0, Page.of(List.of("a", "b"), "t2"));

    assertThatThrownBy(each::get).cause().isSameAs(boom);
    assertThat(fetcher.tokens).hasSize(1);
  }

  @Test
  void aSubscriberThatRequestsFromOnNextGetsItemsInOrderWithoutOverlap() throws Exception {
    AsyncPaginator<String> p = AsyncPaginator.of(token -> CompletableFuture.completedFuture(
        token == null ? Page.of(List.of("a", "b"), "2") : Page.of(List.of("c"), null)));
    List<String> seen = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    p.subscribe(new Flow.Subscriber<>() {
      Flow.Subscription s;
      int depth;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        this.s = s;
        s.request(1);
      }

      @Override
      public void onNext(String item) {
        depth++;
        seen.add(item + (depth > 1 ? "!" : ""));
        s.request(1);
        depth--;
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    done.get();
    assertThat(seen).containsExactly("a", "b", "c");
  }

  @Test
  void firstStopsAfterNItemsAndFetchesNothingMore() throws Exception {
    HandFetcher fetcher = new HandFetcher();
    CompletableFuture<List<String>> two = AsyncPaginator.of(fetcher).first(2);
    fetcher.answer(0, Page.of(List.of("a"), "t2"));
    fetcher.answer(1, Page.of(List.of("b", "c"), "t3"));

    assertThat(two.get()).containsExactly("a", "b");
    assertThat(fetcher.tokens).containsExactly(null, "t2");
    assertThat(AsyncPaginator.of(t -> CompletableFuture.completedFuture(Page.of(List.of("x"), null))).first(5).get())
        .containsExactly("x");
    assertThatThrownBy(() -> AsyncPaginator.of(fetcher).first(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromBlockingReadsTheSynchronousPagesOneByOneOnDemand() throws Exception {
    List<String> tokens = new ArrayList<>();
    Paginator<String> sync = Paginator.of(token -> {
      tokens.add(token);
      return token == null ? Page.of(List.of("a"), "x") : Page.of(List.of("b"), null);
    });
    AsyncPaginator<String> async = AsyncPaginator.fromBlocking(sync);

    assertThat(async.first(1).get()).containsExactly("a");
    assertThat(tokens).containsExactly((String) null);
    assertThat(async.collect(5).get()).containsExactly("a", "b");
    assertThat(tokens).containsExactly(null, null, "x");
  }

  @Test
  void cancellingFirstsFutureCancelsThePageCallInFlight() {
    HandFetcher fetcher = new HandFetcher();
    CompletableFuture<List<String>> two = AsyncPaginator.of(fetcher).first(2);
    two.cancel(true);

    assertThat(fetcher.calls.get(0).isCancelled()).isTrue();
  }

  @Test
  void aLoopLongerThanTheRememberedTokensStillEndsWithinTwoTurnsAndMemoryStaysBounded() {
    int loop = 3 * TokenTrail.RECENT;
    List<String> asked = new ArrayList<>();
    Paginator<Integer> endless = Paginator.of(token -> {
      asked.add(token);
      int n = token == null ? 0 : Integer.parseInt(token.substring(1));
      return Page.of(List.of(n), "t" + ((n + 1) % loop));   // t1, t2, ..., t(loop-1), t0, t1, ...
    });

    assertThatThrownBy(() -> endless.forEach(i -> { })).isInstanceOf(ClientSideException.class)
        .hasMessageMatching("the service returned page token 't\\d+' twice; stopping to avoid an endless loop");
    assertThat(asked.size()).isGreaterThan(loop).isLessThanOrEqualTo(3 * loop);
  }
}
