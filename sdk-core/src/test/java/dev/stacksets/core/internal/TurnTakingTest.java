package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.internal.TurnTaking.Busy;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.WaitForTurnTimeoutException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TurnTakingTest {
  private static final TurnTaking.ConflictRule CFN_RULE =
      e -> e instanceof OperationInProgressException ? Busy.YES : Busy.NO;
  private static final TurnTaking.ConflictRule RFS_RULE =
      e -> e.statusCode() == 409 ? Busy.YES : e.statusCode() == 403 ? Busy.IF_OPERATION_RUNNING : Busy.NO;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final ScriptedView view = new ScriptedView(OperationWaiter.of(clock, clock.sleeper()));
  private final TurnTaking turns = new TurnTaking(view, clock, clock.sleeper());

  @Test
  void neverSendsOnceAndThrowsTheRefusalAsItIs() {
    ScriptedWrite write = new ScriptedWrite().refuse(inProgress()).succeed("op-new");

    assertThatThrownBy(() -> turns.send(WaitForTurn.never(), "set", write, CFN_RULE))
        .isSameAs(write.refusals.get(0));
    assertThat(write.sends).isEqualTo(1);
    assertThat(view.calls).isEmpty();
  }

  @Test
  void refusedThenWaitsForTheRunningOperationThenSendsAgainOnceAndSucceeds() {
    view.operation("op-running", OperationStatus.RUNNING, OperationStatus.RUNNING, OperationStatus.SUCCEEDED);
    view.operation("op-old", OperationStatus.SUCCEEDED);
    ScriptedWrite write = new ScriptedWrite().refuse(inProgress()).succeed("op-new");

    String result = turns.send(WaitForTurn.upTo(Duration.ofMinutes(10)), "set", write, CFN_RULE);

    assertThat(result).isEqualTo("op-new");
    assertThat(write.sends).isEqualTo(2);
    // one listing, then polls of the running operation only, until it is terminal
    assertThat(view.calls).containsExactly("list set", "get set/op-running", "get set/op-running",
        "get set/op-running");
    assertThat(clock.sleeps()).hasSize(2);
  }

  @Test
  void aRefusalTheRuleDoesNotCallBusyIsThrownAtOnce() {
    ScriptedWrite write = new ScriptedWrite().refuse(new BadRequestException(error(400, "ValidationError")));

    assertThatThrownBy(() -> turns.send(WaitForTurn.upTo(Duration.ofMinutes(10)), "set", write, CFN_RULE))
        .isSameAs(write.refusals.get(0));
    assertThat(write.sends).isEqualTo(1);
    assertThat(view.calls).isEmpty();
  }

  @Test
  void aMaybeBusyRefusalWithNothingRunningIsThrownAsItIs() {
    view.operation("op-old", OperationStatus.FAILED);
    ScriptedWrite write = new ScriptedWrite().refuse(new AccessDeniedException(error(403, "RF.DENIED")));

    assertThatThrownBy(() -> turns.send(WaitForTurn.upTo(Duration.ofMinutes(10)), "set", write, RFS_RULE))
        .isSameAs(write.refusals.get(0));
    assertThat(write.sends).isEqualTo(1);
    assertThat(view.calls).containsExactly("list set");
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void aMaybeBusyRefusalWithAnOperationRunningWaitsForIt() {
    view.operation("op-running", OperationStatus.QUEUED, OperationStatus.SUCCEEDED);
    ScriptedWrite write = new ScriptedWrite().refuse(new AccessDeniedException(error(403, "RF.STATE")))
        .succeed("done");

    assertThat(turns.send(WaitForTurn.upTo(Duration.ofMinutes(10)), "set", write, RFS_RULE)).isEqualTo("done");
    assertThat(write.sends).isEqualTo(2);
  }

  @Test
  void busyWithNothingRunningPausesOneSecondThenTwoThenSendsAgain() {
    ScriptedWrite write = new ScriptedWrite().refuse(conflict409()).refuse(conflict409()).succeed("ok");

    assertThat(turns.send(WaitForTurn.upTo(Duration.ofMinutes(10)), "set", write, RFS_RULE)).isEqualTo("ok");
    assertThat(write.sends).isEqualTo(3);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void theBoundRunningOutDuringTheWaitIsATypedErrorWithItsFields() {
    view.operation("op-running", OperationStatus.RUNNING);
    OperationInProgressException refusal = inProgress();
    ScriptedWrite write = new ScriptedWrite().refuse(refusal).succeed("never");

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> turns.send(WaitForTurn.upTo(Duration.ofMinutes(3)), "set", write, CFN_RULE));

    assertThat(thrown).isInstanceOf(WaitForTurnTimeoutException.class).isInstanceOf(OperationInProgressException.class)
        .isInstanceOf(ConflictException.class);
    WaitForTurnTimeoutException e = (WaitForTurnTimeoutException) thrown;
    assertThat(e.stackSetName()).isEqualTo("set");
    assertThat(e.maxWait()).isEqualTo(Duration.ofMinutes(3));
    assertThat(e.runningOperationIds()).containsExactly("op-running");
    assertThat(e.error()).isSameAs(refusal.error());
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.errorCode()).isEqualTo("OperationInProgressException");
    assertThat(e.getCause()).isInstanceOf(WaiterTimeoutException.class);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).startsWith("stack set set was still busy after waiting PT3M for its turn (running: "
        + "op-running); the write was not started; last refusal: ");
    assertThat(write.sends).isEqualTo(1);
    assertThat(Duration.between(Instant.parse("2026-01-01T00:00:00Z"), clock.instant()))
        .isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void theBoundRunningOutWhileRefusedWithNothingRunningIsTheSameTypedError() {
    ScriptedWrite write = new ScriptedWrite();
    for (int i = 0; i < 50; i++) {
      write.refuse(conflict409());
    }

    assertThatThrownBy(() -> turns.send(WaitForTurn.upTo(Duration.ofSeconds(30)), "set", write, RFS_RULE))
        .isInstanceOfSatisfying(WaitForTurnTimeoutException.class, e -> {
          assertThat(e.runningOperationIds()).isEmpty();
          assertThat(e.getCause()).isSameAs(write.refusals.get(write.sends - 1));
        });
    // pauses 1, 2, 4, 8, 15 (what was left): 30 s in all, then no more sends
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(8), Duration.ofSeconds(15));
    assertThat(write.sends).isEqualTo(6);
  }

  @Test
  void aBoundRunningOutOnARefusedRetrySaysTheWriteMayHaveStarted() {
    view.operation("op-running", OperationStatus.RUNNING);
    OperationInProgressException refusedRetry = new OperationInProgressException(ServiceError.builder()
        .service("Fake").statusCode(409).errorCode("OperationInProgressException").attempts(2).build());
    ScriptedWrite write = new ScriptedWrite().refuse(refusedRetry);

    assertThatThrownBy(() -> turns.send(WaitForTurn.upTo(Duration.ofMinutes(1)), "set", write, CFN_RULE))
        .isInstanceOf(WaitForTurnTimeoutException.class)
        .hasMessageContaining("the write may have started (the reply to an earlier attempt was lost)")
        .hasMessageNotContaining("was not started");
  }

  @Test
  void aFailedListingIsThrownWithTheRefusalSuppressed() {
    StackSetNotFoundException gone = new StackSetNotFoundException(error(404, "StackSetNotFoundException"));
    view.listingFailure = gone;
    ScriptedWrite write = new ScriptedWrite().refuse(inProgress());

    assertThatThrownBy(() -> turns.send(WaitForTurn.upTo(Duration.ofMinutes(1)), "set", write, CFN_RULE))
        .isSameAs(gone);
    assertThat(gone.getSuppressed()).containsExactly(write.refusals.get(0));
  }

  @Test
  void theAsyncFormWaitsWithTimersAndCancellingItCancelsThePendingPause() {
    List<java.util.concurrent.CompletableFuture<Void>> timers = new ArrayList<>();
    dev.stacksets.core.Sleeper timed = new dev.stacksets.core.Sleeper() {
      @Override
      public void sleep(Duration d) {
        throw new AssertionError("must not block");
      }

      @Override
      public java.util.concurrent.CompletableFuture<Void> sleepAsync(Duration d) {
        java.util.concurrent.CompletableFuture<Void> t = new java.util.concurrent.CompletableFuture<>();
        timers.add(t);
        return t;
      }
    };
    TurnTaking async = new TurnTaking(view, clock, timed);
    ScriptedWrite write = new ScriptedWrite().refuse(conflict409()).succeed("ok").refuse(conflict409());

    java.util.concurrent.CompletableFuture<String> first = async.sendAsync(WaitForTurn.upTo(Duration.ofMinutes(1)),
        "set", () -> java.util.concurrent.CompletableFuture.completedFuture(write.get()), RFS_RULE);
    assertThat(timers).hasSize(1);
    assertThat(first).isNotDone();
    timers.get(0).complete(null);
    assertThat(first.join()).isEqualTo("ok");

    java.util.concurrent.CompletableFuture<String> second = async.sendAsync(WaitForTurn.upTo(Duration.ofMinutes(1)),
        "set", () -> java.util.concurrent.CompletableFuture.completedFuture(write.get()), RFS_RULE);
    assertThat(timers).hasSize(2);
    second.cancel(true);
    assertThat(timers.get(1).isCancelled()).isTrue();
    assertThat(write.sends).isEqualTo(3);
  }

  @Test
  void theSyncFormSendsEveryAttemptOnTheCallersThreadWhileTheWaitCompletesElsewhere() {
    dev.stacksets.core.Sleeper elsewhere = new dev.stacksets.core.Sleeper() {
      @Override
      public void sleep(Duration d) {
        throw new AssertionError("must not block");
      }

      @Override
      public java.util.concurrent.CompletableFuture<Void> sleepAsync(Duration d) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> clock.advance(d));
      }
    };
    List<Thread> senders = new ArrayList<>();
    ScriptedWrite script = new ScriptedWrite().refuse(conflict409()).succeed("ok");

    String result = new TurnTaking(view, clock, elsewhere).send(WaitForTurn.upTo(Duration.ofMinutes(1)), "set", () -> {
      senders.add(Thread.currentThread());
      return script.get();
    }, RFS_RULE);

    assertThat(result).isEqualTo("ok");
    assertThat(senders).containsExactly(Thread.currentThread(), Thread.currentThread());
  }

  @Test
  void waitForTurnValues() {
    assertThat(WaitForTurn.never().enabled()).isFalse();
    assertThat(WaitForTurn.never().maxWait()).isEqualTo(Duration.ZERO);
    assertThat(WaitForTurn.upTo(Duration.ofMinutes(5)).enabled()).isTrue();
    assertThat(WaitForTurn.upTo(Duration.ofMinutes(5))).isEqualTo(WaitForTurn.upTo(Duration.ofSeconds(300)))
        .hasToString("WaitForTurn.upTo(PT5M)");
    assertThat(WaitForTurn.never()).hasToString("WaitForTurn.never()");
    assertThatThrownBy(() -> WaitForTurn.upTo(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWait must be positive: PT0S");
    assertThatThrownBy(() -> WaitForTurn.upTo(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WaitForTurn.upTo(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxWait");
    assertThatThrownBy(() -> turns.send(null, "set", () -> "x", CFN_RULE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waitForTurn");
  }

  private static ServiceError error(int status, String code) {
    return ServiceError.builder().service("Fake").statusCode(status).errorCode(code).errorMessage("refused").build();
  }

  private static OperationInProgressException inProgress() {
    return new OperationInProgressException(error(409, "OperationInProgressException"));
  }

  private static ConflictException conflict409() {
    return new ConflictException(error(409, "RF.CONFLICT"));
  }

  /** A write that answers from a script: refusals, then a result. */
  private static final class ScriptedWrite implements Supplier<String> {
    final Deque<Object> script = new ArrayDeque<>();
    final List<ServiceException> refusals = new ArrayList<>();
    int sends;

    ScriptedWrite refuse(ServiceException e) {
      script.add(e);
      refusals.add(e);
      return this;
    }

    ScriptedWrite succeed(String result) {
      script.add(result);
      return this;
    }

    @Override
    public String get() {
      sends++;
      Object next = script.poll();
      if (next instanceof ServiceException e) {
        throw e;
      }
      if (next == null) {
        throw new AssertionError("sent more often than scripted");
      }
      return (String) next;
    }
  }

  /** Operations with scripted states: a listing shows each one's current state; a read moves it on. */
  private static final class ScriptedView implements StackSetOperationView {
    final Map<String, Deque<OperationStatus>> operations = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final OperationWaiter waiter;
    RuntimeException listingFailure;

    ScriptedView(OperationWaiter waiter) {
      this.waiter = waiter;
    }

    void operation(String id, OperationStatus... states) {
      operations.put(id, new ArrayDeque<>(List.of(states)));
    }

    private StackSetOperation op(String stackSetName, String id, OperationStatus status) {
      return StackSetOperation.builder().provider(Provider.CLOUDFORMATION).stackSetName(stackSetName)
          .operationId(id).status(status).nativeStatus(status.name()).build();
    }

    @Override
    public Provider provider() {
      return Provider.CLOUDFORMATION;
    }

    @Override
    public Paginator<StackSetOperation> listOperations(String stackSetName) {
      calls.add("list " + stackSetName);
      if (listingFailure != null) {
        throw listingFailure;
      }
      List<StackSetOperation> items = new ArrayList<>();
      operations.forEach((id, states) -> items.add(op(stackSetName, id, states.peek())));
      return Paginator.of(t -> Page.of(items, null));
    }

    @Override
    public StackSetOperation getOperation(String stackSetName, String operationId) {
      calls.add("get " + stackSetName + "/" + operationId);
      Deque<OperationStatus> states = operations.get(operationId);
      OperationStatus now = states.size() > 1 ? states.poll() : states.peek();
      return op(stackSetName, operationId, now);
    }

    @Override
    public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
      return Paginator.of(t -> Page.of(List.of(), null));
    }

    @Override
    public OperationWaiter waiter() {
      return waiter;
    }
  }
}
