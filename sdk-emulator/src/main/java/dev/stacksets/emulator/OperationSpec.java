package dev.stacksets.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a new emulated stack-set operation does and how it unfolds: its action, which instances it targets, how many
 * targets fail, and its timing. The emulator then moves it from queued to running to its end as emulator time
 * passes: after {@link #queueTime()}, targets are deployed region by region (or all regions at once with
 * {@link Builder#parallel(boolean)}), {@link #maxConcurrentCount()} at a time, each taking about
 * {@link #targetTime()}; when more targets fail than {@link #failureToleranceCount()} allows, the targets not yet
 * started are cancelled and the operation fails.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String opId = emulator.rfs().startOperation("my_hello_world_stack_set", OperationSpec.builder()
 *     .action("DEPLOY_STACK_SET").failingTargets(1).targetTime(Duration.ofSeconds(10)).build());
 * }</pre>
 */
public final class OperationSpec {
  private final String action;
  private final List<String> regions;
  private final List<String> accounts;
  private final int failingTargets;
  private final int failureToleranceCount;
  private final int maxConcurrentCount;
  private final boolean parallel;
  private final Duration queueTime;
  private final Duration targetTime;
  private final Duration stopAfter;

  private OperationSpec(Builder b) {
    if (b.action == null || b.action.isBlank()) {
      throw new IllegalStateException("action is required");
    }
    this.action = b.action;
    this.regions = List.copyOf(b.regions);
    this.accounts = List.copyOf(b.accounts);
    this.failingTargets = b.failingTargets;
    this.failureToleranceCount = b.failureToleranceCount;
    this.maxConcurrentCount = b.maxConcurrentCount;
    this.parallel = b.parallel;
    this.queueTime = b.queueTime;
    this.targetTime = b.targetTime;
    this.stopAfter = b.stopAfter;
  }

  /** A spec with only an action and every default. */
  public static OperationSpec of(String action) {
    return builder().action(action).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder().action(action).regions(regions).accounts(accounts).failingTargets(failingTargets)
        .failureToleranceCount(failureToleranceCount).maxConcurrentCount(maxConcurrentCount).parallel(parallel)
        .queueTime(queueTime).targetTime(targetTime);
    b.stopAfter = stopAfter;
    return b;
  }

  /** The provider's native action (RFS {@code DEPLOY_STACK_SET}, CloudFormation {@code UPDATE}, ...). */
  public String action() {
    return action;
  }

  /** Regions to target; empty means every region with instances (a create needs them). */
  public List<String> regions() {
    return regions;
  }

  /** Accounts (RFS domain ids) to target; empty means every account with instances (a create needs them). */
  public List<String> accounts() {
    return accounts;
  }

  /** How many targets fail (spread over the deployment order). */
  public int failingTargets() {
    return failingTargets;
  }

  /** Failures tolerated before the operation fails. */
  public int failureToleranceCount() {
    return failureToleranceCount;
  }

  /** Targets deployed at once per region. */
  public int maxConcurrentCount() {
    return maxConcurrentCount;
  }

  /** True: all regions at once; false: region after region. */
  public boolean parallel() {
    return parallel;
  }

  /** Time spent queued before running. */
  public Duration queueTime() {
    return queueTime;
  }

  /** Typical time one target takes (each takes between half of it and all of it). */
  public Duration targetTime() {
    return targetTime;
  }

  /** Stop the operation this long after it starts running, or null for never. */
  public @Nullable Duration stopAfter() {
    return stopAfter;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OperationSpec)) {
      return false;
    }
    OperationSpec s = (OperationSpec) o;
    return action.equals(s.action) && regions.equals(s.regions) && accounts.equals(s.accounts)
        && failingTargets == s.failingTargets && failureToleranceCount == s.failureToleranceCount
        && maxConcurrentCount == s.maxConcurrentCount && parallel == s.parallel && queueTime.equals(s.queueTime)
        && targetTime.equals(s.targetTime) && Objects.equals(stopAfter, s.stopAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, regions, accounts, failingTargets, failureToleranceCount, maxConcurrentCount,
        parallel, queueTime, targetTime, stopAfter);
  }

  @Override
  public String toString() {
    return "OperationSpec{action=" + action + ", regions=" + regions + ", accounts=" + accounts
        + ", failingTargets=" + failingTargets + ", failureToleranceCount=" + failureToleranceCount
        + ", maxConcurrentCount=" + maxConcurrentCount + ", parallel=" + parallel + ", queueTime=" + queueTime
        + ", targetTime=" + targetTime + (stopAfter == null ? "" : ", stopAfter=" + stopAfter) + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String action;
    private List<String> regions = List.of();
    private List<String> accounts = List.of();
    private int failingTargets;
    private int failureToleranceCount;
    private int maxConcurrentCount = 1;
    private boolean parallel;
    private Duration queueTime = Duration.ofSeconds(5);
    private Duration targetTime = Duration.ofSeconds(30);
    private Duration stopAfter;

    private Builder() {}

    /** The provider's native action; required. */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /** Regions to target. */
    public Builder regions(List<String> regions) {
      this.regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
      return this;
    }

    /** Regions to target. */
    public Builder regions(String... regions) {
      return regions(List.of(regions));
    }

    /** Accounts (RFS domain ids) to target. */
    public Builder accounts(List<String> accounts) {
      this.accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
      return this;
    }

    /** Accounts (RFS domain ids) to target. */
    public Builder accounts(String... accounts) {
      return accounts(List.of(accounts));
    }

    /** How many targets fail (default 0). */
    public Builder failingTargets(int n) {
      this.failingTargets = nonNegative(n, "failingTargets");
      return this;
    }

    /** Failures tolerated before the operation fails (default 0). */
    public Builder failureToleranceCount(int n) {
      this.failureToleranceCount = nonNegative(n, "failureToleranceCount");
      return this;
    }

    /** Targets deployed at once per region (default 1). */
    public Builder maxConcurrentCount(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxConcurrentCount must be >= 1, was " + n);
      }
      this.maxConcurrentCount = n;
      return this;
    }

    /** All regions at once (true) or one after another (false, the default). */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /** Time queued before running (default 5 s). */
    public Builder queueTime(Duration d) {
      this.queueTime = nonNegative(d, "queueTime");
      return this;
    }

    /** Typical time per target (default 30 s, at least 1 s). */
    public Builder targetTime(Duration d) {
      this.targetTime = nonNegative(d, "targetTime");
      return this;
    }

    /** Stops the operation this long after it starts running. */
    public Builder stopAfter(Duration d) {
      this.stopAfter = nonNegative(d, "stopAfter");
      return this;
    }

    /** Builds; throws {@link IllegalStateException} when the action is missing. */
    public OperationSpec build() {
      return new OperationSpec(this);
    }

    private static int nonNegative(int n, String name) {
      if (n < 0) {
        throw new IllegalArgumentException(name + " must be >= 0, was " + n);
      }
      return n;
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
