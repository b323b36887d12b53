package dev.stacksets.benchmarks;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.StackSetOperation;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Paging cost: a full iteration of a paginator over {@value #PAGES} pages of 100 items, reported per page (compare
 * with the single-page calls of {@link CallBenchmarks}). The server chains the pages with markers / tokens; every
 * item is touched. Run with {@code -prof gc} to see the allocation per page stay flat. For the memory check over
 * thousands of pages see {@link PagingMemoryCheck}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PagingBenchmarks {
  static final int PAGES = 50;

  private LoopbackServer server;
  private RfsClient rfs;
  private CloudFormationClient cfn;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.paging(PAGES, 36);
    rfs = Clients.rfs(server.uri(), false);
    cfn = Clients.cfn(server.uri(), false);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    rfs.close();
    cfn.close();
    server.close();
  }

  /** RFS ListStackSetOperations paginator, all pages; time per page. */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public long sdkRfsPaginatorPerPage() {
    long n = 0;
    for (StackSetOperation op : rfs.listStackSetOperationsPaginator(r -> r.stackSetName(Clients.STACK_SET))) {
      n += op.operationId().length();
    }
    return check(n);
  }

  /** CloudFormation ListStackSetOperationResults paginator, all pages; time per page. */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public long sdkCfnPaginatorPerPage() {
    long n = 0;
    for (StackSetOperationResultSummary s : cfn.listStackSetOperationResultsPaginator(r -> r
        .stackSetName(Clients.CFN_STACK_SET).operationId(Clients.OPERATION_ID))) {
      n += s.account().length();
    }
    return check(n);
  }

  private static long check(long n) {
    if (n == 0) {
      throw new IllegalStateException("no items");
    }
    return n;
  }
}
