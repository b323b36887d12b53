package dev.stacksets.examples;

import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.examples.cli.Args;
import dev.stacksets.examples.cli.Progress;
import dev.stacksets.examples.cli.Table;
import dev.stacksets.rfs.model.StackSet;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The CLI subcommands other than the tour. Each opens a {@link Connection} (the emulator unless {@code --region} or
 * {@code --endpoint} is given), prints an aligned table and closes it.
 *
 * <p>Not thread-safe; one per run.
 */
final class Commands {
  private final Args args;
  private final PrintStream out;
  private final PrintStream err;

  Commands(Args args, PrintStream out, PrintStream err) {
    this.args = args;
    this.out = out;
    this.err = err;
  }

  private Connection connect() {
    String region = args.option("region", null);
    String endpoint = args.option("endpoint", null);
    if (region == null && endpoint == null) {
      return Connection.emulator();
    }
    URI uri;
    try {
      uri = endpoint == null ? null : URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException("--endpoint is not a URL: " + endpoint);
    }
    return Connection.cloud(region, uri);
  }

  private boolean rfs() {
    String provider = args.option("provider", "rfs").toLowerCase(Locale.ROOT);
    if (!provider.equals("rfs") && !provider.equals("cfn")) {
      throw new Args.UsageException("--provider must be rfs or cfn, not '" + provider + "'");
    }
    return provider.equals("rfs");
  }

  private static String[] need(String[] rest, String... names) {
    if (rest.length != names.length) {
      throw new Args.UsageException("expected " + String.join(" ", names) + ", got " + rest.length + " argument(s)");
    }
    return rest;
  }

  private StackSetOperationView view(Connection c) {
    return rfs() ? c.rfs().operations() : c.cloudFormation().operations();
  }

  void stackSets(String[] rest) {
    need(rest);
    boolean rfs = rfs();
    try (Connection c = connect()) {
      Table t = new Table("NAME", "STATUS", "PERMISSION MODEL", "ID");
      if (rfs) {
        for (StackSet s : c.rfs().listStackSetsPaginator(r -> r.limit(100))) {
          t.row(s.stackSetName(), s.statusAsString(), s.permissionModelAsString(), s.stackSetId());
        }
      } else {
        for (StackSetSummary s : c.cloudFormation().listStackSetsPaginator(r -> r.maxResults(100))) {
          t.row(s.stackSetName(), s.statusAsString(), s.permissionModelAsString(), s.stackSetId());
        }
      }
      t.print(out);
    }
  }

  void operations(String[] rest) {
    String stackSet = need(rest, "STACK_SET")[0];
    int limit = intOption("limit", 20);
    boolean rfs = rfs();
    try (Connection c = connect()) {
      StackSetOperationView view = rfs ? c.rfs().operations() : c.cloudFormation().operations();
      Table t = new Table("CREATED", "ACTION", "STATUS", "NATIVE STATUS", "OPERATION ID", "REASON");
      view.listOperations(stackSet).stream().limit(limit).forEach(o -> t.row(o.createdAt(), o.action(),
          o.status(), o.nativeStatus(), o.operationId(), o.statusReason()));
      t.print(out);
    }
  }

  void results(String[] rest) {
    String[] a = need(rest, "STACK_SET", "OPERATION_ID");
    rfs();
    try (Connection c = connect()) {
      Table t = new Table("ACCOUNT", "REGION", "STATUS", "NATIVE STATUS", "REASON");
      Progress progress = new Progress(err, "results");
      for (Page<OperationTargetResult> page : view(c).listTargetResults(a[0], a[1]).pages()) {
        for (OperationTargetResult r : page.items()) {
          t.row(r.account(), r.region(), r.status(), r.nativeStatus(), r.reason());
        }
        progress.page(page.items().size());
      }
      progress.done();
      t.print(out);
    }
  }

  void waitFor(String[] rest) {
    String[] a = need(rest, "STACK_SET", "OPERATION_ID");
    Duration timeout = durationOption("timeout", Duration.ofMinutes(30));
    rfs();
    try (Connection c = connect()) {
      StackSetOperation done = view(c).waitUntilComplete(a[0], a[1], timeout);
      Table t = new Table("OPERATION ID", "ACTION", "STATUS", "NATIVE STATUS", "REASON");
      t.row(done.operationId(), done.action(), done.status(), done.nativeStatus(), done.statusReason());
      t.print(out);
    }
  }

  void packs(String[] rest) {
    String pack = need(rest, "CONFORMANCE_PACK")[0];
    try (Connection c = connect()) {
      Table t = new Table("ACCOUNT", "STATUS", "LAST UPDATE", "ERROR");
      for (OrganizationConformancePackDetailedStatus s : c.config()
          .getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName(pack))) {
        t.row(s.accountId(), s.statusAsString(), s.lastUpdateTime(),
            s.errorCode() == null ? null : s.errorCode() + ": " + s.errorMessage());
      }
      t.print(out);
    }
  }

  private int intOption(String name, int fallback) {
    String v = args.option(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new Args.UsageException("--" + name + " must be a positive whole number, not '" + v + "'");
    }
  }

  /** Parses 90s, 30m, 2h or an ISO-8601 duration such as PT30M. */
  private Duration durationOption(String name, Duration fallback) {
    String v = args.option(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      String s = v.trim().toLowerCase(Locale.ROOT);
      if (s.matches("\\d+[smh]")) {
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        char unit = s.charAt(s.length() - 1);
        return unit == 's' ? Duration.ofSeconds(n) : unit == 'm' ? Duration.ofMinutes(n) : Duration.ofHours(n);
      }
      return Duration.parse(v.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new Args.UsageException("--" + name + " must look like 90s, 30m or 2h, not '" + v + "'");
    }
  }
}
