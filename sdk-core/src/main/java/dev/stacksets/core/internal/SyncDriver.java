package dev.stacksets.core.internal;

import dev.stacksets.core.Sleeper;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.io.IOException;

/**
 * The blocking driver: runs a {@link PipelineCall} on the calling thread, sending with OkHttp's {@code execute} and
 * waiting between attempts with the client's {@link Sleeper}. An interrupt while waiting ends the call with a
 * non-retryable {@code ClientSideException} and the thread's interrupt flag set. Stateless and thread-safe.
 */
final class SyncDriver {
  private final HttpTransport transport;
  private final Sleeper sleeper;
  private final CallFailures failures;

  SyncDriver(HttpTransport transport, Sleeper sleeper, CallFailures failures) {
    this.transport = transport;
    this.sleeper = sleeper;
    this.failures = failures;
  }

  <T> T run(PipelineCall<T> call) {
    while (true) {
      SdkHttpRequest signed = call.signNext();
      PipelineCall.Step<T> step = send(call, signed);
      if (step instanceof PipelineCall.Done<T> done) {
        return done.value();
      }
      if (step instanceof PipelineCall.Fail<T> fail) {
        throw fail.failure();
      }
      if (step instanceof PipelineCall.Retry<T> retry) {
        backoff(call, retry.delay(), retry.failure());
      }
      // Resign: the next attempt at once
    }
  }

  private <T> PipelineCall.Step<T> send(PipelineCall<T> call, SdkHttpRequest signed) {
    SdkHttpResponse response;
    try {
      response = transport.send(signed, call.remainingNanos());
    } catch (IOException e) {
      return call.onIoFailure(e);
    } catch (RuntimeException e) {
      return call.onOtherFailure(e);
    }
    return call.onReply(response);
  }

  private void backoff(PipelineCall<?> call, java.time.Duration delay, StackSetsException failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures.backoffInterrupted(failure.clientRequestId(), call.attempt(), failure, e);
    }
  }
}
