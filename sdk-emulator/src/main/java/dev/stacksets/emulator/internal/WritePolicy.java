package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How the operations that writes start unfold for one provider: the time they stay queued, the typical time of one
 * target, and which (region, account) targets fail or drift. A rule's region or account {@code *} matches any.
 * Thread-safe.
 */
public final class WritePolicy {
  /** The reason a failing target reports when its rule names none. */
  public static final String DEFAULT_FAILURE = "The emulator was told to fail this target.";

  /**
   * One rule.
   *
   * @param region  a region or {@code *}
   * @param account an account (RFS domain id) or {@code *}
   * @param reason  the failure reason, or null for a drift rule
   */
  public record Rule(String region, String account, String reason) {
    boolean matches(String r, String a) {
      return ("*".equals(region) || region.equals(r)) && ("*".equals(account) || account.equals(a));
    }

    boolean drift() {
      return reason == null;
    }
  }

  /**
   * Timing of operations started by writes.
   *
   * @param queueTime  time queued
   * @param targetTime typical time per target (each takes between half of it and all of it)
   */
  public record Timing(Duration queueTime, Duration targetTime) {}

  private final CopyOnWriteArrayList<Rule> rules = new CopyOnWriteArrayList<>();
  private volatile Timing timing = new Timing(Duration.ofSeconds(2), Duration.ofSeconds(30));

  /** The current timing. */
  public Timing timing() {
    return timing;
  }

  /** Replaces the timing. */
  public void timing(Timing t) {
    this.timing = Objects.requireNonNull(t, "timing");
  }

  /** Makes matching targets fail with {@code reason}. */
  public void fail(String region, String account, String reason) {
    rules.add(new Rule(region, account, Objects.requireNonNull(reason, "reason")));
  }

  /** Makes matching targets of drift detections report drift. */
  public void drift(String region, String account) {
    rules.add(new Rule(region, account, null));
  }

  /** Forgets every rule. */
  public void clear() {
    rules.clear();
  }

  /** The rules, oldest first. */
  public List<Rule> rules() {
    return new ArrayList<>(rules);
  }

  /** The failure reason of a target, or null when it succeeds. */
  public String failure(String region, String account) {
    for (Rule r : rules) {
      if (!r.drift() && r.matches(region, account)) {
        return r.reason();
      }
    }
    return null;
  }

  /** Whether a drift detection finds the target drifted. */
  public boolean drifted(String region, String account) {
    for (Rule r : rules) {
      if (r.drift() && r.matches(region, account)) {
        return true;
      }
    }
    return false;
  }
}
