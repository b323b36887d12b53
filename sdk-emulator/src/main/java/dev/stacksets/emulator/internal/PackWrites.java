package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Config organization conformance-pack writes with the service's rules: a put creates the pack (or updates it)
 * in every organization account not excluded, a delete removes it from every account; both refuse while a change is
 * in progress. Each account moves to {@code *_IN_PROGRESS} at once and to its result within the configured duration;
 * accounts told to fail end {@code *_FAILED}. Thread-safe.
 */
public final class PackWrites {
  /** The emulated organization's accounts unless told otherwise: the management account and three members. */
  public static final List<String> DEFAULT_ORGANIZATION =
      List.of(SeedData.AWS_MANAGEMENT_ACCOUNT, "210987654321", "345678901234", "456789012345");

  /**
   * How an account fails.
   *
   * @param errorCode    the member's error code
   * @param errorMessage the member's error message
   */
  public record Failure(String errorCode, String errorMessage) {}

  private final EmulatorModel model;
  private final String region;
  private volatile List<String> organization = DEFAULT_ORGANIZATION;
  private volatile Duration duration = Duration.ofMinutes(2);
  private final Map<String, Failure> failing = new ConcurrentHashMap<>();

  /** @param region the AWS region the pack ARNs name */
  public PackWrites(EmulatorModel model, String region) {
    this.model = model;
    this.region = region;
  }

  /** The organization's accounts. */
  public List<String> organization() {
    return organization;
  }

  /** Replaces the organization's accounts. */
  public void organization(List<String> accounts) {
    this.organization = List.copyOf(accounts);
  }

  /** How long a put or delete takes to reach every account. */
  public Duration duration() {
    return duration;
  }

  public void duration(Duration d) {
    this.duration = Objects.requireNonNull(d, "duration");
  }

  /** Makes an account's changes fail. */
  public void fail(String accountId, Failure failure) {
    failing.put(accountId, failure);
  }

  /** Forgets the failing accounts. */
  public void clearFailures() {
    failing.clear();
  }

  /** The failing accounts. */
  public Map<String, Failure> failures() {
    return Map.copyOf(failing);
  }

  /**
   * Creates or updates a pack now.
   *
   * @return the pack's ARN
   */
  public String put(String name, ConformancePack.Settings settings) {
    synchronized (model) {
      Instant now = model.clock().now();
      ConformancePack pack = model.pack(name);
      List<String> targets = new ArrayList<>(organization);
      targets.removeAll(settings.excludedAccounts());
      if (pack != null && pack.existsAt(now)) {
        requireIdle(pack, now);
        String arn = pack.settings().arn() != null ? pack.settings().arn() : arn(name);
        pack.settings(withArn(settings, arn, now));
        pack.phase(new ConformancePack.Phase("UPDATE", now));
        Set<String> all = new LinkedHashSet<>(targets);
        for (ConformancePack.Member m : pack.members()) {
          all.add(m.accountId());
        }
        int i = 0;
        for (String account : all) {
          ConformancePack.Member m = pack.member(account);
          ConformancePack.Change c = m == null ? null : m.at(now);
          String kind;
          if (!targets.contains(account)) {
            if (c == null || c.status().equals("DELETE_SUCCESSFUL")) {
              continue;
            }
            kind = "DELETE";
          } else {
            kind = c == null || c.status().startsWith("DELETE") || c.status().startsWith("CREATE_FAILED")
                ? "CREATE" : "UPDATE";
          }
          change(pack, account, m == null ? memberName(name) : m.memberPackName(), kind, now, i++, all.size());
        }
        return arn;
      }
      ConformancePack created = model.addPack(name, now);
      String arn = arn(name);
      created.settings(withArn(settings, arn, now));
      created.phase(new ConformancePack.Phase("CREATE", now));
      for (int i = 0; i < targets.size(); i++) {
        change(created, targets.get(i), memberName(name), "CREATE", now, i, targets.size());
      }
      return arn;
    }
  }

  /** Deletes a pack from every account now; once no account failed, the pack is gone. */
  public void delete(ConformancePack pack) {
    synchronized (model) {
      Instant now = model.clock().now();
      requireIdle(pack, now);
      pack.phase(new ConformancePack.Phase("DELETE", now));
      List<ConformancePack.Member> members = new ArrayList<>();
      for (ConformancePack.Member m : pack.members()) {
        ConformancePack.Change c = m.at(now);
        if (c != null && !c.status().equals("DELETE_SUCCESSFUL")) {
          members.add(m);
        }
      }
      Instant last = now;
      boolean anyFails = false;
      for (int i = 0; i < members.size(); i++) {
        ConformancePack.Member m = members.get(i);
        Instant done = change(pack, m.accountId(), m.memberPackName(), "DELETE", now, i, members.size());
        last = done.isAfter(last) ? done : last;
        anyFails |= failing.containsKey(m.accountId());
      }
      if (!anyFails) {
        pack.deletedAt(last);
      }
    }
  }

  private void requireIdle(ConformancePack pack, Instant now) {
    String status = pack.statusAt(now).status();
    if (status.endsWith("_IN_PROGRESS")) {
      throw new WriteConflict(WriteConflict.Reason.OPERATION_IN_PROGRESS, "The organization conformance pack "
          + pack.name() + " is " + status + "; try again when it is done.");
    }
  }

  /** One account's change: in progress now, its result later; returns when the result arrives. */
  private Instant change(ConformancePack pack, String account, String memberName, String kind, Instant now, int i,
      int n) {
    Failure f = failing.get(account);
    model.addPackChange(pack, account, memberName, new ConformancePack.Change(now, kind + "_IN_PROGRESS", null,
        null));
    long ms = Math.max(1000, duration.toMillis());
    Instant done = now.plusMillis(ms * (i + 1) / Math.max(1, n));
    model.addPackChange(pack, account, memberName, f == null
        ? new ConformancePack.Change(done, kind + "_SUCCESSFUL", null, null)
        : new ConformancePack.Change(done, kind + "_FAILED", f.errorCode(), f.errorMessage()));
    return done;
  }

  private String memberName(String name) {
    return "OrgConformsPack-" + name + "-" + model.ids().hex(8);
  }

  private String arn(String name) {
    return "arn:aws:config:" + region + ":" + SeedData.AWS_MANAGEMENT_ACCOUNT + ":organization-conformance-pack/"
        + name + "-" + model.ids().hex(8);
  }

  private static ConformancePack.Settings withArn(ConformancePack.Settings s, String arn, Instant now) {
    return new ConformancePack.Settings(s.templateBody(), s.templateS3Uri(), s.deliveryS3Bucket(),
        s.deliveryS3KeyPrefix(), s.inputParameters(), s.excludedAccounts(), arn, now);
  }
}
