package dev.stacksets.emulator;

import dev.stacksets.emulator.internal.ConformancePack;
import dev.stacksets.emulator.internal.EmulatorModel;
import dev.stacksets.emulator.internal.PackWrites;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The emulated AWS Config organization conformance packs ({@link StackSetEmulator#config()}), for tests and demos:
 * read each member account's status, create packs and start updates that finish as emulator time passes.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * emulator.config().startUpdate("security-baseline", 2, Duration.ofMinutes(5));
 * emulator.advanceTime(Duration.ofMinutes(10));
 * Map<String, String> statuses = emulator.config().accountStatuses("security-baseline");
 * }</pre>
 */
public final class EmulatedConfig {
  private final EmulatorModel model;
  private final PackWrites writes;

  EmulatedConfig(EmulatorModel model, PackWrites writes) {
    this.model = model;
    this.writes = writes;
  }

  /** Names of the organization conformance packs, oldest first. */
  public List<String> conformancePackNames() {
    List<String> out = new ArrayList<>();
    model.packs().forEach(p -> out.add(p.name()));
    return out;
  }

  /** Each member account's status now (ordered by account id); accounts without a status yet are left out. */
  public Map<String, String> accountStatuses(String packName) {
    Instant now = model.clock().now();
    Map<String, String> out = new LinkedHashMap<>();
    for (ConformancePack.Member m : pack(packName).members()) {
      ConformancePack.Change c = m.at(now);
      if (c != null) {
        out.put(m.accountId(), c.status());
      }
    }
    return out;
  }

  /**
   * Creates a pack now: every account is CREATE_IN_PROGRESS, then CREATE_SUCCESSFUL within {@code duration}.
   */
  public void createConformancePack(String name, List<String> accountIds, Duration duration) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-zA-Z][-a-zA-Z0-9]{0,127}")) {
      throw new IllegalArgumentException("invalid conformance pack name: " + name);
    }
    for (String a : accountIds) {
      if (!a.matches("\\d{12}")) {
        throw new IllegalArgumentException("invalid account id: " + a);
      }
    }
    Instant now = model.clock().now();
    ConformancePack pack = model.addPack(name, now);
    for (int i = 0; i < accountIds.size(); i++) {
      String member = "OrgConformsPack-" + name + "-" + model.ids().hex(8);
      model.addPackChange(pack, accountIds.get(i), member,
          new ConformancePack.Change(now, "CREATE_IN_PROGRESS", null, null));
      model.addPackChange(pack, accountIds.get(i), member, new ConformancePack.Change(
          now.plus(spreadOver(duration, i, accountIds.size())), "CREATE_SUCCESSFUL", null, null));
    }
  }

  /** Starts an update of every account that has the pack; all succeed within two minutes. */
  public void startUpdate(String packName) {
    startUpdate(packName, 0, Duration.ofMinutes(2));
  }

  /**
   * Starts an update now: every account that has the pack (and is not deleted) goes UPDATE_IN_PROGRESS, then
   * UPDATE_SUCCESSFUL, or UPDATE_FAILED for {@code failingAccounts} of them, spread over {@code duration}.
   */
  public void startUpdate(String packName, int failingAccounts, Duration duration) {
    ConformancePack pack = pack(packName);
    Objects.requireNonNull(duration, "duration");
    if (failingAccounts < 0 || duration.isNegative()) {
      throw new IllegalArgumentException("failingAccounts and duration must not be negative");
    }
    Instant now = model.clock().now();
    List<ConformancePack.Member> members = new ArrayList<>();
    for (ConformancePack.Member m : pack.members()) {
      ConformancePack.Change c = m.at(now);
      if (c != null && !c.status().startsWith("DELETE")) {
        members.add(m);
      }
    }
    for (int i = 0; i < members.size(); i++) {
      ConformancePack.Member m = members.get(i);
      boolean fails = i < failingAccounts;
      model.addPackChange(pack, m.accountId(), m.memberPackName(),
          new ConformancePack.Change(now, "UPDATE_IN_PROGRESS", null, null));
      model.addPackChange(pack, m.accountId(), m.memberPackName(), new ConformancePack.Change(
          now.plus(spreadOver(duration, i, members.size())), fails ? "UPDATE_FAILED" : "UPDATE_SUCCESSFUL",
          fails ? "InsufficientPermissionsException" : null,
          fails ? "The Config service-linked role does not have the permissions needed to update the pack." : null));
    }
  }

  /**
   * The emulated organization's accounts: PutOrganizationConformancePack deploys a pack to each of them that it does
   * not exclude. By default the management account {@code 123456789012} and three members.
   */
  public List<String> organizationAccounts() {
    return writes.organization();
  }

  /**
   * Replaces the emulated organization's accounts (12 digits each); packs put from now on deploy to them.
   *
   * @throws IllegalArgumentException for an account id that is not 12 digits
   */
  public void organizationAccounts(List<String> accountIds) {
    Objects.requireNonNull(accountIds, "accountIds");
    for (String a : accountIds) {
      account(a);
    }
    writes.organization(accountIds);
  }

  /**
   * From now on, puts and deletes fail in this account ({@code *_FAILED} with the error code
   * {@code InsufficientPermissionsException}), so the pack's own status is {@code *_FAILED} too.
   */
  public void failAccount(String accountId) {
    failAccount(accountId, "InsufficientPermissionsException",
        "The emulator was told to fail this account.");
  }

  /** From now on, puts and deletes fail in this account with this error code and message. */
  public void failAccount(String accountId, String errorCode, String errorMessage) {
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(errorMessage, "errorMessage");
    writes.fail(account(accountId), new PackWrites.Failure(errorCode, errorMessage));
  }

  /** Forgets the failing accounts; the JUnit extension does this after each test. */
  public void clearFailingAccounts() {
    writes.clearFailures();
  }

  /** The failing accounts, ordered. */
  public List<String> failingAccounts() {
    return new ArrayList<>(new java.util.TreeSet<>(writes.failures().keySet()));
  }

  /**
   * How long a put or delete takes, in emulator time, until every account has its result (default 2 minutes; the
   * accounts finish one after another over it).
   *
   * @throws IllegalArgumentException for a duration under one second
   */
  public void writeDuration(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("duration must be at least 1 s, was " + duration);
    }
    writes.duration(duration);
  }

  private static String account(String accountId) {
    if (accountId == null || !accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException("invalid account id (12 digits expected): " + accountId);
    }
    return accountId;
  }

  private static Duration spreadOver(Duration d, int i, int n) {
    long ms = Math.max(1000, d.toMillis());
    return Duration.ofMillis(ms * (i + 1) / Math.max(1, n));
  }

  private ConformancePack pack(String name) {
    Objects.requireNonNull(name, "packName");
    ConformancePack p = model.pack(name);
    if (p == null) {
      throw new IllegalArgumentException("no conformance pack named " + name);
    }
    return p;
  }

  @Override
  public String toString() {
    return "EmulatedConfig{" + model.packs().size() + " conformance packs}";
  }
}
