package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.core.testing.CountingDispatcher;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.internal.SharedSchedulerThreads;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.StackSet;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.rfs.internal.RfsServiceProfile;
import dev.stacksets.rfs.model.ListStackSetsRequest;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the asynchronous driver's threads for 1,000 calls in flight per service against the emulator (sdk-core's
 * {@code AsyncDriverTest} measures the same against a MockWebServer). Both runtimes are built as the default clients
 * build theirs, over one caller's OkHttp client whose dispatcher's executor counts the threads it creates; the shared
 * scheduler counts its own. The emulator's server threads are not the SDK's and are not counted.
 *
 * <p>Prints the threads created, the calls per second and the p99 latency (submit to completion) to the test's output
 * ({@code target/surefire-reports/*-output.txt}); they are figures, not assertions.
 */
class AsyncDriverAgainstTheEmulatorTest {
  private static final int CALLS = 1000;

  /** One call's future and the nanos from its submission to its completion, recorded as it completes. */
  private record Timed<T>(CompletableFuture<T> future, CompletableFuture<?> recorded) {}

  @Test
  void aThousandCallsInFlightPerServiceUseAFewSdkThreads() throws Exception {
    CountingDispatcher counting = new CountingDispatcher();
    Dispatcher dispatcher = counting.dispatcher();
    OkHttpClient httpClient = counting.client();
    try (StackSetEmulator e = StackSetEmulator.builder().timeSpeed(0).start();
        RfsClient rfsClient = RfsClient.builder().endpoint(e.rfsEndpoint()).region(e.rfsRegion())
            .credentialsProvider(CredentialsProvider.of(e.credentials())).httpClient(httpClient).build();
        CloudFormationClient cfnClient = CloudFormationClient.builder().endpoint(e.cloudFormationEndpoint())
            .region(e.region()).credentialsProvider(CredentialsProvider.of(e.credentials())).httpClient(httpClient)
            .build();
        // as DefaultRfsClient and DefaultCloudFormationClient build theirs, from the same resolved configuration
        ClientRuntime rfs = new ClientRuntime(rfsClient.configuration(), RfsServiceProfile.create());
        ClientRuntime cfn = new ClientRuntime(cfnClient.configuration(),
            AwsProfiles.cloudFormation(cfnClient.configuration().region()))) {
      OperationDescriptor<ListStackSetsRequest, ListStackSetsResponse> listStackSets =
          RfsOperations.listStackSets().descriptor(rfsClient.projectId());
      OperationDescriptor<DescribeStackSetRequest, DescribeStackSetResponse> describeStackSet =
          CfnOperations.describeStackSet().descriptor();
      ListStackSetsRequest listRequest = ListStackSetsRequest.builder().build();
      DescribeStackSetRequest describeRequest = DescribeStackSetRequest.builder().stackSetName("org-baseline").build();
      List<String> rfsNames = e.model().stackSets(Provider.RFS).stream().map(StackSet::name).toList();
      StackSet orgBaseline = e.model().stackSet(Provider.CLOUDFORMATION, "org-baseline");
      long requestsBefore = e.requestCount();
      int schedulerBefore = SharedSchedulerThreads.created();
      long[] rfsNanos = new long[CALLS];
      long[] cfnNanos = new long[CALLS];
      List<Timed<ListStackSetsResponse>> rfsCalls = new ArrayList<>(CALLS);
      List<Timed<DescribeStackSetResponse>> cfnCalls = new ArrayList<>(CALLS);

      long start = System.nanoTime();
      for (int i = 0; i < CALLS; i++) {
        rfsCalls.add(timed(() -> rfs.executeAsync(listStackSets, listRequest), rfsNanos, i));
        cfnCalls.add(timed(() -> cfn.executeAsync(describeStackSet, describeRequest), cfnNanos, i));
      }
      long submitted = System.nanoTime();
      long inFlight = rfsCalls.stream().filter(c -> !c.future().isDone()).count()
          + cfnCalls.stream().filter(c -> !c.future().isDone()).count();
      List<CompletableFuture<?>> all = new ArrayList<>();
      rfsCalls.forEach(c -> all.add(c.recorded()));
      cfnCalls.forEach(c -> all.add(c.recorded()));
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      long elapsed = System.nanoTime() - start;

      assertThat(rfsCalls).allSatisfy(c -> assertThat(c.future().join().stackSets())
          .extracting(dev.stacksets.rfs.model.StackSet::stackSetName).containsExactlyInAnyOrderElementsOf(rfsNames));
      assertThat(cfnCalls).allSatisfy(c -> {
        DescribeStackSetResponse r = c.future().join();
        assertThat(r.stackSet().stackSetName()).isEqualTo("org-baseline");
        assertThat(r.stackSet().stackSetId()).isEqualTo(orgBaseline.id());
      });
      assertThat(e.requestCount() - requestsBefore).as("one attempt per call").isEqualTo(2L * CALLS);
      int schedulerThreads = SharedSchedulerThreads.created();
      int sdkThreads = counting.threadsCreated() + schedulerThreads;
      System.out.printf("%d async calls against the emulator (%d RFS ListStackSets + %d CloudFormation "
          + "DescribeStackSet, one OkHttp dispatcher: maxRequestsPerHost %d, maxRequests %d): %d still in flight "
          + "after submitting (%.0f ms to submit)%n", 2 * CALLS, CALLS, CALLS, dispatcher.getMaxRequestsPerHost(),
          dispatcher.getMaxRequests(), inFlight, (submitted - start) / 1e6);
      System.out.printf("SDK threads created: %d (OkHttp dispatcher %d, shared scheduler %d in this JVM, %d during "
          + "this test)%n", sdkThreads, counting.threadsCreated(), schedulerThreads,
          schedulerThreads - schedulerBefore);
      System.out.printf("throughput: %.0f calls/s overall (%.0f ms for all); p99 latency submit to completion: "
          + "RFS %.1f ms, CloudFormation %.1f ms, overall %.1f ms%n", 2 * CALLS / (elapsed / 1e9), elapsed / 1e6,
          p99Millis(rfsNanos), p99Millis(cfnNanos), p99Millis(concat(rfsNanos, cfnNanos)));

      // Both services answer on 127.0.0.1, so the one dispatcher runs at most maxRequestsPerHost (5) of the 2,000
      // calls at once; the rest wait in its queue, not on a thread. A thread that has just finished a call is still
      // busy while it hands the next queued call to the executor, so the pool may create a few more than 5, but
      // never more than the dispatcher's ceiling of maxRequests (64) running calls plus that overlap; the scheduler
      // starts at most its 2. The bound asserted: maxRequests + the scheduler's 2, against 2,000 calls.
      assertThat(schedulerThreads).isLessThanOrEqualTo(SharedSchedulerThreads.LIMIT);
      assertThat(counting.threadsCreated()).isLessThanOrEqualTo(dispatcher.getMaxRequests());
      assertThat(sdkThreads).isLessThanOrEqualTo(dispatcher.getMaxRequests() + SharedSchedulerThreads.LIMIT);
    } finally {
      counting.shutdown();
    }
  }

  /** Submits one call (its first attempt is signed on this thread) and records its latency as it completes. */
  private static <T> Timed<T> timed(Supplier<CompletableFuture<T>> submit, long[] nanos, int i) {
    long submittedAt = System.nanoTime();
    CompletableFuture<T> future = submit.get();
    return new Timed<>(future, future.whenComplete((r, t) -> nanos[i] = System.nanoTime() - submittedAt));
  }

  private static double p99Millis(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
