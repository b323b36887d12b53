package dev.stacksets.emulator.internal;

import java.time.Instant;

/**
 * One (region, account) target of an operation with its precomputed schedule: pending until {@code start}, running
 * until {@code end}, then its outcome. A cancelled target never starts: it is pending until {@code end}, then
 * cancelled. Immutable.
 */
public final class Target {
  private final String region;
  private final String account;
  private final String organizationalUnitId;
  private final Instant start;
  private final Instant end;
  private final TargetStatus outcome;
  private final String reason;
  private final boolean drifted;

  Target(String region, String account, String organizationalUnitId, Instant start, Instant end,
      TargetStatus outcome, String reason, boolean drifted) {
    this.region = region;
    this.account = account;
    this.organizationalUnitId = organizationalUnitId;
    this.start = start;
    this.end = end;
    this.outcome = outcome;
    this.reason = reason;
    this.drifted = drifted;
  }

  /** The same target {@code delta} later. */
  Target shifted(java.time.Duration delta) {
    return new Target(region, account, organizationalUnitId, start.plus(delta), end.plus(delta), outcome, reason,
        drifted);
  }

  /** Key {@code region/account}. */
  public static String key(String region, String account) {
    return region + "/" + account;
  }

  public String key() {
    return key(region, account);
  }

  public String region() {
    return region;
  }

  public String account() {
    return account;
  }

  /** The OU the account was selected through (service-managed sets), or null. */
  public String organizationalUnitId() {
    return organizationalUnitId;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  /** The final status. */
  public TargetStatus outcome() {
    return outcome;
  }

  /** The failure or cancellation reason of the outcome, or null. */
  public String reason() {
    return reason;
  }

  /** For drift detection: whether the stack drifted. */
  public boolean drifted() {
    return drifted;
  }

  /** Status at model time {@code t}. */
  public TargetStatus statusAt(Instant t) {
    if (outcome == TargetStatus.CANCELLED) {
      return t.isBefore(end) ? TargetStatus.PENDING : TargetStatus.CANCELLED;
    }
    if (t.isBefore(start)) {
      return TargetStatus.PENDING;
    }
    return t.isBefore(end) ? TargetStatus.RUNNING : outcome;
  }

  /** Time of the last status change at or before {@code t}, or {@code fallback} while still pending. */
  public Instant changedAt(Instant t, Instant fallback) {
    TargetStatus s = statusAt(t);
    switch (s) {
      case PENDING:
        return fallback;
      case RUNNING:
        return start;
      default:
        return end;
    }
  }

  /** The reason shown with the status at {@code t}: only for failed and cancelled targets. */
  public String reasonAt(Instant t) {
    TargetStatus s = statusAt(t);
    return s == TargetStatus.FAILED || s == TargetStatus.CANCELLED ? reason : null;
  }
}
