package dev.stacksets.core.internal.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers for {@link CompletableFuture}s that must pass cancellation back to their source. */
public final class Futures {
  private Futures() {}

  /**
   * {@code source} mapped by {@code fn}; cancelling the result cancels {@code source} (with the same argument), so a
   * cancelled mapped call still cancels the HTTP call or timer behind it. A failure of {@code fn} fails the result.
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> fn) {
    CompletableFuture<B> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        source.cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    source.whenComplete((value, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
        return;
      }
      try {
        result.complete(fn.apply(value));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /**
   * When {@code first} completes, normally or not, {@code next} picks the future that follows (given the value and
   * null, or null and the failure unwrapped), and the result
   * completes as that one does. Cancelling the result cancels whichever of the two is running, so a chain of polls
   * and timers stops where it is.
   */
  public static <A, B> CompletableFuture<B> then(CompletableFuture<A> first,
      BiFunction<? super A, ? super Throwable, ? extends CompletableFuture<B>> next) {
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>(first);
    CompletableFuture<B> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        current.get().cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    first.whenComplete((value, error) -> {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<B> second;
      try {
        second = next.apply(error == null ? value : null, error == null ? null : unwrap(error));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        return;
      }
      current.set(second);
      if (result.isCancelled()) {
        second.cancel(true);
        return;
      }
      second.whenComplete((b, e) -> {
        if (e != null) {
          result.completeExceptionally(unwrap(e));
        } else {
          result.complete(b);
        }
      });
    });
    return result;
  }

  /**
   * {@code call}'s future, with what it throws instead of returning one (or a null future) as a failed future, so
   * a chain handles a synchronous failure like any other.
   */
  public static <T> CompletableFuture<T> start(Supplier<? extends CompletableFuture<T>> call) {
    try {
      CompletableFuture<T> f = call.get();
      return f != null ? f : CompletableFuture.failedFuture(new IllegalStateException("no future was returned"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The failure a future's callback sees, without the {@link CompletionException} or {@link ExecutionException}. */
  public static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
