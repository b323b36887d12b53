package dev.stacksets.core.internal;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.util.SharedScheduler;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * The non-blocking driver: runs a {@link PipelineCall} over the same stages as {@link SyncDriver}, sending with
 * OkHttp's {@code enqueue} and waiting between attempts on the {@link SharedScheduler}; no thread is held per call.
 *
 * <p>Threads: the first attempt is signed on the calling thread; the reply is read and mapped on the OkHttp
 * dispatcher thread that completed it; every later attempt (after a backoff, or a re-sign after clock skew) is signed
 * and enqueued from a scheduler thread, so a credentials provider never blocks a dispatcher thread.
 *
 * <p>The future completes with the result, or exceptionally with the exception the blocking call would throw. The
 * call timeout is a scheduler timer: when it fires the future fails with the timeout {@code ClientSideException} and
 * the attempt in flight is cancelled. Cancelling the future ({@code cancel(true)} or {@code cancel(false)}) cancels
 * the OkHttp call in flight and any pending retry; nothing more is sent. Stateless and thread-safe.
 */
final class AsyncDriver {
  private final HttpTransport transport;
  private final ScheduledExecutorService scheduler;

  AsyncDriver(HttpTransport transport, ScheduledExecutorService scheduler) {
    this.transport = transport;
    this.scheduler = scheduler;
  }

  <T> CompletableFuture<T> run(PipelineCall<T> call) {
    AsyncCall<T> async = new AsyncCall<>(call);
    async.start();
    return async.future;
  }

  private final class AsyncCall<T> implements HttpTransport.ReplyCallback {
    private final PipelineCall<T> call;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private Call inFlight;
    private ScheduledFuture<?> pending;
    private ScheduledFuture<?> deadline;

    AsyncCall(PipelineCall<T> call) {
      this.call = call;
    }

    void start() {
      future.whenComplete((value, failure) -> stop());
      synchronized (this) {
        deadline = scheduler.schedule(this::deadlineReached, Math.max(call.remainingNanos(), 0),
            TimeUnit.NANOSECONDS);
      }
      attempt();
    }

    /** Signs and enqueues the next attempt (on the caller's thread first, then on a scheduler thread). */
    private void attempt() {
      try {
        if (future.isDone()) {
          return;
        }
        SdkHttpRequest signed = call.signNext();
        RuntimeException notSent = null;
        synchronized (this) {
          if (future.isDone()) {
            return;
          }
          try {
            inFlight = transport.sendAsync(signed, call.remainingNanos(), this);
          } catch (RuntimeException e) {
            notSent = e; // e.g. a caller's hook left a malformed header: reported and typed as the sync path does
          }
        }
        if (notSent != null) {
          onOtherFailure(notSent);
        }
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      } catch (Error e) {
        future.completeExceptionally(e);
        throw e;
      }
    }

    @Override
    public void onReply(SdkHttpResponse reply) {
      step(() -> call.onReply(reply));
    }

    @Override
    public void onIoFailure(IOException e) {
      step(() -> call.onIoFailure(e));
    }

    @Override
    public void onOtherFailure(RuntimeException e) {
      step(() -> call.onOtherFailure(e));
    }

    private void step(java.util.function.Supplier<PipelineCall.Step<T>> next) {
      if (future.isDone()) {
        return; // cancelled or timed out: the failure of the cancelled call is not news
      }
      try {
        PipelineCall.Step<T> step = next.get();
        if (step instanceof PipelineCall.Done<T> done) {
          future.complete(done.value());
        } else if (step instanceof PipelineCall.Fail<T> fail) {
          future.completeExceptionally(fail.failure());
        } else {
          long delayNanos = step instanceof PipelineCall.Retry<T> retry
              ? AttemptPolicy.saturatedNanos(retry.delay()) : 0;
          synchronized (this) {
            if (!future.isDone()) {
              pending = scheduler.schedule(this::attempt, delayNanos, TimeUnit.NANOSECONDS);
            }
          }
        }
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      } catch (Error e) {
        future.completeExceptionally(e);
        throw e;
      }
    }

    private void deadlineReached() {
      future.completeExceptionally(call.timedOut(null));
    }

    /** The future is complete (result, failure, timeout or cancellation): stop whatever is still going. */
    private synchronized void stop() {
      if (deadline != null) {
        deadline.cancel(false);
      }
      if (pending != null) {
        pending.cancel(false);
      }
      if (inFlight != null && future.isCompletedExceptionally()) {
        inFlight.cancel();
      }
    }
  }
}
