package dev.stacksets.emulator;

import dev.stacksets.emulator.internal.EmulatorModel;
import dev.stacksets.emulator.internal.Instance;
import dev.stacksets.emulator.internal.InstanceState;
import dev.stacksets.emulator.internal.OpKind;
import dev.stacksets.emulator.internal.Operation;
import dev.stacksets.emulator.internal.Preferences;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.SeedData;
import dev.stacksets.emulator.internal.StackSet;
import dev.stacksets.emulator.internal.WritePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stack sets of one emulated provider ({@link StackSetEmulator#rfs()} or
 * {@link StackSetEmulator#cloudFormation()}), for tests and demos: read what the emulator holds, create stack sets,
 * and start operations that then progress as emulator time passes. Statuses are the provider's native strings.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * String opId = emulator.cloudFormation().startOperation("my-stack-set", "UPDATE");
 * emulator.advanceTime(Duration.ofHours(1));
 * assertEquals("SUCCEEDED", emulator.cloudFormation().operationStatus("my-stack-set", opId));
 * }</pre>
 */
public final class EmulatedStackSets {
  private static final Pattern RFS_NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}_-]{0,127}");
  private static final Pattern CFN_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");

  private final EmulatorModel model;
  private final Provider provider;
  private final WritePolicy policy;

  EmulatedStackSets(EmulatorModel model, Provider provider, WritePolicy policy) {
    this.model = model;
    this.provider = provider;
    this.policy = policy;
  }

  /** Names of the stack sets (CloudFormation: also deleted ones), oldest first. */
  public List<String> stackSetNames() {
    List<String> out = new ArrayList<>();
    for (StackSet s : model.stackSets(provider)) {
      out.add(s.name());
    }
    return out;
  }

  /** The id of a stack set (RFS: a UUID; CloudFormation: {@code name:uuid}). */
  public String stackSetId(String stackSetName) {
    return stackSet(stackSetName).id();
  }

  /** Ids of a stack set's operations, newest first. */
  public List<String> operationIds(String stackSetName) {
    Instant now = model.clock().now();
    List<Operation> ops = stackSet(stackSetName).operations();
    List<String> out = new ArrayList<>(ops.size());
    for (int i = ops.size() - 1; i >= 0; i--) {
      if (!ops.get(i).created().isAfter(now)) {
        out.add(ops.get(i).id());
      }
    }
    return out;
  }

  /** The native status of an operation now (RFS {@code OPERATION_COMPLETE}, CloudFormation {@code SUCCEEDED}...). */
  public String operationStatus(String stackSetName, String operationId) {
    Operation op = operation(stackSetName, operationId);
    Instant now = model.clock().now();
    return provider == Provider.RFS ? op.statusAt(now).rfs() : op.statusAt(now).cfn();
  }

  /** The (region, account) targets of an operation as {@code region/account}, in deployment order. */
  public List<String> operationTargets(String stackSetName, String operationId) {
    List<String> out = new ArrayList<>();
    operation(stackSetName, operationId).targets().forEach(t -> out.add(t.key()));
    return out;
  }

  /** The stack instances that exist now, as {@code region/account}, ordered by region then account. */
  public List<String> stackInstances(String stackSetName) {
    List<String> out = new ArrayList<>();
    for (InstanceState s : stackSet(stackSetName).instancesAt(model.clock().now())) {
      Instance i = s.instance();
      out.add(i.region() + "/" + i.account());
    }
    return out;
  }

  /** Starts an operation with default timing on every instance of the stack set; returns its id. */
  public String startOperation(String stackSetName, String action) {
    return startOperation(stackSetName, OperationSpec.of(action));
  }

  /**
   * Starts an operation now; it then moves from queued to running to its end as emulator time passes.
   *
   * @return the operation id
   * @throws IllegalArgumentException for an unknown stack set or action, or when no instance matches
   */
  public String startOperation(String stackSetName, OperationSpec spec) {
    Objects.requireNonNull(spec, "spec");
    StackSet set = stackSet(stackSetName);
    if (OpKind.of(provider, spec.action()) == null) {
      throw new IllegalArgumentException("unknown " + provider + " action '" + spec.action() + "', expected one of "
          + (provider == Provider.RFS
              ? "CREATE_STACK_INSTANCES, DELETE_STACK_INSTANCES, DEPLOY_STACK_SET, DEPLOY_STACK_INSTANCES, "
                  + "UPDATE_STACK_INSTANCES"
              : "CREATE, UPDATE, DELETE, DETECT_DRIFT"));
    }
    Preferences prefs = new Preferences(spec.parallel() ? "PARALLEL" : "SEQUENTIAL", List.of(),
        spec.failureToleranceCount(), spec.maxConcurrentCount(), "STRICT_FAILURE_TOLERANCE");
    return model.startOperation(set, spec.action(), spec.regions(), spec.accounts(), spec.failingTargets(),
        spec.queueTime(), spec.targetTime(), prefs, spec.stopAfter()).id();
  }

  /**
   * Creates a self-managed stack set now and starts the operation that creates its instances in every region for
   * every account (RFS domain id or 12-digit AWS account).
   *
   * @return the new stack set's id
   */
  public String createStackSet(String name, List<String> regions, List<String> accounts) {
    Objects.requireNonNull(name, "name");
    if (!(provider == Provider.RFS ? RFS_NAME : CFN_NAME).matcher(name).matches()) {
      throw new IllegalArgumentException("invalid stack set name: " + name);
    }
    Instant now = model.clock().now();
    String uuid = model.ids().uuid();
    boolean rfs = provider == Provider.RFS;
    StackSet.Details details = rfs
        ? new StackSet.Details("rfs_admin_agency", null, "rfs_managed_agency", null, null, false, List.of(), null,
            null, null, false, false)
        : new StackSet.Details(null, null, null, null, null, false, List.of(),
            "arn:aws:iam::" + SeedData.AWS_MANAGEMENT_ACCOUNT + ":role/AWSCloudFormationStackSetAdministrationRole",
            "AWSCloudFormationStackSetExecutionRole", "Resources: {}\n", false, false);
    StackSet set = model.addStackSet(provider, name, rfs ? uuid : name + ":" + uuid, "created by a test",
        "SELF_MANAGED", now, now, details);
    if (!regions.isEmpty() && !accounts.isEmpty()) {
      startOperation(name, OperationSpec.builder().action(rfs ? "CREATE_STACK_INSTANCES" : "CREATE")
          .regions(regions).accounts(accounts).build());
    }
    return set.id();
  }

  /**
   * From now on, operations started by write requests (the wire APIs, not {@link #startOperation}) fail in every
   * target of this region and account, with a default reason. Either may be {@code "*"} for any. Targets of drift
   * detections never fail.
   *
   * @throws IllegalArgumentException for a blank region or account
   */
  public void failTarget(String region, String account) {
    failTarget(region, account, WritePolicy.DEFAULT_FAILURE);
  }

  /**
   * From now on, operations started by write requests fail in every target of this region and account (either may
   * be {@code "*"}) with this reason, which the per-target results and the stack instances report.
   *
   * @throws IllegalArgumentException for a blank region, account or reason
   */
  public void failTarget(String region, String account, String reason) {
    policy.fail(text(region, "region"), text(account, "account"), text(reason, "reason"));
  }

  /**
   * From now on, drift detections started by write requests (CloudFormation DetectStackSetDrift) find the stack
   * instances of this region and account (either may be {@code "*"}) drifted; all others are in sync.
   *
   * @throws IllegalArgumentException for a blank region or account
   */
  public void driftTarget(String region, String account) {
    policy.drift(text(region, "region"), text(account, "account"));
  }

  /** Forgets the targets told to fail or drift; the JUnit extension does this after each test. */
  public void clearTargetRules() {
    policy.clear();
  }

  /**
   * The failing and drifting targets, oldest first, as {@code fail region/account: reason} or
   * {@code drift region/account}.
   */
  public List<String> targetRules() {
    List<String> out = new ArrayList<>();
    for (WritePolicy.Rule r : policy.rules()) {
      out.add(r.reason() == null ? "drift " + r.region() + "/" + r.account()
          : "fail " + r.region() + "/" + r.account() + ": " + r.reason());
    }
    return out;
  }

  /**
   * How operations started by write requests unfold in emulator time (default: 2 s queued, then about 30 s per
   * target, each target taking between half of it and all of it).
   *
   * @throws IllegalArgumentException for a negative queue time or a target time under one second
   */
  public void writeTiming(Duration queueTime, Duration targetTime) {
    Objects.requireNonNull(queueTime, "queueTime");
    Objects.requireNonNull(targetTime, "targetTime");
    if (queueTime.isNegative()) {
      throw new IllegalArgumentException("queueTime must not be negative, was " + queueTime);
    }
    if (targetTime.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("targetTime must be at least 1 s, was " + targetTime);
    }
    policy.timing(new WritePolicy.Timing(queueTime, targetTime));
  }

  private static String text(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private StackSet stackSet(String name) {
    Objects.requireNonNull(name, "stackSetName");
    StackSet s = model.stackSet(provider, name);
    if (s == null) {
      throw new IllegalArgumentException("no " + provider + " stack set named " + name);
    }
    return s;
  }

  private Operation operation(String stackSetName, String operationId) {
    Operation op = stackSet(stackSetName).operation(operationId);
    if (op == null) {
      throw new IllegalArgumentException("no operation " + operationId + " in stack set " + stackSetName);
    }
    return op;
  }

  @Override
  public String toString() {
    return "EmulatedStackSets{" + provider + ", " + stackSetNames().size() + " stack sets}";
  }
}
