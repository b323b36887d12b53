package dev.stacksets.core.internal.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

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

  /** The failure a future's callback sees, without the {@link CompletionException} or {@link ExecutionException}. */
  public static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
