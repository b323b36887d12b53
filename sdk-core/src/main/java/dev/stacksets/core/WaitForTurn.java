package dev.stacksets.core;

import dev.stacksets.core.internal.util.Require;
import java.time.Duration;

/**
 * Whether a write refused because another operation is running on its stack set (CloudFormation
 * {@code OperationInProgressException}, the RFS conflicts) waits for that operation and is then sent again, and for
 * how long at most. Off by default ({@link #never()}): the refusal is thrown as
 * {@link dev.stacksets.core.exception.OperationInProgressException}.
 *
 * <p>When enabled, the client lists the stack set's operations, waits for each one that is not terminal through the
 * neutral {@link dev.stacksets.core.operation.OperationWaiter}, then sends the same request again (the same {@code OperationId} or
 * {@code Client-Request-Id}, so it cannot start twice), as often as needed within {@link #maxWait()}. When the time
 * runs out it throws {@link dev.stacksets.core.operation.WaitForTurnTimeoutException}. Set it per client ({@code builder.waitForTurn(...)}) or per
 * call (the write methods that take a {@code WaitForTurn}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CloudFormationClient cfn = CloudFormationClient.builder()
 *     .region("us-east-1")
 *     .waitForTurn(WaitForTurn.upTo(Duration.ofMinutes(30)))
 *     .build();
 * }</pre>
 */
public final class WaitForTurn {
  private static final WaitForTurn NEVER = new WaitForTurn(Duration.ZERO);

  private final Duration maxWait;

  private WaitForTurn(Duration maxWait) {
    this.maxWait = maxWait;
  }

  /** Never wait: a refused write throws at once (the default). */
  public static WaitForTurn never() {
    return NEVER;
  }

  /**
   * Wait for running operations, and send again, for at most {@code maxWait} in all.
   *
   * @throws IllegalArgumentException when {@code maxWait} is null, zero or negative
   */
  public static WaitForTurn upTo(Duration maxWait) {
    Require.nonNull(maxWait, "maxWait");
    if (maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException("maxWait must be positive: " + maxWait);
    }
    return new WaitForTurn(maxWait);
  }

  /** Whether a refused write waits its turn. */
  public boolean enabled() {
    return !maxWait.isZero();
  }

  /** The longest time spent waiting for other operations in one call; zero when not {@link #enabled()}. */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WaitForTurn w && w.maxWait.equals(maxWait);
  }

  @Override
  public int hashCode() {
    return maxWait.hashCode();
  }

  @Override
  public String toString() {
    return enabled() ? "WaitForTurn.upTo(" + maxWait + ")" : "WaitForTurn.never()";
  }
}
