package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An AWS Config organization conformance pack and its status in each member account. Each account keeps a list of
 * timed status changes, so its status at any model time is a lookup. Thread-safe.
 */
public final class ConformancePack {
  private final String name;
  private final Instant created;
  private final ConcurrentSkipListMap<String, Member> members = new ConcurrentSkipListMap<>();
  private volatile Settings settings = Settings.NONE;
  private volatile Instant deletedAt;
  private volatile Phase phase;

  /**
   * The latest put or delete: what it did and when it started.
   *
   * @param kind  CREATE, UPDATE or DELETE
   * @param start when it started
   */
  public record Phase(String kind, Instant start) {}

  /**
   * What PutOrganizationConformancePack set.
   *
   * @param templateBody        the template, or null
   * @param templateS3Uri       the template's S3 URI, or null
   * @param deliveryS3Bucket    the delivery bucket, or null
   * @param deliveryS3KeyPrefix the delivery key prefix, or null
   * @param inputParameters     the input parameters
   * @param excludedAccounts    the accounts left out
   * @param arn                 the pack's ARN, or null for a seeded pack (one is derived from its name)
   * @param lastUpdate          when it was last put, or null
   */
  public record Settings(String templateBody, String templateS3Uri, String deliveryS3Bucket,
      String deliveryS3KeyPrefix, List<KeyValue> inputParameters, List<String> excludedAccounts, String arn,
      Instant lastUpdate) {
    static final Settings NONE = new Settings(null, null, null, null, List.of(), List.of(), null, null);

    /** Copies the lists. */
    public Settings {
      inputParameters = List.copyOf(inputParameters);
      excludedAccounts = List.copyOf(excludedAccounts);
    }
  }

  /**
   * The pack's own status at a time, from its members': an operation in progress in any member, else the latest
   * operation's failure in any member, else its success.
   *
   * @param status     an OrganizationResourceStatus
   * @param errorCode  a failed member's error code, or null
   * @param message    for failures, how many members failed, else null
   * @param lastUpdate the latest member change, or the pack's creation
   */
  public record Status(String status, String errorCode, String message, Instant lastUpdate) {}

  /**
   * One status change.
   *
   * @param at           when it happened
   * @param status       the OrganizationResourceDetailedStatus
   * @param errorCode    for failures, else null
   * @param errorMessage for failures, else null
   */
  public record Change(Instant at, String status, String errorCode, String errorMessage) {}

  /** One member account. */
  public static final class Member {
    private final String accountId;
    private final String memberPackName;
    private final CopyOnWriteArrayList<Change> changes = new CopyOnWriteArrayList<>();

    Member(String accountId, String memberPackName) {
      this.accountId = accountId;
      this.memberPackName = memberPackName;
    }

    public String accountId() {
      return accountId;
    }

    /** The conformance pack's name in the member account ({@code OrgConformsPack-...}). */
    public String memberPackName() {
      return memberPackName;
    }

    /** The latest change at or before {@code t}, or null when the account had no status yet. */
    public Change at(Instant t) {
      Change found = null;
      for (Change c : changes) {
        if (c.at().isAfter(t)) {
          break;
        }
        found = c;
      }
      return found;
    }

    /** Every change, oldest first. */
    public List<Change> changes() {
      return new ArrayList<>(changes);
    }

    synchronized void add(Change c) {
      // keep the list ordered by time
      int i = changes.size();
      while (i > 0 && changes.get(i - 1).at().isAfter(c.at())) {
        i--;
      }
      changes.add(i, c);
    }
  }

  ConformancePack(String name, Instant created) {
    this.name = name;
    this.created = created;
  }

  public String name() {
    return name;
  }

  /** What the last put set. */
  public Settings settings() {
    return settings;
  }

  void settings(Settings s) {
    this.settings = s;
  }

  /** The latest put or delete, or null for a pack that only has seeded history. */
  public Phase phase() {
    return phase;
  }

  void phase(Phase p) {
    this.phase = p;
  }

  /** When a successful deletion removes the pack, or null. */
  public Instant deletedAt() {
    return deletedAt;
  }

  void deletedAt(Instant t) {
    this.deletedAt = t;
  }

  /** False once a deletion has removed it. */
  public boolean existsAt(Instant t) {
    Instant d = deletedAt;
    return d == null || t.isBefore(d);
  }

  /**
   * The pack's own status at {@code t}: that of the latest put or delete (in progress while any account is, failed
   * when any account failed it), or, for seeded history, of the latest account change.
   */
  public Status statusAt(Instant t) {
    Phase p = phase;
    if (p != null && !t.isBefore(p.start())) {
      boolean running = false;
      int failed = 0;
      String code = null;
      Instant last = p.start();
      for (Member m : members.values()) {
        Change c = m.at(t);
        if (c == null || c.at().isBefore(p.start())) {
          continue;
        }
        last = c.at().isAfter(last) ? c.at() : last;
        if (c.status().endsWith("_IN_PROGRESS")) {
          running = true;
        } else if (c.status().endsWith("_FAILED")) {
          failed++;
          code = code == null ? c.errorCode() : code;
        }
      }
      if (running) {
        return new Status(p.kind() + "_IN_PROGRESS", null, null, last);
      }
      if (failed > 0) {
        return new Status(p.kind() + "_FAILED", code, "The " + p.kind().toLowerCase(java.util.Locale.ROOT)
            + " failed in " + failed + " member account" + (failed == 1 ? "" : "s") + ".", last);
      }
      return new Status(p.kind() + "_SUCCESSFUL", null, null, last);
    }
    Change latest = null;
    Change inProgress = null;
    for (Member m : members.values()) {
      Change c = m.at(t);
      if (c == null) {
        continue;
      }
      if (latest == null || c.at().isAfter(latest.at())) {
        latest = c;
      }
      if (c.status().endsWith("_IN_PROGRESS") && (inProgress == null || c.at().isAfter(inProgress.at()))) {
        inProgress = c;
      }
    }
    if (latest == null) {
      return new Status(deletedAt != null ? "DELETE_SUCCESSFUL" : "CREATE_SUCCESSFUL", null, null, created);
    }
    if (inProgress != null) {
      return new Status(inProgress.status(), null, null, latest.at());
    }
    String kind = latest.status().substring(0, latest.status().indexOf('_'));
    int failed = 0;
    String code = null;
    for (Member m : members.values()) {
      Change c = m.at(t);
      if (c != null && c.status().equals(kind + "_FAILED")) {
        failed++;
        code = code == null ? c.errorCode() : code;
      }
    }
    if (failed > 0) {
      return new Status(kind + "_FAILED", code, "The " + kind.toLowerCase(java.util.Locale.ROOT)
          + " failed in " + failed + " member account" + (failed == 1 ? "" : "s") + ".", latest.at());
    }
    return new Status(kind + "_SUCCESSFUL", null, null, latest.at());
  }

  public Instant created() {
    return created;
  }

  /** Members ordered by account id. */
  public List<Member> members() {
    return new ArrayList<>(members.values());
  }

  Member member(String accountId, String memberPackName) {
    return members.computeIfAbsent(accountId, a -> new Member(a, memberPackName));
  }

  /** The member of that account, or null. */
  public Member member(String accountId) {
    return members.get(accountId);
  }
}
