package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stack-set writes of both providers with the services' state rules, whatever the protocol: a name is unique
 * (among sets not deleted), one operation at a time per stack set, no deletion while instances exist, an operation id
 * reused for the same request replays that operation and for another request is refused, a stop only while the
 * operation runs. Each check and its change happen under the model's lock, so two concurrent writes cannot both pass.
 * Violations are {@link WriteConflict}s. Thread-safe.
 */
public final class StackSetWrites {
  private final EmulatorModel model;
  private final Map<Provider, WritePolicy> policies = new EnumMap<>(Provider.class);
  private final Map<String, CreateRecord> createTokens = new ConcurrentHashMap<>();

  private record CreateRecord(String fingerprint, String stackSetId) {}

  /**
   * One target of a new operation.
   *
   * @param region               the region
   * @param account              the account (RFS domain id)
   * @param organizationalUnitId the OU it was selected through, or null
   */
  public record TargetRef(String region, String account, String organizationalUnitId) {}

  /**
   * A new operation.
   *
   * @param action                native action
   * @param kind                  what it does
   * @param targets               its targets
   * @param preferences           operation preferences
   * @param operationId           the client's operation id, or null for a fresh one
   * @param fingerprint           the request's canonical form (for replays of {@code operationId}), or null
   * @param retainStacks          RetainStacks of a delete
   * @param accounts              accounts named in the request's deployment targets
   * @param organizationalUnitIds OUs named in the request's deployment targets
   */
  public record OperationRequest(String action, OpKind kind, List<TargetRef> targets, Preferences preferences,
      String operationId, String fingerprint, boolean retainStacks, List<String> accounts,
      List<String> organizationalUnitIds) {
    /** Copies the lists. */
    public OperationRequest {
      targets = List.copyOf(targets);
      accounts = List.copyOf(accounts);
      organizationalUnitIds = List.copyOf(organizationalUnitIds);
    }
  }

  /**
   * New settings a write applies together with the operation it starts.
   *
   * @param description the description
   * @param details     the settings
   */
  public record SettingsChange(String description, StackSet.Details details) {}

  public StackSetWrites(EmulatorModel model) {
    this.model = model;
    for (Provider p : Provider.values()) {
      policies.put(p, new WritePolicy());
    }
  }

  /** How the operations of a provider's writes unfold (timing, failing and drifting targets). */
  public WritePolicy policy(Provider p) {
    return policies.get(p);
  }

  /**
   * Creates a stack set with no instances.
   *
   * @param requestToken an idempotency token (CloudFormation ClientRequestToken), or null
   * @param fingerprint  the request's canonical form: a token replayed with the same request gets the first id
   * @return the stack set's id
   */
  public String create(Provider provider, String name, String description, String permissionModel,
      StackSet.Details details, String requestToken, String fingerprint) {
    synchronized (model) {
      if (requestToken != null) {
        CreateRecord first = createTokens.get(provider + "|" + requestToken);
        if (first != null && first.fingerprint().equals(fingerprint)) {
          return first.stackSetId();
        }
      }
      StackSet existing = model.stackSet(provider, name);
      if (existing != null && existing.name().equals(name) && !existing.details().deleted()) {
        throw new WriteConflict(WriteConflict.Reason.NAME_EXISTS, "a stack set named " + name + " already exists");
      }
      Instant now = model.clock().now();
      String uuid = model.ids().uuid();
      String id = provider == Provider.RFS ? uuid : name + ":" + uuid;
      model.addStackSet(provider, name, id, description, permissionModel, now, now, details);
      if (requestToken != null) {
        createTokens.put(provider + "|" + requestToken, new CreateRecord(fingerprint, id));
      }
      return id;
    }
  }

  /** Replaces a stack set's description and settings; refused while an operation runs. */
  public void update(StackSet set, SettingsChange change) {
    synchronized (model) {
      Instant now = model.clock().now();
      requireIdle(set, now);
      model.updateStackSet(set, change.description(), change.details(), now);
    }
  }

  /**
   * Deletes a stack set: CloudFormation keeps it as DELETED (found by id only), RFS forgets it. Refused while an
   * operation runs or instances exist.
   */
  public void delete(StackSet set) {
    synchronized (model) {
      Instant now = model.clock().now();
      requireIdle(set, now);
      if (!set.instancesAt(now).isEmpty()) {
        throw new WriteConflict(WriteConflict.Reason.NOT_EMPTY, "the stack set " + set.name() + " still has "
            + set.instancesAt(now).size() + " stack instance(s)");
      }
      if (set.provider() == Provider.RFS) {
        model.removeStackSet(set);
      } else {
        DetailsBuilder b = set.details().toBuilder();
        b.deleted = true;
        model.updateStackSet(set, set.description(), b.build(), now);
      }
    }
  }

  /** Starts an operation (see {@link #start(StackSet, OperationRequest, SettingsChange)}) without a settings change. */
  public Operation start(StackSet set, OperationRequest request) {
    return start(set, request, null);
  }

  /**
   * Starts an operation now, after the replay and conflict rules: an existing operation with the request's id is
   * returned when the request is the same and refused otherwise; then a queued or running operation refuses it.
   *
   * @param change settings to apply with it (UpdateStackSet, DeployStackSet), or null
   */
  public Operation start(StackSet set, OperationRequest request, SettingsChange change) {
    synchronized (model) {
      Instant now = model.clock().now();
      if (request.operationId() != null) {
        Operation existing = set.operation(request.operationId());
        if (existing != null) {
          if (request.fingerprint() != null && request.fingerprint().equals(existing.fingerprint())) {
            return existing;
          }
          throw new WriteConflict(WriteConflict.Reason.OPERATION_ID_EXISTS, "the operation id "
              + request.operationId() + " was already used for another request");
        }
      }
      requireIdle(set, now);
      if (change != null) {
        model.updateStackSet(set, change.description(), change.details(), now);
      }
      if (request.kind() == OpKind.CREATE && !request.organizationalUnitIds().isEmpty()) {
        // a service-managed set remembers the OUs it was deployed to (DescribeStackSet, ShowStackSetMetadata)
        DetailsBuilder d = set.details().toBuilder();
        Set<String> ous = new LinkedHashSet<>(d.organizationalUnitIds);
        if (ous.addAll(request.organizationalUnitIds())) {
          d.organizationalUnitIds = List.copyOf(ous);
          model.updateStackSet(set, set.description(), d.build(), set.settingsUpdated());
        }
      }
      WritePolicy policy = policies.get(set.provider());
      WritePolicy.Timing timing = policy.timing();
      OperationPlanner planner = new OperationPlanner()
          .id(request.operationId() != null ? request.operationId() : model.ids().uuid()).stackSet(set)
          .action(request.action(), request.kind()).created(now).queueTime(timing.queueTime())
          .targetTime(timing.targetTime()).preferences(request.preferences()).retainStacks(request.retainStacks())
          .accounts(request.accounts()).organizationalUnitIds(request.organizationalUnitIds())
          .fingerprint(request.fingerprint());
      boolean drift = request.kind() == OpKind.DETECT_DRIFT;
      for (TargetRef t : request.targets()) {
        Instance existing = set.instanceRecord(t.region(), t.account());
        String ou = existing != null && existing.organizationalUnitId() != null ? existing.organizationalUnitId()
            : t.organizationalUnitId();
        String failure = drift ? null : policy.failure(t.region(), t.account());
        planner.addTarget(new OperationPlanner.TargetPlan(t.region(), t.account(), ou, failure != null, failure,
            drift && policy.drifted(t.region(), t.account())));
      }
      Operation op = planner.plan(model.ids().random().nextLong());
      model.addOperation(op);
      return op;
    }
  }

  /**
   * Stops a queued or running operation now: no further target starts, the running ones finish. Stopping an
   * operation that is already stopping changes nothing.
   */
  public void stop(Operation op) {
    synchronized (model) {
      Instant now = model.clock().now();
      if (!op.activeAt(now)) {
        throw new WriteConflict(WriteConflict.Reason.NOT_STOPPABLE, "the operation " + op.id() + " has ended ("
            + op.statusAt(now) + ")");
      }
      if (op.stopAt() != null) {
        return;
      }
      model.replaceOperation(op, op.stoppedAt(now));
    }
  }

  private static void requireIdle(StackSet set, Instant now) {
    if (set.busyAt(now)) {
      throw new WriteConflict(WriteConflict.Reason.OPERATION_IN_PROGRESS, "another operation is in progress on "
          + "stack set " + set.name());
    }
  }

  /** The stack instances that exist now among {@code regions} × {@code accounts}, as targets. */
  public List<TargetRef> existing(StackSet set, List<String> regions, List<String> accounts) {
    List<TargetRef> out = new ArrayList<>();
    for (InstanceState s : set.instancesAt(model.clock().now())) {
      Instance i = s.instance();
      if (regions.contains(i.region()) && accounts.contains(i.account())) {
        out.add(new TargetRef(i.region(), i.account(), i.organizationalUnitId()));
      }
    }
    return out;
  }

  /** Every stack instance that exists now, as targets. */
  public List<TargetRef> all(StackSet set) {
    List<TargetRef> out = new ArrayList<>();
    for (InstanceState s : set.instancesAt(model.clock().now())) {
      Instance i = s.instance();
      out.add(new TargetRef(i.region(), i.account(), i.organizationalUnitId()));
    }
    return out;
  }

  /** The (region, account) pairs of {@code regions} × {@code accounts} that have no stack instance now. */
  public List<String> missing(StackSet set, List<String> regions, List<String> accounts) {
    Instant now = model.clock().now();
    List<String> out = new ArrayList<>();
    for (String r : regions) {
      for (String a : accounts) {
        Instance i = set.instanceRecord(r, a);
        if (i == null || i.at(now) == null) {
          out.add(r + "/" + a);
        }
      }
    }
    return out;
  }

  /**
   * The accounts a service-managed deployment reaches: the accounts of the OUs (an OU's accounts are those the
   * stack set already has instances for through it, or else three accounts derived from the OU id), combined with
   * the listed accounts by the filter type (NONE, INTERSECTION, DIFFERENCE, UNION). Returns account to OU
   * (null for accounts added by UNION).
   */
  public Map<String, String> organizationAccounts(StackSet set, List<String> ous, List<String> accounts,
      String filterType) {
    Map<String, String> byOu = new java.util.LinkedHashMap<>();
    for (String ou : ous) {
      Set<String> found = new LinkedHashSet<>();
      for (Instance i : set.instanceRecords()) {
        if (ou.equals(i.organizationalUnitId())) {
          found.add(i.account());
        }
      }
      if (found.isEmpty()) {
        for (int k = 0; k < 3; k++) {
          String hex = IdSource.uuidFor(ou + "/" + k).replace("-", "");
          found.add(SeedData.twelveDigits(Long.parseUnsignedLong(hex.substring(0, 15), 16) % 1_000_000_000_000L));
        }
      }
      for (String a : found) {
        byOu.putIfAbsent(a, ou);
      }
    }
    String type = filterType == null ? "NONE" : filterType;
    Map<String, String> out = new java.util.LinkedHashMap<>();
    switch (type) {
      case "INTERSECTION":
        byOu.forEach((a, ou) -> {
          if (accounts.contains(a)) {
            out.put(a, ou);
          }
        });
        break;
      case "DIFFERENCE":
        byOu.forEach((a, ou) -> {
          if (!accounts.contains(a)) {
            out.put(a, ou);
          }
        });
        break;
      case "UNION":
        out.putAll(byOu);
        accounts.forEach(a -> out.putIfAbsent(a, null));
        break;
      default:
        out.putAll(byOu);
    }
    return out;
  }
}
