package dev.stacksets.benchmarks;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.StackSetOperation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;
import java.util.Locale;

/**
 * Checks that iterating a paginator keeps memory constant: pages through {@code pages} pages of 100 items (default
 * 2,000 pages, 200,000 items) with each client and prints the used heap after a full GC at the start (after the
 * first 20 pages, once everything is loaded and warm), in the middle and at the end, plus the growth per page.
 * Run it with a small heap, where holding on to the items would fail fast:
 *
 * <pre>{@code
 * java -Xmx48m -cp benchmarks/target/benchmarks.jar dev.stacksets.benchmarks.PagingMemoryCheck [pages] [tokenLength]
 * }</pre>
 *
 * <p>Exit status 1 when the heap grew by more than 1 MiB between the first and the last sample. A third run pages
 * the core {@link Paginator} over in-memory pages with the same tokens, without any client, so growth can be
 * attributed: with long tokens the paginator's repeated-token guard (it remembers every token it has seen) grows by
 * about one token per page.
 */
public final class PagingMemoryCheck {
  private static final long LIMIT = 1 << 20;

  private PagingMemoryCheck() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int tokenLength = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    boolean ok = true;
    try (LoopbackServer server = LoopbackServer.paging(pages, tokenLength);
        RfsClient rfs = Clients.rfs(server.uri(), false);
        CloudFormationClient cfn = Clients.cfn(server.uri(), false)) {
      Iterator<StackSetOperation> ops = rfs.listStackSetOperationsPaginator(r -> r.stackSetName(Clients.STACK_SET))
          .iterator();
      ok &= run("rfs ListStackSetOperations paginator", pages, tokenLength, () -> ops.hasNext()
          ? ops.next().operationId().length() : -1);
      Iterator<StackSetOperationResultSummary> results = cfn.listStackSetOperationResultsPaginator(r -> r
          .stackSetName(Clients.CFN_STACK_SET).operationId(Clients.OPERATION_ID)).iterator();
      ok &= run("cfn ListStackSetOperationResults paginator", pages, tokenLength, () -> results.hasNext()
          ? results.next().account().length() : -1);
    }
    // the same paging with no client at all: core Paginator over in-memory pages with the same tokens, to tell the
    // paginator's own memory from the clients'
    java.util.List<Integer> items = java.util.Collections.nCopies(Fixtures.ITEMS, 1);
    Iterator<Integer> bare = Paginator.<Integer>of(token -> {
      int next = token == null ? 1 : Integer.parseInt(token.substring(2)) + 1;
      return Page.of(items, next < pages ? LoopbackServer.token(next, tokenLength) : null);
    }).iterator();
    ok &= run("core Paginator alone (in-memory pages, same tokens)", pages, tokenLength,
        () -> bare.hasNext() ? bare.next() : -1);
    System.exit(ok ? 0 : 1);
  }

  private static boolean run(String name, int pages, int tokenLength, ItemSource items) {
    int total = pages * Fixtures.ITEMS;
    int warm = Math.min(20, pages / 4) * Fixtures.ITEMS;
    int middle = total / 2;
    long start = 0;
    long mid = 0;
    long t0 = 0;
    int seen = 0;
    while (true) {
      if (seen == warm) {
        start = usedAfterGc();
        t0 = System.nanoTime();
      } else if (seen == middle) {
        mid = usedAfterGc();
      }
      if (items.next() < 0) {
        break;
      }
      seen++;
    }
    long elapsed = System.nanoTime() - t0;
    long end = usedAfterGc();
    if (seen != total) {
      throw new IllegalStateException(name + ": expected " + total + " items, saw " + seen);
    }
    long growth = end - start;
    int measuredPages = (total - warm) / Fixtures.ITEMS;
    System.out.printf(Locale.ROOT, "%s: %d pages x %d items (token %d chars), %.1f us/page%n", name, pages,
        Fixtures.ITEMS, tokenLength, elapsed / 1000.0 / measuredPages);
    System.out.printf(Locale.ROOT, "  used heap after GC: start %s, middle %s, end %s; growth %s (%.0f B/page)%n",
        kib(start), kib(mid), kib(end), kib(growth), (double) growth / measuredPages);
    boolean ok = growth < LIMIT;
    System.out.println("  " + (ok ? "OK: constant memory" : "FAIL: memory grows with the number of pages"));
    return ok;
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) { // a few rounds so finalizable / soft garbage is gone
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static String kib(long bytes) {
    return String.format(Locale.ROOT, "%,d KiB", bytes / 1024);
  }

  @FunctionalInterface
  private interface ItemSource {
    /** The next item's size, or -1 when there are none left. */
    int next();
  }
}
