package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.internal.SharedSchedulerThreads;
import dev.stacksets.emulator.StackSetEmulator;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.ShowStackSetMetadataResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 1,000 calls in flight on one async client against the in-JVM emulator, per cloud: every call completes, and the
 * SDK's pools (OkHttp's dispatcher and task runner, the shared scheduler) never hold more than 8 threads, sampled
 * while the calls run. Prints threads, calls per second and p99 latency to the test's output (the figures in the
 * closing note and benchmarks/README.md come from here; they are reported, not asserted).
 */
class AsyncInFlightTest {
  private static final int CALLS = 1000;
  private static final int SDK_THREAD_LIMIT = 8;

  /**
   * A thread of the SDK's pools: the HTTP dispatcher's
   * ({@code stacksets-http-N}, renamed by OkHttp mid-call) and the shared scheduler's.
   */
  private static boolean sdkThread(Thread t) {
    return t.getName().startsWith("stacksets-") || t.getName().startsWith("OkHttp http");
  }

  /** OkHttp's own JVM-wide task runner (connection pool upkeep), shared by every OkHttp client: reported apart. */
  private static boolean okHttpRunnerThread(Thread t) {
    return t.getName().startsWith("OkHttp") && !t.getName().startsWith("OkHttp http");
  }

  private record Run(long[] latenciesNanos, long elapsedNanos, int maxSdkThreads, int maxOkHttpRunnerThreads) {
    String figures(String what) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      long p50 = sorted[sorted.length / 2];
      long p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
      return String.format("%s: %d calls in flight at once, %.0f calls/s, p50 %.1f ms, p99 %.1f ms, at most %d SDK "
          + "threads alive (HTTP dispatcher + shared scheduler); OkHttp's JVM-wide task runner: at most %d", what,
          sorted.length, sorted.length / (elapsedNanos / 1e9), p50 / 1e6, p99 / 1e6, maxSdkThreads,
          maxOkHttpRunnerThreads);
    }
  }

  private static <T> Run run(java.util.function.Supplier<CompletableFuture<T>> call) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger maxThreads = new AtomicInteger();
    AtomicInteger maxRunnerThreads = new AtomicInteger();
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        java.util.Set<Thread> all = Thread.getAllStackTraces().keySet();
        maxThreads.accumulateAndGet((int) all.stream().filter(AsyncInFlightTest::sdkThread).count(), Math::max);
        maxRunnerThreads.accumulateAndGet((int) all.stream().filter(AsyncInFlightTest::okHttpRunnerThread).count(),
            Math::max);
        Thread.onSpinWait();
      }
    }, "test-sampler");
    sampler.start();
    long[] latencies = new long[CALLS];
    List<CompletableFuture<T>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < CALLS; i++) {
      int index = i;
      long sent = System.nanoTime();
      futures.add(call.get().whenComplete((r, e) -> latencies[index] = System.nanoTime() - sent));
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    long elapsed = System.nanoTime() - start;
    running.set(false);
    sampler.join();
    return new Run(latencies, elapsed, maxThreads.get(), maxRunnerThreads.get());
  }

  @Test
  void aThousandCallsInFlightOnEachCloudUseAtMostEightSdkThreads() throws Exception {
    try (StackSetEmulator emulator = StackSetEmulator.start()) {
      Run rfsRun;
      try (RfsClient rfs = RfsClient.builder().endpoint(emulator.rfsEndpoint())
          .credentialsProvider(CredentialsProvider.of(emulator.credentials())).build()) {
        rfsRun = run(() -> rfs.async().showStackSetMetadata(r -> r.stackSetName("my_hello_world_stack_set")));
        ShowStackSetMetadataResponse one = rfs.async().showStackSetMetadata(r -> r.stackSetName(
            "my_hello_world_stack_set")).get(10, TimeUnit.SECONDS);
        assertThat(one.stackSet().stackSetName()).isEqualTo("my_hello_world_stack_set");
      }
      Run cfnRun;
      try (CloudFormationClient cfn = CloudFormationClient.builder().region(emulator.region())
          .endpoint(emulator.cloudFormationEndpoint())
          .credentialsProvider(CredentialsProvider.of(emulator.credentials())).build()) {
        cfnRun = run(() -> cfn.async().describeStackSet(r -> r.stackSetName("my-stack-set")));
        DescribeStackSetResponse other = cfn.async().describeStackSet(r -> r.stackSetName("my-stack-set"))
            .get(10, TimeUnit.SECONDS);
        assertThat(other.stackSet().stackSetName()).isEqualTo("my-stack-set");
      }

      System.out.println(rfsRun.figures("RFS ShowStackSetMetadata"));
      System.out.println(cfnRun.figures("CloudFormation DescribeStackSet"));
      assertThat(rfsRun.maxSdkThreads()).isLessThanOrEqualTo(SDK_THREAD_LIMIT);
      assertThat(cfnRun.maxSdkThreads()).isLessThanOrEqualTo(SDK_THREAD_LIMIT);
      assertThat(SharedSchedulerThreads.created()).isLessThanOrEqualTo(SharedSchedulerThreads.LIMIT);
    }
  }
}
