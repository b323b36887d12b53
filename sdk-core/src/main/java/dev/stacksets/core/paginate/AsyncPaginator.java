package dev.stacksets.core.paginate;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.Require;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The asynchronous form of {@link Paginator}: the items of a paged API as a {@link Flow.Publisher}, with
 * back-pressure. A page is fetched only when the subscriber has asked for more items than are already fetched (so a
 * subscriber that requests one item causes exactly one page to be fetched), no thread waits for a page, and memory
 * stays at one page. Each subscription starts again from the first page. The paging rules are the synchronous
 * paginator's: paging stops at a null or empty token, empty pages in the middle are skipped, and a repeated token
 * ends the listing with a {@link ClientSideException} after the items of the page that carried it.
 *
 * <p>Failures are signalled with {@code onError} as the same typed exceptions the synchronous calls throw.
 * {@code cancel()} on the subscription cancels the page call in flight. Signals to one subscriber never overlap; they
 * may come from the caller's thread or an SDK thread, so a subscriber must not block.
 *
 * <p>Thread-safe to share.
 *
 * <pre>{@code
 * AsyncPaginator<StackSetSummary> sets = cfn.async().listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE));
 * sets.forEach(s -> System.out.println(s.stackSetName())).join();
 * List<StackSetSummary> all = sets.collect(10_000).join();
 * }</pre>
 *
 * @param <T> item type
 */
public final class AsyncPaginator<T> implements Flow.Publisher<T> {
  private final Supplier<? extends AsyncPageFetcher<T>> fetchers;

  private AsyncPaginator(Supplier<? extends AsyncPageFetcher<T>> fetchers) {
    this.fetchers = fetchers;
  }

  /** A paginator over the pages {@code fetcher} fetches. */
  public static <T> AsyncPaginator<T> of(AsyncPageFetcher<T> fetcher) {
    Require.nonNull(fetcher, "fetcher");
    return new AsyncPaginator<>(() -> fetcher);
  }

  /**
   * A paginator whose every subscription gets a fetcher of its own from {@code fetchers}, for fetchers that keep
   * state between pages (such as an operation watch remembering what it reported).
   */
  public static <T> AsyncPaginator<T> eachFrom(Supplier<? extends AsyncPageFetcher<T>> fetchers) {
    return new AsyncPaginator<>(Require.nonNull(fetchers, "fetchers"));
  }

  /**
   * The pages of a synchronous {@link Paginator}, each read on the thread that asks for it (for test doubles and
   * adapters; a page read blocks that thread).
   */
  public static <T> AsyncPaginator<T> fromBlocking(Paginator<T> paginator) {
    Require.nonNull(paginator, "paginator");
    return eachFrom(() -> {
      java.util.Iterator<Page<T>> pages = paginator.pages().iterator();
      AtomicInteger read = new AtomicInteger();
      return token -> {
        try {
          Page<T> page = pages.next();
          // the synchronous paginator keeps its own trail; this one only needs to know whether more follow
          return CompletableFuture.completedFuture(Page.of(page.items(), pages.hasNext() ? "page-" + read.incrementAndGet() : null));
        } catch (RuntimeException e) {
          return CompletableFuture.failedFuture(e);
        }
      };
    });
  }

  /**
   * The first {@code n} items (fewer when the listing is shorter); the listing stops there and fetches nothing
   * more. Cancelling the future stops the listing and cancels the page call in flight.
   *
   * @throws IllegalArgumentException when {@code n} is not positive
   */
  public CompletableFuture<List<T>> first(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    List<T> items = new ArrayList<>();
    AtomicReference<Flow.Subscription> subscribed = new AtomicReference<>();
    CompletableFuture<List<T>> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Flow.Subscription s = subscribed.get();
        if (s != null) {
          s.cancel();
        }
        return cancelled;
      }
    };
    subscribe(new Flow.Subscriber<T>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        subscribed.set(s);
        if (result.isDone()) {
          s.cancel();
        } else {
          s.request(n);
        }
      }

      @Override
      public void onNext(T item) {
        items.add(item);
        if (items.size() == n) {
          subscription.cancel();
          result.complete(Collections.unmodifiableList(items));
        }
      }

      @Override
      public void onError(Throwable t) {
        result.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        result.complete(Collections.unmodifiableList(items));
      }
    });
    return result;
  }

  /**
   * Starts a listing for {@code subscriber}; nothing is fetched until it requests items.
   *
   * @throws NullPointerException when {@code subscriber} is null (as {@link Flow.Publisher} requires)
   */
  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    if (subscriber == null) {
      throw new NullPointerException("subscriber");
    }
    ItemSubscription<T> subscription = new ItemSubscription<>(fetchers.get(), subscriber);
    subscriber.onSubscribe(subscription);
  }

  /**
   * The same listing with every item mapped by {@code mapper} as its page arrives.
   *
   * @throws IllegalArgumentException when {@code mapper} is null
   */
  public <R> AsyncPaginator<R> map(Function<? super T, ? extends R> mapper) {
    Require.nonNull(mapper, "mapper");
    return eachFrom(() -> {
      AsyncPageFetcher<T> fetcher = fetchers.get();
      return token -> Futures.map(fetcher.fetch(token), page -> {
        List<R> items = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
          items.add(mapper.apply(item));
        }
        return Page.of(items, page.nextToken());
      });
    });
  }

  /**
   * Runs {@code action} on every item, in order, fetching pages as the items are used. The future completes when the
   * listing ends, or exceptionally with the failure (a service error, or what {@code action} threw, which stops the
   * listing); cancelling it stops the listing and cancels the page call in flight.
   *
   * @throws IllegalArgumentException when {@code action} is null
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Require.nonNull(action, "action");
    CollectingSubscriber<T, Void> s = new CollectingSubscriber<>(action, () -> null);
    subscribe(s);
    return s.result;
  }

  /**
   * All items in a list, or a {@link ClientSideException} naming the bound when the listing has more than
   * {@code maxItems} (the listing then stops: nothing is silently cut off). Cancelling the future stops the listing.
   *
   * @throws IllegalArgumentException when {@code maxItems} is not positive
   */
  public CompletableFuture<List<T>> collect(int maxItems) {
    if (maxItems <= 0) {
      throw new IllegalArgumentException("maxItems must be positive: " + maxItems);
    }
    List<T> items = new ArrayList<>();
    CollectingSubscriber<T, List<T>> s = new CollectingSubscriber<>(item -> {
      if (items.size() == maxItems) {
        throw new ClientSideException("the listing has more than " + maxItems
            + " items; raise the bound or consume it as it comes (forEach or subscribe)");
      }
      items.add(item);
    }, () -> Collections.unmodifiableList(items));
    subscribe(s);
    return s.result;
  }

  /** Requests everything, applies a step to each item, completes a future. */
  private static final class CollectingSubscriber<T, R> implements Flow.Subscriber<T> {
    final CompletableFuture<R> result;
    private final Consumer<? super T> step;
    private final Supplier<R> finish;
    private volatile Flow.Subscription subscription;

    CollectingSubscriber(Consumer<? super T> step, Supplier<R> finish) {
      this.step = step;
      this.finish = finish;
      this.result = new CompletableFuture<>() {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
          boolean cancelled = super.cancel(mayInterruptIfRunning);
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          return cancelled;
        }
      };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (result.isDone()) {
        s.cancel();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(T item) {
      try {
        step.accept(item);
      } catch (RuntimeException | Error e) {
        subscription.cancel();
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(finish.get());
    }
  }

  /**
   * One subscriber's listing. Every signal is sent from {@link #drain()}, which one thread at a time runs (the
   * work-in-progress counter), so the subscriber never sees overlapping calls and the trail needs no lock.
   */
  private static final class ItemSubscription<T> implements Flow.Subscription {
    private final AsyncPageFetcher<T> fetcher;
    private final Flow.Subscriber<? super T> subscriber;
    private final TokenTrail trail = new TokenTrail();
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final AtomicReference<Object> arrival = new AtomicReference<>();
    private volatile boolean cancelled;
    private volatile CompletableFuture<Page<T>> inFlight;
    private volatile IllegalArgumentException badRequest;
    private boolean fetching;
    private boolean done;

    ItemSubscription(AsyncPageFetcher<T> fetcher, Flow.Subscriber<? super T> subscriber) {
      this.fetcher = fetcher;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        badRequest = new IllegalArgumentException("request(n) needs n > 0, got " + n);
      } else {
        demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      CompletableFuture<Page<T>> f = inFlight;
      if (f != null) {
        f.cancel(true);
      }
      drain();
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        step();
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    @SuppressWarnings("unchecked")
    private void step() {
      while (!done) {
        if (cancelled) {
          done = true;
          buffer.clear();
          cancelInFlight(); // cancel() may have run before the fetch it raced with was recorded
          return;
        }
        if (badRequest != null) {
          fail(badRequest);
          return;
        }
        Object arrived = arrival.getAndSet(null);
        if (arrived != null) {
          fetching = false;
          if (arrived instanceof Failure failure) {
            fail(failure.error());
            return;
          }
          buffer.addAll(trail.record((Page<T>) arrived).items());
        }
        if (!buffer.isEmpty()) {
          if (demand.get() == 0) {
            return;
          }
          if (demand.get() != Long.MAX_VALUE) {
            demand.decrementAndGet();
          }
          T item = buffer.poll();
          try {
            subscriber.onNext(item);
          } catch (RuntimeException | Error e) {
            // a subscriber must not throw (Reactive Streams 2.13): treat it as a cancellation
            cancel();
          }
          continue;
        }
        if (fetching) {
          return;
        }
        if (!trail.hasMore()) {
          done = true;
          subscriber.onComplete();
          return;
        }
        if (demand.get() == 0) {
          return;
        }
        String token;
        try {
          token = trail.nextToken();
        } catch (ClientSideException repeatedToken) {
          fail(repeatedToken);
          return;
        }
        fetching = true;
        CompletableFuture<Page<T>> f;
        try {
          f = fetcher.fetch(token);
          if (f == null) {
            f = CompletableFuture.failedFuture(new ClientSideException("page fetcher returned null"));
          }
        } catch (RuntimeException e) {
          f = CompletableFuture.failedFuture(e);
        }
        inFlight = f;
        f.whenComplete((page, error) -> {
          arrival.set(error != null ? new Failure(Futures.unwrap(error))
              : page == null ? new Failure(new ClientSideException("page fetcher returned null")) : page);
          drain();
        });
      }
    }

    private void fail(Throwable error) {
      done = true;
      buffer.clear();
      cancelInFlight();
      subscriber.onError(error);
    }

    private void cancelInFlight() {
      CompletableFuture<Page<T>> f = inFlight;
      if (f != null && !f.isDone()) {
        f.cancel(true);
      }
    }

    private record Failure(Throwable error) {}
  }
}
