package dev.stacksets.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.operation.WaiterTimeoutException;
import dev.stacksets.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OperationWaiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final OperationWaiter waiter = OperationWaiter.of(clock, clock.sleeper());

  @Test
  void queuedThenRunningThenSucceededReturnsTheFinalState() {
    FakeOperationView view = new FakeOperationView(waiter)
        .then(OperationStatus.QUEUED, "QUEUE_IN_PROGRESS")
        .then(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS")
        .then(OperationStatus.SUCCEEDED, "OPERATION_COMPLETE");

    StackSetOperation done = view.waitUntilComplete("set", "op-1", Duration.ofMinutes(5));

    assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(done.nativeStatus()).isEqualTo("OPERATION_COMPLETE");
    assertThat(view.calls).containsExactly("set/op-1", "set/op-1", "set/op-1");
    assertThat(clock.sleeps()).hasSize(2);
    // backoff: first wait in [0.5 s, 1 s], second in [1 s, 2 s]
    assertThat(clock.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(clock.sleeps().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void failedIsTerminal() {
    FakeOperationView view = new FakeOperationView(waiter)
        .then(OperationStatus.RUNNING, "RUNNING")
        .then(OperationStatus.FAILED, "FAILED");

    assertThat(view.waitUntilComplete("set", "op-1", Duration.ofMinutes(5)).status())
        .isEqualTo(OperationStatus.FAILED);
  }

  @Test
  void stoppedAndStopFailedAreTerminalButStoppingIsNot() {
    assertThat(new FakeOperationView(waiter).then(OperationStatus.STOPPING, "STOPPING")
        .then(OperationStatus.STOPPED, "STOPPED").waitUntilComplete("set", "op-1", Duration.ofMinutes(1)).status())
        .isEqualTo(OperationStatus.STOPPED);
    assertThat(new FakeOperationView(waiter).then(OperationStatus.STOP_FAILED, "STOP_FAILED")
        .waitUntilComplete("set", "op-1", Duration.ofMinutes(1)).status())
        .isEqualTo(OperationStatus.STOP_FAILED);
  }

  @Test
  void backoffDoublesUpToThirtySeconds() {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "RUNNING");

    assertThatThrownBy(() -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(10)))
        .isInstanceOf(WaiterTimeoutException.class);

    assertThat(clock.sleeps()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(30)));
    assertThat(clock.sleeps().subList(6, clock.sleeps().size() - 1))
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30)));
  }

  @Test
  void timeoutCarriesTheLastOperationSeen() {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS");

    WaiterTimeoutException e = (WaiterTimeoutException) org.assertj.core.api.Assertions.catchThrowable(
        () -> view.waitUntilComplete("set", "op-1", Duration.ofSeconds(90)));

    assertThat(e.lastSeen()).hasValueSatisfying(
        op -> assertThat(op.nativeStatus()).isEqualTo("OPERATION_IN_PROGRESS"));
    assertThat(e.stackSetName()).isEqualTo("set");
    assertThat(e.operationId()).isEqualTo("op-1");
    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(e.polls()).isEqualTo(view.calls.size());
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:01:30Z")); // never sleeps past the deadline
    assertThat(e.getMessage()).contains("op-1").contains("RUNNING");
  }

  private static ClientSideException unreachable() {
    return new ClientSideException("I/O error: connection refused", new java.io.IOException("refused"), "crid-1", 4,
        true);
  }

  @Test
  void pollsThatNeverSucceedGiveUpEarlyWithTheLastFailure() {
    ClientSideException first = unreachable();
    ClientSideException last = unreachable();
    FakeOperationView view = new FakeOperationView(waiter).thenFailing(first).thenFailing(unreachable())
        .thenFailing(last);

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(
        () -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(30)));

    assertThat(e).isSameAs(last);
    assertThat(view.calls).containsExactly("set/op-1", "set/op-1", "set/op-1");
    assertThat(OperationWaiter.FAILED_POLLS_BEFORE_GIVING_UP).isEqualTo(3);
    assertThat(clock.sleeps()).hasSize(2);
    assertThat(clock.instant()).isBefore(Instant.parse("2026-01-01T00:00:04Z"));
  }

  @Test
  void asyncWaitGivesUpEarlyByTheSameRule() {
    ClientSideException last = unreachable();
    FakeOperationView view = new FakeOperationView(waiter).thenFailing(unreachable()).thenThrottled()
        .thenFailing(last);

    CompletableFuture<StackSetOperation> f = view.waitUntilCompleteAsync("set", "op-1", Duration.ofMinutes(30));

    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
        .isSameAs(last);
    assertThat(view.calls).hasSize(3);
  }

  @Test
  void failuresAfterASuccessAreToleratedAndTheTimeoutKeepsTheLastOne() {
    ClientSideException last = unreachable();
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS")
        .thenFailing(last);

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(
        () -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(10)));

    assertThat(e).isExactlyInstanceOf(WaiterTimeoutException.class).hasCause(last).hasMessage(
        "operation op-1 of stack set set did not complete within PT10M (" + view.calls.size()
            + " polls; last status: RUNNING / OPERATION_IN_PROGRESS; last poll failed: ClientSideException)");
    assertThat(view.calls.size()).isGreaterThan(OperationWaiter.FAILED_POLLS_BEFORE_GIVING_UP + 10);
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:10:00Z"));
  }

  @Test
  void aTimeoutBeforeAnyAnswerNamesTheOperationAndKeepsTheFailure() {
    ClientSideException last = unreachable();
    FakeOperationView view = new FakeOperationView(waiter).thenFailing(last);

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(
        () -> view.waitUntilComplete("set", "op-1", Duration.ZERO));

    assertThat(e).isExactlyInstanceOf(WaiterTimeoutException.class).hasCause(last).hasMessage(
        "operation op-1 of stack set set did not complete within PT0S (1 poll; last status: none; last poll failed: "
            + "ClientSideException)");
    assertThat(((WaiterTimeoutException) e).lastSeen()).isEmpty(); // NEW-API
  }

  @Test
  void aTimeoutAfterAnAnswerHasNoCause() {
    FakeOperationView view = new FakeOperationView(waiter).thenThrottled().then(OperationStatus.QUEUED, "QUEUED");

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(
        () -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(2)));

    assertThat(e).isExactlyInstanceOf(WaiterTimeoutException.class).hasNoCause()
        .hasMessageStartingWith("operation op-1 of stack set set did not complete within PT2M (")
        .hasMessageEndingWith(" polls; last status: QUEUED / QUEUED)");
  }

  @Test
  void notFoundEndsTheWaitAtOnce() {
    FakeOperationView view = new FakeOperationView(waiter);
    view.answers.add(() -> {
      throw new OperationNotFoundException(ServiceError.builder().service("RFS").statusCode(404).build());
    });

    assertThatThrownBy(() -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(5)))
        .isInstanceOf(NotFoundException.class);
    assertThat(view.calls).hasSize(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void throttlingThatGetsPastTheRetryPolicyIsPolledAgain() {
    FakeOperationView view = new FakeOperationView(waiter).thenThrottled()
        .then(OperationStatus.SUCCEEDED, "SUCCEEDED");

    assertThat(view.waitUntilComplete("set", "op-1", Duration.ofMinutes(5)).status())
        .isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(view.calls).hasSize(2);
  }

  @Test
  void interruptEndsTheWaitAndKeepsTheFlag() {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "RUNNING");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(5)))
          .isInstanceOf(ClientSideException.class).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void asyncWaitCompletes() throws Exception {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "RUNNING")
        .then(OperationStatus.SUCCEEDED, "SUCCEEDED");

    assertThat(view.waitUntilCompleteAsync("set", "op-1", Duration.ofMinutes(5)).get(10, TimeUnit.SECONDS).status())
        .isEqualTo(OperationStatus.SUCCEEDED);
  }

  @Test
  void cancellingTheAsyncWaitCancelsThePendingTimerAndPollsNoMore() {
    List<CompletableFuture<Void>> timers = new ArrayList<>();
    OperationWaiter timed = OperationWaiter.of(clock, new dev.stacksets.core.Sleeper() {
      @Override
      public void sleep(Duration d) {
        throw new AssertionError("the async wait must not sleep");
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration d) {
        CompletableFuture<Void> timer = new CompletableFuture<>();
        timers.add(timer);
        return timer;
      }
    });
    FakeOperationView view = new FakeOperationView(timed).then(OperationStatus.RUNNING, "RUNNING");

    CompletableFuture<StackSetOperation> f = view.waitUntilCompleteAsync("set", "op-1", Duration.ofHours(1));
    assertThat(view.calls).hasSize(1);
    timers.get(0).complete(null);
    assertThat(view.calls).hasSize(2);
    assertThat(f.cancel(false)).isTrue();

    assertThat(timers).hasSize(2);
    assertThat(timers.get(1).isCancelled()).isTrue();
    assertThatThrownBy(f::get).isInstanceOf(CancellationException.class);
    timers.get(1).obtrudeValue(null);
    assertThat(view.calls).hasSize(2);
  }

  @Test
  void cancellingTheAsyncWaitCancelsThePollInFlight() {
    CompletableFuture<StackSetOperation> poll = new CompletableFuture<>();
    FakeOperationView view = new FakeOperationView(waiter) {
      @Override
      public CompletableFuture<StackSetOperation> getOperationAsync(String stackSetName, String operationId) {
        calls.add(stackSetName + "/" + operationId);
        return poll;
      }
    };

    CompletableFuture<StackSetOperation> f = view.waitUntilCompleteAsync("set", "op-1", Duration.ofHours(1));
    f.cancel(true);

    assertThat(poll.isCancelled()).isTrue();
    assertThat(view.calls).containsExactly("set/op-1");
  }

  @Test
  void aThousandAsyncWaitsWithTheSystemSleeperHoldNoThreadOfTheirOwn() throws Exception {
    OperationWaiter fast = OperationWaiter.of(java.time.Clock.systemUTC(), dev.stacksets.core.Sleeper.system())
        .withBackoff(Duration.ofMillis(2), Duration.ofMillis(4));
    int threadsBefore = Thread.activeCount();
    List<CompletableFuture<StackSetOperation>> waits = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      FakeOperationView view = new FakeOperationView(fast).then(OperationStatus.RUNNING, "RUNNING")
          .then(OperationStatus.RUNNING, "RUNNING").then(OperationStatus.SUCCEEDED, "SUCCEEDED");
      waits.add(view.waitUntilCompleteAsync("set", "op-" + i, Duration.ofMinutes(1)));
    }
    int threadsDuring = Thread.activeCount();
    CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

    assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).isEqualTo(OperationStatus.SUCCEEDED));
    // the shared scheduler's two threads at most, not one per wait
    assertThat(threadsDuring - threadsBefore).isLessThanOrEqualTo(
        dev.stacksets.core.internal.SharedSchedulerThreads.LIMIT);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("stacksets-waiter"));
  }

  @Test
  void badArgumentsAreRejectedBeforeAnyCall() {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "RUNNING");
    assertThatThrownBy(() -> view.waitUntilComplete(" ", "op-1", Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stackSetName");
    assertThatThrownBy(() -> view.waitUntilComplete("set", null, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationId");
    assertThatThrownBy(() -> view.waitUntilComplete("set", "op-1", Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThat(view.calls).isEmpty();
  }

  @Test
  void asyncFailureIsReportedThroughTheFuture() {
    FakeOperationView view = new FakeOperationView(waiter);
    view.answers.add(() -> {
      throw new OperationNotFoundException(ServiceError.builder().service("RFS").statusCode(404).build());
    });
    CompletableFuture<StackSetOperation> f = view.waitUntilCompleteAsync("set", "op-1", Duration.ofMinutes(1));
    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(OperationNotFoundException.class);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {Long.MAX_VALUE, 31556889864403199L, 1L << 40})
  void aTimeoutBeyondTheClocksRangeWaitsWithoutADeadline(long seconds) {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "RUNNING")
        .then(OperationStatus.SUCCEEDED, "SUCCEEDED");

    assertThat(view.waitUntilComplete("set", "op-1", Duration.ofSeconds(seconds)).status())
        .isEqualTo(OperationStatus.SUCCEEDED);
  }

  @Test
  void foreverIsATimeout() {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.QUEUED, "QUEUED")
        .then(OperationStatus.FAILED, "FAILED");

    assertThat(view.waitUntilComplete("set", "op-1", java.time.temporal.ChronoUnit.FOREVER.getDuration()).status())
        .isEqualTo(OperationStatus.FAILED);
  }

  @Test
  void hugeBackoffsAreCappedInsteadOfOverflowing() {
    OperationWaiter slow = OperationWaiter.of(clock, clock.sleeper())
        .withBackoff(Duration.ofSeconds(Long.MAX_VALUE / 2 + 1), Duration.ofSeconds(Long.MAX_VALUE));
    FakeOperationView view = new FakeOperationView(slow).then(OperationStatus.RUNNING, "RUNNING")
        .then(OperationStatus.RUNNING, "RUNNING").then(OperationStatus.RUNNING, "RUNNING")
        .then(OperationStatus.SUCCEEDED, "SUCCEEDED");

    assertThat(view.waitUntilComplete("set", "op-1", java.time.temporal.ChronoUnit.FOREVER.getDuration()).status())
        .isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(clock.sleeps()).hasSize(3).allSatisfy(d -> assertThat(d)
        .isBetween(Duration.ofNanos(Long.MAX_VALUE / 2), Duration.ofNanos(Long.MAX_VALUE)));
  }

  @Test
  void theSystemSleeperTakesAnyDuration() {
    Thread.currentThread().interrupt(); // so the sleep returns at once, by throwing
    try {
      assertThatThrownBy(() -> dev.stacksets.core.Sleeper.system().sleep(Duration.ofSeconds(Long.MAX_VALUE)))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void asyncArgumentsAreCheckedBeforeAThreadStarts() {
    FakeOperationView view = new FakeOperationView(waiter).then(OperationStatus.RUNNING, "RUNNING");
    assertThatThrownBy(() -> waiter.waitUntilCompleteAsync(null, "set", "op-1", Duration.ofMinutes(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("view must not be null");
    assertThatThrownBy(() -> view.waitUntilCompleteAsync("set", "op-1", Duration.ofMinutes(-1)))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> view.waitUntilCompleteAsync("set", "op-1", null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThat(view.calls).isEmpty();
  }
}
