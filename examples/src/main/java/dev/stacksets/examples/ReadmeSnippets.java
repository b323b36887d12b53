package dev.stacksets.examples;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.core.auth.CachingCredentialsProvider;
import dev.stacksets.core.auth.CredentialsProviderChain;
import dev.stacksets.core.auth.EnvironmentCredentialsProvider;
import dev.stacksets.core.auth.ProfileCredentialsProvider;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.TargetStatus;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.SortDirection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.RfsAsyncClient;
import dev.stacksets.core.operation.OperationEvent;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;

/**
 * Every Java snippet of the README, compiled with the build so the README cannot drift from the API. The methods
 * that take clients are also run against the emulator by {@code ReadmeSnippetsTest}. Keep the two in step: when you
 * change a snippet here, paste it into README.md (the text between the {@code // README:} markers).
 *
 * <p>Not thread-safe; examples only.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** README "RFS": building a client for a region. */
  static RfsClient rfsForRegion() {
    // README: rfs-client
    RfsClient rfs = RfsClient.builder()
        .region("cn-north-4")                 // https://rfs.cn-north-4.myhuaweicloud.com
        .projectId("0123456789abcdef0123456789abcdef")   // optional: sent as X-Project-Id
        .build();                             // credentials: the default Huawei chain
    // README: end
    return rfs;
  }

  /** README "RFS": one filtered, sorted page and a lazy listing. */
  static List<String> rfsTour(RfsClient rfs, String stackSet) {
    // README: rfs-calls
    ListStackSetOperationsResponse page = rfs.listStackSetOperations(r -> r
        .stackSetName(stackSet)
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES))
        .sortByCreateTime(SortDirection.ASC)
        .limit(50));
    System.out.println(page.stackSetOperations().size() + " operations, request id "
        + page.responseMetadata().requestId());

    List<String> failed = rfs.listStackSetOperationsPaginator(r -> r.stackSetName(stackSet))   // every page, lazily
        .stream()
        .filter(op -> "OPERATION_FAILED".equals(op.statusAsString()))
        .map(op -> op.operationId() + ": " + op.statusMessage())
        .collect(Collectors.toList());
    // README: end
    return failed;
  }

  /** README "CloudFormation and Config": building the clients. */
  static CloudFormationClient cfnForRegion() {
    // README: cfn-client
    CloudFormationClient cfn = CloudFormationClient.builder()
        .region("us-east-1")                  // or AWS_REGION; cn-* regions use amazonaws.com.cn
        .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
        .callTimeout(Duration.ofSeconds(30))
        .build();                             // credentials: the default AWS chain
    ConfigClient config = ConfigClient.builder().region("us-east-1").build();
    // README: end
    config.close();
    return cfn;
  }

  /** README "CloudFormation and Config": paging every result and every account status. */
  static long cfnTour(CloudFormationClient cfn, ConfigClient config, String stackSet, String operationId,
      String pack) {
    // README: cfn-calls
    long failures = 0;
    for (StackSetOperationResultSummary s : cfn.listStackSetOperationResultsPaginator(r -> r
        .stackSetName(stackSet)
        .operationId(operationId)
        .maxResults(100))) {                  // NextToken handled for you, one page in memory at a time
      if ("FAILED".equals(s.statusAsString())) {
        failures++;
        System.out.println(s.account() + " " + s.region() + ": " + s.statusReason());
      }
    }

    config.getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName(pack))
        .forEach(s -> System.out.println(s.accountId() + " " + s.statusAsString()));
    // README: end
    return failures;
  }

  /** README "One view of both clouds". */
  static StackSetOperation neutralTour(RfsClient rfs, CloudFormationClient cfn, ConfigClient config,
      String rfsSet, String cfnSet, String rfsOperationId, String pack) {
    // README: neutral
    StackSetOperationView ops = rfs.operations();            // or cfn.operations(): same interface
    StackSetOperation op = ops.getOperation(rfsSet, rfsOperationId);
    System.out.println(op.provider() + " " + op.action() + " " + op.status() + " (" + op.nativeStatus() + ")");

    for (OperationTargetResult r : ops.listTargetResults(rfsSet, rfsOperationId)) {
      if (r.status() == TargetStatus.FAILED) {
        System.out.println(r.account() + " " + r.region() + ": " + r.reason());
      }
    }

    // both clouds, newest first, merged lazily page by page
    StackSetOperationView.merge(rfs.operations().listOperations(rfsSet), cfn.operations().listOperations(cfnSet))
        .stream()
        .limit(10)
        .forEach(o -> System.out.println(o.createdAt() + " " + o.provider() + " " + o.operationId()));

    // Config conformance-pack statuses in the same vocabulary
    long failedAccounts = config.conformancePackStatuses(pack).stream()
        .filter(r -> r.status() == TargetStatus.FAILED)
        .count();

    StackSetOperation done = ops.waitUntilComplete(rfsSet, rfsOperationId, Duration.ofMinutes(30));
    // README: end
    System.out.println(failedAccounts + " accounts failed");
    return done;
  }

  /** README "Errors". */
  static String errors(RfsClient rfs, String stackSet, String operationId) {
    // README: errors
    try {
      StackSetOperation op = rfs.operations().waitUntilComplete(stackSet, operationId, Duration.ofMinutes(30));
      return op.status().toString();
    } catch (StackSetNotFoundException | OperationNotFoundException e) {
      return "gone: " + e.errorCode() + " " + e.errorMessage() + " (request id " + e.requestId() + ")";
    } catch (ThrottlingException e) {          // already retried with backoff; attempts() says how often
      return "throttled after " + e.attempts() + " attempts";
    } catch (WaiterTimeoutException e) {       // lastSeen() is empty when no poll got an answer
      return e.lastSeen().map(op -> "still " + op.status()).orElse("no answer") + " after " + e.timeout();
    } catch (ServiceException e) {             // any other error reply: status, code, message, ids
      return e.statusCode() + " " + e.errorCode() + " client request id " + e.clientRequestId();
    } catch (ClientSideException e) {          // no usable reply: unreachable endpoint, I/O, unreadable body
      return "no reply: " + e.getMessage();
    }
    // README: end
  }

  /** README "Configuration": credentials. */
  static RfsClient credentials() {
    // README: credentials
    RfsClient rfs = RfsClient.builder()
        .region("cn-north-4")
        .credentialsProvider(CachingCredentialsProvider.of(CredentialsProviderChain.of("my chain",
            EnvironmentCredentialsProvider.huawei(),           // HUAWEICLOUD_SDK_AK / _SK / _SECURITY_TOKEN
            ProfileCredentialsProvider.huawei())))             // ~/.huaweicloud/credentials [basic]
        .build();
    // README: end
    return rfs;
  }

  /** README "Writes": an RFS write, its operation waited on. */
  static StackSetOperation rfsWrites(RfsClient rfs, String stackSet, String domainId) {
    // README: rfs-writes
    String operationId = rfs.createStackInstances(r -> r
        .stackSetName(stackSet)
        .deploymentTargets(t -> t.regions("cn-north-4").domainIds(domainId)))
        .operationId();                       // one Client-Request-Id, the same on every retry
    StackSetOperation done = rfs.operations().waitUntilComplete(stackSet, operationId, Duration.ofMinutes(30));
    // README: end
    return done;
  }

  /** README "Writes": a CloudFormation write that waits its turn. */
  static String cfnWrites(CloudFormationClient cfn, String stackSet) {
    // README: cfn-writes
    CreateStackInstancesResponse started = cfn.createStackInstances(CreateStackInstancesRequest.builder()
        .stackSetName(stackSet)
        .accounts("111111111111", "222222222222")
        .regions("us-east-1", "eu-west-1")
        .operationPreferences(p -> p.maxConcurrentCount(2).failureToleranceCount(1))
        .build(), WaitForTurn.upTo(Duration.ofMinutes(30)));   // an operation already running? wait, then send again
    // README: end
    return started.operationId();
  }

  /** README "Asynchronous calls and live progress". */
  static List<OperationEvent> async(RfsClient rfs, String stackSet, String operationId) {
    // README: async
    RfsAsyncClient async = rfs.async();       // same connection pool and settings: nothing more to close
    CompletableFuture<List<StackInstance>> instances = async
        .listStackInstancesPaginator(r -> r.stackSetName(stackSet))   // a Flow.Publisher: pages on demand
        .collect(10_000);

    List<OperationEvent> events = new ArrayList<>();
    async.operations().watch(stackSet, operationId)                  // each status and target change, once
        .forEach(event -> {
          System.out.println(event);          // e.g. "op-1 0123.../cn-north-4 FAILED (OPERATION_FAILED): ..."
          events.add(event);
        })
        .join();                              // completes when the operation is done
    // README: end
    System.out.println(instances.join().size() + " instances");
    return events;
  }
}
