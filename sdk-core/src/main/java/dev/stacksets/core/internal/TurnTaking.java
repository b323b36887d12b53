package dev.stacksets.core.internal;

import dev.stacksets.core.Sleeper;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.WaitForTurnTimeoutException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one wait-their-turn loop of both clouds: sends a write; when the service refuses it because another operation
 * runs on the stack set, waits for the running operations through the neutral view's waiter, then sends the same
 * write again, within {@link WaitForTurn#maxWait()}. The write supplier must send the same request object each time
 * (same {@code OperationId} / {@code Client-Request-Id}), so a resend cannot start a second operation.
 *
 * <p>Which refusal means "busy" is the service's {@link ConflictRule}: CloudFormation's
 * {@code OperationInProgressException} and the RFS 409 are {@link Busy#YES}; an RFS 403 is
 * {@link Busy#IF_OPERATION_RUNNING} (the API documents 403 both for a state that forbids the write and for a denied
 * permission, so it counts as busy only when an operation is found running). When a refusal says busy but no
 * operation is running (it just ended, or a synchronous change holds the stack set), the loop pauses
 * ({@value #FIRST_PAUSE_SECONDS} s, doubling up to {@value #MAX_PAUSE_SECONDS} s) before sending again.
 *
 * <p>Immutable and thread-safe.
 */
public final class TurnTaking {
  static final int FIRST_PAUSE_SECONDS = 1;
  static final int MAX_PAUSE_SECONDS = 20;
  /** How many of the stack set's newest operations are read to find the running ones. */
  static final int OPERATIONS_SCANNED = 100;

  /** What a refusal says about the stack set. */
  public enum Busy {
    /** Not a "busy" refusal: thrown as it is. */
    NO,
    /** Another operation (or change) holds the stack set. */
    YES,
    /** Busy only if an operation of the stack set is found running; otherwise thrown as it is. */
    IF_OPERATION_RUNNING
  }

  /** A service's reading of a refusal. */
  @FunctionalInterface
  public interface ConflictRule {
    /** What {@code refusal} says about the stack set; never null. */
    Busy classify(ServiceException refusal);
  }

  private final StackSetOperationView view;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param view    the client's neutral view (lists operations and waits for them)
   * @param clock   the client's clock (the bound)
   * @param sleeper the client's sleeper (the pause when nothing runs)
   */
  public TurnTaking(StackSetOperationView view, Clock clock, Sleeper sleeper) {
    this.view = Require.nonNull(view, "view");
    this.clock = Require.nonNull(clock, "clock");
    this.sleeper = Require.nonNull(sleeper, "sleeper");
  }

  /**
   * Sends {@code write}, waiting its turn as {@code policy} allows.
   *
   * @throws WaitForTurnTimeoutException the bound ran out while the stack set was still busy
   * @throws ServiceException            a refusal the rule does not call busy (or any refusal with
   *     {@link WaitForTurn#never()}), thrown as it is
   * @throws ClientSideException         interrupted while waiting
   */
  public <O> O send(WaitForTurn policy, String stackSetName, Supplier<O> write, ConflictRule rule) {
    Require.nonNull(policy, "waitForTurn");
    if (!policy.enabled()) {
      return write.get();
    }
    Instant deadline = plusSaturated(clock.instant(), policy.maxWait());
    Duration pause = Duration.ofSeconds(FIRST_PAUSE_SECONDS);
    while (true) {
      ServiceException refusal;
      Busy busy;
      try {
        return write.get();
      } catch (ServiceException e) {
        busy = rule.classify(e);
        if (busy == null || busy == Busy.NO) {
          throw e;
        }
        refusal = e;
      }
      List<String> running = running(stackSetName, refusal);
      if (running.isEmpty() && busy == Busy.IF_OPERATION_RUNNING) {
        throw refusal;
      }
      if (running.isEmpty()) {
        Duration remaining = remaining(deadline, refusal, stackSetName, policy, running);
        sleep(min(pause, remaining), refusal);
        pause = min(pause.multipliedBy(2), Duration.ofSeconds(MAX_PAUSE_SECONDS));
        continue;
      }
      for (String operationId : running) {
        Duration remaining = remaining(deadline, refusal, stackSetName, policy, running);
        try {
          view.waitUntilComplete(stackSetName, operationId, remaining);
        } catch (WaiterTimeoutException e) {
          throw new WaitForTurnTimeoutException(refusal, stackSetName, policy.maxWait(), running, e);
        } catch (NotFoundException gone) {
          // the operation is no longer listed: nothing to wait for
        }
      }
    }
  }

  /** The ids of the stack set's operations that are not terminal, newest first; a failed listing is thrown. */
  private List<String> running(String stackSetName, ServiceException refusal) {
    List<String> ids = new ArrayList<>();
    try {
      Iterator<StackSetOperation> it = view.listOperations(stackSetName).iterator();
      for (int i = 0; i < OPERATIONS_SCANNED && it.hasNext(); i++) {
        StackSetOperation op = it.next();
        if (!op.status().isTerminal()) {
          ids.add(op.operationId());
        }
      }
    } catch (StackSetsException e) {
      e.addSuppressed(refusal);
      throw e;
    }
    return ids;
  }

  private Duration remaining(Instant deadline, ServiceException refusal, String stackSetName, WaitForTurn policy,
      List<String> running) {
    Duration remaining = Duration.between(clock.instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      throw new WaitForTurnTimeoutException(refusal, stackSetName, policy.maxWait(), running, null);
    }
    return remaining;
  }

  private void sleep(Duration d, ServiceException refusal) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientSideException("interrupted while waiting for its turn on the stack set", e,
          refusal.clientRequestId(), refusal.attempts(), false);
    }
  }

  private static Instant plusSaturated(Instant start, Duration d) {
    return Duration.between(start, Instant.MAX).compareTo(d) <= 0 ? Instant.MAX : start.plus(d);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
