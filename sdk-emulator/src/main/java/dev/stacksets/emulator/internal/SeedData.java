package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The seed data every emulator starts with, a pure function of the seed and the model's start time: six stack sets
 * per provider (self- and service-managed, one with a Chinese name on RFS, a deleted one on CloudFormation, an empty
 * one, a large one with 1000 instances), some 280 operations with about 20,000 per-target results, the last
 * operations of some sets still queued or running at start, and four Config organization conformance packs with
 * per-account statuses, one of them mid-update.
 */
public final class SeedData {
  /** RFS regions used by the seed. */
  public static final List<String> RFS_REGIONS =
      List.of("cn-north-4", "cn-east-3", "cn-south-1", "ap-southeast-1", "ap-southeast-3");
  /** AWS regions used by the seed. */
  public static final List<String> AWS_REGIONS =
      List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1");
  /** The AWS management (administrator) account of the seed. */
  public static final String AWS_MANAGEMENT_ACCOUNT = "123456789012";

  private static final String[] RFS_FAILURES = {
      "Deploy stack failed: creating resource huaweicloud_vpc.main failed: the VPC quota is exceeded",
      "The agency rfs_managed_agency does not exist in the member account or does not trust the management account",
      "Deploy stack failed: creating resource huaweicloud_obs_bucket.logs failed: the bucket name already exists",
      "Deploy stack failed: the operation timed out after 60 minutes"};
  private static final String[] CFN_FAILURES = {
      "ResourceLogicalId:LogBucket, ResourceType:AWS::S3::Bucket, ResourceStatusReason:Resource handler returned "
          + "message: \"log-bucket already exists\".",
      "Account %s should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role "
          + "'AWSCloudFormationStackSetAdministrationRole'.",
      "ResourceLogicalId:AppRole, ResourceType:AWS::IAM::Role, ResourceStatusReason:Resource handler returned "
          + "message: \"LimitExceeded: Cannot exceed quota for RolesPerAccount: 1000\".",
      "Stack creation timed out."};
  private static final String[][] PACK_FAILURES = {
      {"InsufficientPermissionsException",
          "The Config service-linked role does not have the permissions needed to deploy the conformance pack."},
      {"MaxNumberOfConformancePacksExceededException",
          "You have reached the limit of the number of conformance packs in the account."},
      {"ConformancePackTemplateValidationException", "The template is not valid in this account's region."}};

  private final EmulatorModel model;
  private final Random random;
  private final IdSource ids;
  private final Instant now;

  private SeedData(EmulatorModel model, long seed) {
    this.model = model;
    this.random = new Random(seed);
    this.ids = new IdSource(seed * 31 + 7);
    this.now = model.clock().now();
  }

  /** Fills an empty model. */
  public static void populate(EmulatorModel model, long seed) {
    new SeedData(model, seed).run();
  }

  /** A plausible per-target failure reason. */
  static String failureReason(Provider provider, String account, int i) {
    if (provider == Provider.RFS) {
      return RFS_FAILURES[Math.floorMod(i, RFS_FAILURES.length)];
    }
    return CFN_FAILURES[Math.floorMod(i, CFN_FAILURES.length)].replace("%s", account);
  }

  private enum Tail { NONE, QUEUED, RUNNING }

  private record SetSpec(String name, String description, String permissionModel, int regions, int accounts,
      int ops, Tail tail, boolean big, boolean deleted) {}

  private void run() {
    List<String> domainIds = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    while (seen.size() < 260) {
      seen.add(ids.hex(32));
    }
    domainIds.addAll(seen);
    List<String> awsAccounts = new ArrayList<>();
    Set<String> seenAws = new LinkedHashSet<>();
    seenAws.add(AWS_MANAGEMENT_ACCOUNT);
    while (seenAws.size() < 461) {
      seenAws.add(twelveDigits(Math.floorMod(random.nextLong(), 1_000_000_000_000L)));
    }
    awsAccounts.addAll(seenAws);
    awsAccounts.remove(AWS_MANAGEMENT_ACCOUNT);

    List<SetSpec> rfs = List.of(
        new SetSpec("my_hello_world_stack_set", "my first stack set", "SELF_MANAGED", 3, 10, 60, Tail.RUNNING,
            false, false),
        new SetSpec("network_baseline", "VPCs and subnets for every member account", "SERVICE_MANAGED", 2, 40, 40,
            Tail.QUEUED, false, false),
        new SetSpec("iam-audit-roles", "audit roles in every region", "SELF_MANAGED", 5, 25, 30, Tail.NONE, false,
            false),
        new SetSpec("日志审计_stack_set", "日志审计资源栈集", "SELF_MANAGED", 1, 3, 6, Tail.NONE, false, false),
        new SetSpec("org_wide_rollout", "organization-wide baseline", "SERVICE_MANAGED", 5, 200, 6, Tail.NONE, true,
            false),
        new SetSpec("empty_stack_set", "no instances yet", "SELF_MANAGED", 0, 0, 0, Tail.NONE, false, false));
    int offset = 0;
    for (SetSpec spec : rfs) {
      buildSet(Provider.RFS, spec, RFS_REGIONS, rotate(domainIds, offset));
      offset += 17;
    }
    List<SetSpec> cfn = List.of(
        new SetSpec("my-stack-set", "Baseline resources for application accounts", "SELF_MANAGED", 3, 10, 60,
            Tail.RUNNING, false, false),
        new SetSpec("org-baseline", "Organization baseline", "SERVICE_MANAGED", 2, 40, 40, Tail.NONE, false, false),
        new SetSpec("security-guardrails", "Guardrails in every region", "SELF_MANAGED", 5, 25, 30, Tail.QUEUED,
            false, false),
        new SetSpec("big-rollout", "Large service-managed rollout", "SERVICE_MANAGED", 5, 200, 6, Tail.NONE, true,
            false),
        new SetSpec("retired-stack-set", "A stack set that was deleted", "SELF_MANAGED", 1, 2, 3, Tail.NONE, false,
            true),
        new SetSpec("empty-stack-set", "No instances yet", "SELF_MANAGED", 0, 0, 0, Tail.NONE, false, false));
    offset = 0;
    for (SetSpec spec : cfn) {
      buildSet(Provider.CLOUDFORMATION, spec, AWS_REGIONS, rotate(awsAccounts, offset));
      offset += 13;
    }
    buildPacks(awsAccounts);
  }

  /** {@code n} (0..10^12) as 12 digits with leading zeros (String.format costs a cold start too much). */
  static String twelveDigits(long n) {
    String s = Long.toString(n);
    return "000000000000".substring(s.length()) + s;
  }

  private static List<String> rotate(List<String> l, int offset) {
    List<String> out = new ArrayList<>(l);
    Collections.rotate(out, -offset);
    return out;
  }

  private record Draft(String action, OpKind kind, List<String[]> targets, Set<Integer> failing,
      Preferences preferences, Duration stopAfter, Duration unit, Duration queue, long seed, boolean retain) {}

  private void buildSet(Provider provider, SetSpec spec, List<String> regionPool, List<String> accountPool) {
    boolean rfs = provider == Provider.RFS;
    boolean serviceManaged = "SERVICE_MANAGED".equals(spec.permissionModel());
    List<String> regions = new ArrayList<>(regionPool.subList(0, spec.regions()));
    List<String> accounts = new ArrayList<>(accountPool.subList(0, spec.accounts()));
    List<String> ous = new ArrayList<>();
    if (serviceManaged) {
      String root = "r-" + ids.hex(4);
      ous.add(root);
      for (int i = 0; i < 3; i++) {
        ous.add("ou-" + ids.hex(4) + "-" + ids.hex(8));
      }
    }
    List<String[]> grid = new ArrayList<>();
    for (String r : regions) {
      for (String a : accounts) {
        grid.add(new String[] {r, a});
      }
    }

    // 1. drafts
    List<Draft> drafts = new ArrayList<>();
    for (int k = 0; k < spec.ops(); k++) {
      boolean last = k == spec.ops() - 1;
      boolean tail = last && spec.tail() != Tail.NONE;
      if (k == 0) {
        drafts.add(draft(rfs ? "CREATE_STACK_INSTANCES" : "CREATE", OpKind.CREATE, grid, spec, tail, regions));
        continue;
      }
      if (spec.deleted() && last) {
        drafts.add(draft("DELETE", OpKind.DELETE, grid, spec, false, regions));
        continue;
      }
      int roll = random.nextInt(100);
      if (roll < 40 || tail) {
        drafts.add(draft(rfs ? "DEPLOY_STACK_SET" : "UPDATE", OpKind.UPDATE, grid, spec, tail, regions));
      } else if (roll < 65) {
        String region = regions.get(random.nextInt(regions.size()));
        drafts.add(draft(rfs ? "UPDATE_STACK_INSTANCES" : "UPDATE", OpKind.UPDATE, filter(grid, region, null),
            spec, false, regions));
      } else if (roll < 80) {
        if (rfs) {
          List<String> some = pick(accounts, 1 + random.nextInt(Math.min(5, accounts.size())));
          drafts.add(draft("DEPLOY_STACK_INSTANCES", OpKind.UPDATE, filter(grid, null, some), spec, false,
              regions));
        } else {
          drafts.add(draft("DETECT_DRIFT", OpKind.DETECT_DRIFT, grid, spec, false, regions));
        }
      } else if (roll < 90 && !spec.big() && k < spec.ops() - 2) {
        String region = regions.get(random.nextInt(regions.size()));
        List<String> some = pick(accounts, 1 + random.nextInt(Math.min(2, accounts.size())));
        List<String[]> targets = filter(grid, region, some);
        Draft del = draft(rfs ? "DELETE_STACK_INSTANCES" : "DELETE", OpKind.DELETE, targets, spec, false, regions);
        drafts.add(del);
        drafts.add(draft(rfs ? "CREATE_STACK_INSTANCES" : "CREATE", OpKind.CREATE, targets, spec, false,
            regions));
        k++;
      } else {
        drafts.add(draft(rfs ? "DEPLOY_STACK_SET" : "UPDATE", OpKind.UPDATE, grid, spec, false, regions));
      }
    }

    // 2. durations, then place the operations back from now without overlaps
    List<Instant> createdAt = new ArrayList<>(Collections.nCopies(drafts.size(), (Instant) null));
    List<Operation> planned = new ArrayList<>(Collections.nCopies(drafts.size(), (Operation) null));
    Instant next = null;
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft d = drafts.get(k);
      // planned once at the epoch, then moved to its place (a schedule only depends on times relative to creation)
      Operation atEpoch = planner(d, provider, Instant.EPOCH, ous, serviceManaged).plan(d.seed());
      planned.set(k, atEpoch);
      Duration length = Duration.between(Instant.EPOCH, atEpoch.end());
      Instant created;
      if (k == drafts.size() - 1) {
        if (spec.tail() == Tail.RUNNING) {
          created = now.minus(d.queue()).minusSeconds(40);
        } else if (spec.tail() == Tail.QUEUED) {
          created = now.minusSeconds(10);
        } else {
          created = now.minus(length).minusSeconds(600 + random.nextInt(6 * 3600));
        }
      } else {
        long gap = 1200 + random.nextInt(10 * 3600);
        created = next.minus(length).minusSeconds(gap);
      }
      createdAt.set(k, created);
      next = created;
    }
    Instant setCreated = (next == null ? now.minus(Duration.ofDays(3)) : next)
        .minusSeconds(3600 + random.nextInt(48 * 3600));
    Instant setUpdated = setCreated.plusSeconds(random.nextInt(1800));

    // 3. the stack set and its operations
    String uuid = ids.uuid();
    StackSet.Details details;
    String id;
    if (rfs) {
      id = uuid;
      boolean urn = random.nextBoolean();
      details = new StackSet.Details(serviceManaged || urn ? null : "rfs_admin_agency",
          !serviceManaged && urn ? "iam::" + ids.hex(32) + ":agency:rfs_admin_agency" : null,
          serviceManaged ? null : "rfs_managed_agency", "stack created by stack set " + spec.name(),
          "vpc_name = \"rfs-vpc\"\ncidr = \"192.168.0.0/16\"", random.nextBoolean(), ous, null, null,
          null, false, false);
    } else {
      id = spec.name() + ":" + uuid;
      details = new StackSet.Details(null, null, null, null, null, false, ous,
          serviceManaged ? null
              : "arn:aws:iam::" + AWS_MANAGEMENT_ACCOUNT + ":role/AWSCloudFormationStackSetAdministrationRole",
          serviceManaged ? null : "AWSCloudFormationStackSetExecutionRole",
          "AWSTemplateFormatVersion: '2010-09-09'\nDescription: " + spec.description()
              + "\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n",
          spec.deleted(), serviceManaged);
    }
    StackSet set = model.addStackSet(provider, spec.name(), id, spec.description(), spec.permissionModel(),
        setCreated, setUpdated, details);
    for (int k = 0; k < drafts.size(); k++) {
      model.addOperation(planned.get(k).shifted(Duration.between(Instant.EPOCH, createdAt.get(k)), set));
    }
  }

  private static OperationPlanner planner(Draft d, Provider provider, Instant created, List<String> ous,
      boolean serviceManaged) {
    OperationPlanner p = new OperationPlanner().id(IdSource.uuidFor(d.seed() + "/op"))
        .action(d.action(), d.kind()).created(created).queueTime(d.queue()).targetTime(d.unit())
        .preferences(d.preferences()).stopAfter(d.stopAfter()).retainStacks(d.retain());
    List<String> accounts = new ArrayList<>();
    int i = 0;
    for (String[] t : d.targets()) {
      if (!accounts.contains(t[1])) {
        accounts.add(t[1]);
      }
      boolean fails = d.failing().contains(i) && d.kind() != OpKind.DETECT_DRIFT;
      boolean drifted = d.failing().contains(i) && d.kind() == OpKind.DETECT_DRIFT;
      String ou = serviceManaged ? ous.get(1 + Math.floorMod(t[1].hashCode(), ous.size() - 1)) : null;
      p.addTarget(new OperationPlanner.TargetPlan(t[0], t[1], ou, fails,
          fails ? failureReason(provider, t[1], i) : null, drifted));
      i++;
    }
    if (serviceManaged) {
      p.organizationalUnitIds(ous.subList(1, ous.size()));
    } else {
      p.accounts(accounts);
    }
    return p;
  }

  private Draft draft(String action, OpKind kind, List<String[]> targets, SetSpec spec, boolean tail,
      List<String> regions) {
    long seed = random.nextLong();
    int size = targets.size();
    Set<Integer> failing = Set.of();
    int tolerance = 0;
    Duration stopAfter = null;
    Duration unit = Duration.ofSeconds(spec.big() ? 30 + random.nextInt(31) : 20 + random.nextInt(71));
    if (tail) {
      unit = Duration.ofSeconds(45);
    }
    int roll = random.nextInt(100);
    if (kind == OpKind.DETECT_DRIFT) {
      failing = EmulatorModel.spread(size, random.nextInt(4));
    } else if (!tail && kind != OpKind.DELETE && size > 0) {
      if (roll < 8) {
        failing = EmulatorModel.spread(size, 1 + random.nextInt(3));
      } else if (roll < 14) {
        failing = EmulatorModel.spread(size, 1);
        tolerance = 1;
      } else if (roll < 17 && size > 2) {
        stopAfter = unit.multipliedBy(2);
      }
    }
    boolean parallel = spec.big() || random.nextInt(10) < 3;
    List<String> order = List.of();
    if (!parallel && random.nextBoolean()) {
      List<String> o = new ArrayList<>(regions);
      Collections.shuffle(o, random);
      order = o;
    }
    int concurrent = spec.big() ? 25 : tail ? 2 : 1 + random.nextInt(5);
    if (concurrent > tolerance + 1 && random.nextInt(10) < 7) {
      concurrent = tolerance + 1; // STRICT_FAILURE_TOLERANCE keeps concurrency at most tolerance + 1
    }
    if (spec.big()) {
      concurrent = 25;
    }
    Preferences prefs = new Preferences(parallel ? "PARALLEL" : "SEQUENTIAL", order, tolerance, concurrent,
        random.nextInt(10) < 8 ? "STRICT_FAILURE_TOLERANCE" : "SOFT_FAILURE_TOLERANCE");
    Duration queue = Duration.ofSeconds(tail && spec.tail() == Tail.QUEUED ? 90 : 2 + random.nextInt(29));
    return new Draft(action, kind, targets, failing, prefs, stopAfter, unit, queue, seed,
        kind == OpKind.DELETE && random.nextBoolean());
  }

  private static List<String[]> filter(List<String[]> grid, String region, List<String> accounts) {
    List<String[]> out = new ArrayList<>();
    for (String[] t : grid) {
      if ((region == null || region.equals(t[0])) && (accounts == null || accounts.contains(t[1]))) {
        out.add(t);
      }
    }
    return out;
  }

  private List<String> pick(List<String> from, int n) {
    List<String> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
  }

  private void buildPacks(List<String> accounts) {
    pack("operational-best-practices", accounts.subList(0, 150), Duration.ofDays(20), false);
    pack("security-baseline", accounts.subList(100, 140), Duration.ofDays(9), true);
    pack("pci-dss-pack", accounts.subList(200, 212), Duration.ofDays(30), false);
    pack("large-pack", accounts.subList(0, 420), Duration.ofDays(4), false);
  }

  private void pack(String name, List<String> accounts, Duration age, boolean updatingNow) {
    Instant created = now.minus(age);
    ConformancePack pack = model.addPack(name, created);
    boolean deleting = name.startsWith("pci");
    for (int i = 0; i < accounts.size(); i++) {
      String account = accounts.get(i);
      String member = "OrgConformsPack-" + name + "-" + ids.hex(8);
      Instant t = created.plusSeconds(random.nextInt(600));
      model.addPackChange(pack, account, member, new ConformancePack.Change(t, "CREATE_IN_PROGRESS", null, null));
      t = t.plusSeconds(60 + random.nextInt(900));
      boolean failed = random.nextInt(100) < 7;
      String[] err = PACK_FAILURES[random.nextInt(PACK_FAILURES.length)];
      model.addPackChange(pack, account, member, failed
          ? new ConformancePack.Change(t, "CREATE_FAILED", err[0], err[1])
          : new ConformancePack.Change(t, "CREATE_SUCCESSFUL", null, null));
      if (!failed && random.nextInt(100) < 30) {
        t = t.plus(age.dividedBy(3));
        model.addPackChange(pack, account, member, new ConformancePack.Change(t, "UPDATE_IN_PROGRESS", null, null));
        t = t.plusSeconds(60 + random.nextInt(600));
        model.addPackChange(pack, account, member, new ConformancePack.Change(t, "UPDATE_SUCCESSFUL", null, null));
      }
      if (deleting) {
        Instant d = now.minusSeconds(3600 + random.nextInt(3600));
        model.addPackChange(pack, account, member, new ConformancePack.Change(d, "DELETE_IN_PROGRESS", null, null));
        int roll = random.nextInt(3);
        if (roll == 0) {
          model.addPackChange(pack, account, member,
              new ConformancePack.Change(d.plusSeconds(300), "DELETE_FAILED", err[0], err[1]));
        } else if (roll == 1) {
          model.addPackChange(pack, account, member,
              new ConformancePack.Change(d.plusSeconds(300), "DELETE_SUCCESSFUL", null, null));
        }
      }
      if (updatingNow && !failed) {
        Instant u = now.minusSeconds(60 + random.nextInt(120));
        model.addPackChange(pack, account, member, new ConformancePack.Change(u, "UPDATE_IN_PROGRESS", null, null));
        Instant done = now.plusSeconds(30 + random.nextInt(600));
        boolean updateFails = random.nextInt(100) < 10;
        model.addPackChange(pack, account, member, updateFails
            ? new ConformancePack.Change(done, "UPDATE_FAILED", err[0], err[1])
            : new ConformancePack.Change(done, "UPDATE_SUCCESSFUL", null, null));
      }
    }
  }
}
