package dev.stacksets.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.Sleeper;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OperationWatchTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  /** Each poll round answers the next scripted operation state and target results. */
  static class RoundsView implements StackSetOperationView {
    final List<Supplier<StackSetOperation>> operations = new ArrayList<>();
    final List<Supplier<List<OperationTargetResult>>> targets = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final OperationWaiter waiter;
    int opReads;
    int targetReads;

    RoundsView(OperationWaiter waiter) {
      this.waiter = waiter;
    }

    RoundsView round(OperationStatus status, OperationTargetResult... results) {
      operations.add(() -> StackSetOperation.builder().provider(Provider.CLOUDFORMATION).stackSetName("set")
          .operationId("op-1").status(status).nativeStatus(status.name()).build());
      targets.add(() -> List.of(results));
      return this;
    }

    RoundsView failingRound(RuntimeException e) {
      operations.add(() -> {
        throw e;
      });
      targets.add(List::of);
      return this;
    }

    @Override
    public Provider provider() {
      return Provider.CLOUDFORMATION;
    }

    @Override
    public Paginator<StackSetOperation> listOperations(String stackSetName) {
      throw new AssertionError("not used");
    }

    @Override
    public StackSetOperation getOperation(String stackSetName, String operationId) {
      calls.add("get");
      return operations.get(Math.min(opReads++, operations.size() - 1)).get();
    }

    @Override
    public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
      calls.add("targets");
      List<OperationTargetResult> r = targets.get(Math.min(targetReads++, targets.size() - 1)).get();
      return Paginator.of(t -> Page.of(r, null));
    }

    @Override
    public OperationWaiter waiter() {
      return waiter;
    }
  }

  static OperationTargetResult target(String account, String region, TargetStatus status, String reason) {
    return OperationTargetResult.builder().provider(Provider.CLOUDFORMATION).account(account).region(region)
        .status(status).nativeStatus(status.name()).reason(reason).build();
  }

  @Test
  void eachTransitionOnceAndInOrderThenCompletesOnTheTerminalState() throws Exception {
    RoundsView view = new RoundsView(OperationWaiter.of(clock, clock.sleeper()))
        .round(OperationStatus.QUEUED)
        .round(OperationStatus.RUNNING, target("111", "us-east-1", TargetStatus.RUNNING, null),
            target("222", "us-east-1", TargetStatus.PENDING, null))
        .round(OperationStatus.RUNNING, target("111", "us-east-1", TargetStatus.RUNNING, null),
            target("222", "us-east-1", TargetStatus.PENDING, null))
        .round(OperationStatus.RUNNING, target("111", "us-east-1", TargetStatus.SUCCEEDED, null),
            target("222", "us-east-1", TargetStatus.RUNNING, null))
        .round(OperationStatus.FAILED, target("111", "us-east-1", TargetStatus.SUCCEEDED, null),
            target("222", "us-east-1", TargetStatus.FAILED, "Resource limit exceeded"));

    List<String> events = new ArrayList<>();
    view.watch("set", "op-1").forEach(e -> events.add(e.toString())).get();

    assertThat(events).containsExactly(
        "op-1 QUEUED (QUEUED)",
        "op-1 111/us-east-1 RUNNING (RUNNING)",
        "op-1 222/us-east-1 PENDING (PENDING)",
        "op-1 RUNNING (RUNNING), was QUEUED",
        "op-1 111/us-east-1 SUCCEEDED (SUCCEEDED), was RUNNING",
        "op-1 222/us-east-1 RUNNING (RUNNING), was PENDING",
        "op-1 222/us-east-1 FAILED (FAILED), was RUNNING: Resource limit exceeded",
        "op-1 FAILED (FAILED), was RUNNING");
    assertThat(view.opReads).isEqualTo(5);
    // four pauses, backing off like the waiter: [0.5, 1], [1, 2], [2, 4], [4, 8] s
    assertThat(clock.sleeps()).hasSize(4);
    assertThat(clock.sleeps().get(3)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void theEventsAreTypedWithTheirFields() throws Exception {
    OperationTargetResult failed = target("222", "eu-west-1", TargetStatus.FAILED, "boom");
    RoundsView view = new RoundsView(OperationWaiter.of(clock, clock.sleeper()))
        .round(OperationStatus.STOPPED, failed);

    List<OperationEvent> events = view.watch("set", "op-1").collect(10).get();

    assertThat(events).containsExactly(new OperationEvent.TargetChanged("op-1", failed, null),
        new OperationEvent.StatusChanged(view.getOperation("set", "op-1"), null));
    assertThat(events.get(1).operationId()).isEqualTo("op-1");
  }

  @Test
  void oneRequestedEventPollsOnlyOnceAndNothingIsPolledWithoutDemand() {
    RoundsView view = new RoundsView(OperationWaiter.of(clock, clock.sleeper()))
        .round(OperationStatus.RUNNING).round(OperationStatus.SUCCEEDED);
    List<Flow.Subscription> subscription = new ArrayList<>();
    List<OperationEvent> seen = new ArrayList<>();
    view.watch("set", "op-1").subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription.add(s);
      }

      @Override
      public void onNext(OperationEvent item) {
        seen.add(item);
      }

      @Override
      public void onError(Throwable t) {}

      @Override
      public void onComplete() {}
    });
    assertThat(view.calls).isEmpty();

    subscription.get(0).request(1);

    assertThat(seen).hasSize(1);
    assertThat(view.calls).containsExactly("get", "targets");
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void cancellingTheWatchCancelsThePendingTimer() {
    List<CompletableFuture<Void>> timers = new ArrayList<>();
    Sleeper timed = new Sleeper() {
      @Override
      public void sleep(Duration d) {
        throw new AssertionError("the watch must not sleep");
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration d) {
        CompletableFuture<Void> t = new CompletableFuture<>();
        timers.add(t);
        return t;
      }
    };
    RoundsView view = new RoundsView(OperationWaiter.of(clock, timed)).round(OperationStatus.RUNNING);

    CompletableFuture<Void> watching = view.watch("set", "op-1").forEach(e -> { });
    assertThat(timers).hasSize(1);
    watching.cancel(true);

    assertThat(timers.get(0).isCancelled()).isTrue();
    assertThat(view.opReads).isEqualTo(1);
  }

  @Test
  void retryableFailuresArePolledThroughAndANotFoundEndsTheWatch() {
    ThrottlingException throttled = new ThrottlingException(ServiceError.builder().service("Fake").statusCode(429)
        .build());
    OperationNotFoundException gone = new OperationNotFoundException(ServiceError.builder().service("Fake")
        .statusCode(404).build());
    RoundsView view = new RoundsView(OperationWaiter.of(clock, clock.sleeper()))
        .round(OperationStatus.RUNNING).failingRound(throttled).failingRound(gone);
    List<OperationEvent> events = new ArrayList<>();

    assertThatThrownBy(() -> view.watch("set", "op-1").forEach(events::add).get())
        .isInstanceOf(ExecutionException.class).cause().isSameAs(gone);
    assertThat(events).hasSize(1);
    assertThat(view.opReads).isEqualTo(3);
  }

  @Test
  void threeRetryableFailuresBeforeAnySuccessEndTheWatchWithTheLast() {
    ThrottlingException last = new ThrottlingException(ServiceError.builder().service("Fake").statusCode(429)
        .errorCode("last").build());
    ThrottlingException first = new ThrottlingException(ServiceError.builder().service("Fake").statusCode(429)
        .build());
    RoundsView view = new RoundsView(OperationWaiter.of(clock, clock.sleeper()))
        .failingRound(first).failingRound(first).failingRound(last);

    assertThatThrownBy(() -> view.watch("set", "op-1").forEach(e -> { }).get()).cause().isSameAs(last);
  }

  @Test
  void badArgumentsAreRejectedAtOnce() {
    RoundsView view = new RoundsView(OperationWaiter.of(clock, clock.sleeper()));
    assertThatThrownBy(() -> view.watch(" ", "op-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stackSetName must not be blank");
    assertThatThrownBy(() -> view.watch("set", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operationId must not be blank");
  }
}
