package dev.stacksets.examples;

import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.examples.cli.Args;
import dev.stacksets.examples.cli.Progress;
import dev.stacksets.examples.cli.Table;
import dev.stacksets.examples.cli.WaitProgress;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import dev.stacksets.core.exception.ClientSideException;

/**
 * The CLI subcommands other than the tour. Each opens a {@link Connection} (a fresh embedded emulator whose time runs
 * {@link #EMULATOR_TIME_SPEED} times faster than the wall clock, unless {@code --region} or {@code --endpoint} is
 * given), prints an aligned table and closes it. Every option's value is checked when this is made, before anything
 * runs.
 *
 * <p>Not thread-safe; one per run.
 */
final class Commands {
  /**
   * Emulator seconds per wall-clock second. The seeded running operation of {@code my_hello_world_stack_set} has some
   * 400 s of emulator time left when the emulator starts, and starting (seeding) takes about a second: at the tour's
   * 600x it would be over before the first request, at 100x {@code wait} shows it run for a few seconds.
   */
  static final double EMULATOR_TIME_SPEED = 100;
  /** The waiter's backoff against the emulator, whose time runs fast: poll every 250 ms at first, 2 s at most. */
  private static final Duration EMULATOR_FIRST_POLL = Duration.ofMillis(250);
  private static final Duration EMULATOR_MAX_POLL = Duration.ofSeconds(2);
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final boolean rfs;
  private final String region;
  private final URI endpoint;
  private final int limit;
  private final Duration timeout;

  /**
   * Reads and checks the options.
   *
   * @param terminal whether {@code err} is an interactive terminal (progress redrawn in place) or not (plain lines)
   * @throws Args.UsageException for a bad option value
   */
  Commands(Args args, PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.rfs = args.choiceOption("provider", "rfs", "rfs", "cfn").equals("rfs");
    this.region = args.regionOption("region");
    this.endpoint = args.urlOption("endpoint");
    this.limit = args.intOption("limit", 0, 1, Integer.MAX_VALUE);
    this.timeout = args.durationOption("timeout", DEFAULT_TIMEOUT);
  }

  private Connection connect() {
    if (region == null && endpoint == null) {
      return Connection.emulator(EMULATOR_TIME_SPEED);
    }
    return Connection.cloud(region, endpoint);
  }

  /** {@code --limit}, or {@code fallback} when not given. */
  private int limit(int fallback) {
    return limit == 0 ? fallback : limit;
  }

  private StackSetOperationView view(Connection c) {
    return rfs ? c.rfs().operations() : c.cloudFormation().operations();
  }

  void stackSets() {
    try (Connection c = connect()) {
      Table t = new Table("NAME", "STATUS", "PERMISSION MODEL", "ID");
      if (rfs) {
        c.rfs().listStackSetsPaginator(r -> r.limit(100)).stream().limit(limit(Integer.MAX_VALUE)).forEach(s ->
            t.row(s.stackSetName(), s.statusAsString(), s.permissionModelAsString(), s.stackSetId()));
      } else {
        c.cloudFormation().listStackSetsPaginator(r -> r.maxResults(100)).stream().limit(limit(Integer.MAX_VALUE))
            .forEach(s -> t.row(s.stackSetName(), s.statusAsString(), s.permissionModelAsString(), s.stackSetId()));
      }
      t.print(out);
    }
  }

  void operations(String stackSet) {
    try (Connection c = connect()) {
      Table t = new Table("CREATED", "ACTION", "STATUS", "NATIVE STATUS", "OPERATION ID", "REASON")
          .abbreviate("REASON");
      view(c).listOperations(stackSet).stream().limit(limit(20)).forEach(o -> t.row(o.createdAt(), o.action(),
          o.status(), o.nativeStatus(), o.operationId(), o.statusReason()));
      t.print(out);
    }
  }

  void results(String stackSet, String operationId) {
    int max = limit(Integer.MAX_VALUE);
    try (Connection c = connect()) {
      Table t = new Table("ACCOUNT", "REGION", "STATUS", "NATIVE STATUS", "REASON").abbreviate("REASON");
      Progress progress = new Progress(err, "results", terminal);
      for (Page<OperationTargetResult> page : view(c).listTargetResults(stackSet, operationId).pages()) {
        for (OperationTargetResult r : page.items()) {
          if (t.size() < max) {
            t.row(r.account(), r.region(), r.status(), r.nativeStatus(), r.reason());
          }
        }
        progress.page(page.items().size());
        if (t.size() >= max) {
          break;
        }
      }
      progress.done();
      t.print(out);
    }
  }

  void waitFor(String stackSet, String operationId) {
    try (Connection c = connect()) {
      StackSetOperationView view = view(c);
      if (c.emulatorOrNull() != null) {
        err.print("  embedded emulator: its time runs " + (int) EMULATOR_TIME_SPEED
            + "x faster than the wall clock\n");
        view = new PacedView(view, view.waiter().withBackoff(EMULATOR_FIRST_POLL, EMULATOR_MAX_POLL));
      }
      WaitProgress progress = new WaitProgress(err);
      CompletableFuture<Void> watching = view.watch(stackSet, operationId).forEach(progress::accept);
      try {
        watching.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        watching.cancel(true);
        StackSetOperation last = progress.operation();
        throw new ClientSideException("operation " + operationId + " of stack set " + stackSet
            + " did not complete within " + timeout + " (last status: "
            + (last == null ? "none" : last.status() + " / " + last.nativeStatus()) + ")");
      } catch (InterruptedException e) {
        watching.cancel(true);
        Thread.currentThread().interrupt();
        throw new ClientSideException("interrupted while waiting for operation " + operationId);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new ClientSideException("waiting failed: " + e.getCause());
      }
      StackSetOperation done = progress.operation();
      Table t = new Table("OPERATION ID", "ACTION", "STATUS", "NATIVE STATUS", "REASON").abbreviate("REASON");
      t.row(done.operationId(), done.action(), done.status(), done.nativeStatus(), done.statusReason());
      t.print(out);
    }
  }

  void packs(String pack) {
    try (Connection c = connect()) {
      Table t = new Table("ACCOUNT", "STATUS", "LAST UPDATE", "ERROR").abbreviate("ERROR");
      c.config().getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName(pack))
          .stream().limit(limit(Integer.MAX_VALUE))
          .forEach(s -> t.row(s.accountId(), s.statusAsString(), s.lastUpdateTime(),
              s.errorCode() == null ? null : s.errorCode() + ": " + s.errorMessage()));
      t.print(out);
    }
  }
}
