package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.StackSetOperationPreferences;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.core.internal.LazyWaiter;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.operation.DeploymentTargets;
import dev.stacksets.core.operation.NativeMappings;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import java.util.concurrent.CompletableFuture;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.internal.util.Futures;

/**
 * The neutral {@link StackSetOperationView} over a {@link CloudFormationClient}: every call is one of the client's
 * own operations (validation, retries, signing and error mapping are the client's), and the native values are turned
 * into the neutral vocabulary with {@link NativeMappings}.
 *
 * <ul>
 *   <li>{@link #listOperations(String)}: ListStackSetOperations, page by page, in the order the service returns. The
 *       API reference does not promise an order; the service and its documented examples list the most recent
 *       operation first, which is what the view and {@link StackSetOperationView#merge} expect; other servers (moto)
 *       list oldest first, which {@code merge} detects and refuses with a clear error. The stack-set name
 *       is the one asked for (summaries carry none); regions come from {@code OperationPreferences.RegionOrder}
 *       when the summary has it.</li>
 *   <li>{@link #getOperation(String, String)}: DescribeStackSetOperation; {@code StackSetId}, and as targets
 *       {@code DeploymentTargets.Accounts}, {@code DeploymentTargets.OrganizationalUnitIds} and
 *       {@code OperationPreferences.RegionOrder}.</li>
 *   <li>{@link #listTargetResults(String, String)}: ListStackSetOperationResults, page by page.</li>
 * </ul>
 *
 * <p>CloudFormation reports no update time: {@link StackSetOperation#updatedAt()} is null, {@code endedAt} is
 * {@code EndTimestamp}.
 *
 * <p>Immutable and thread-safe; the waiter is made once, on first use, from the client's clock and sleeper.
 */
final class CfnOperationView implements StackSetOperationView {
  private final CloudFormationClient client;
  private final LazyWaiter waiter;

  /** A view over {@code client}'s stack-set operations. */
  public CfnOperationView(CloudFormationClient client) {
    this.client = Require.nonNull(client, "client");
    this.waiter = new LazyWaiter(client::configuration);
  }

  @Override
  public Provider provider() {
    return Provider.CLOUDFORMATION;
  }

  @Override
  public Paginator<StackSetOperation> listOperations(String stackSetName) {
    ListStackSetOperationsRequest first = ListStackSetOperationsRequest.builder().stackSetName(stackSetName).build();
    return CfnOperations.listStackSetOperations().paginator(first, client::listStackSetOperations) // checks now
        .map(s -> toNeutral(s, stackSetName));
  }

  @Override
  public AsyncPaginator<StackSetOperation> listOperationsAsync(String stackSetName) {
    CloudFormationAsyncClient async = async();
    if (async == null) {
      return StackSetOperationView.super.listOperationsAsync(stackSetName);
    }
    ListStackSetOperationsRequest first = ListStackSetOperationsRequest.builder().stackSetName(stackSetName).build();
    return CfnOperations.listStackSetOperations().asyncPaginator(first, async::listStackSetOperations)
        .map(s -> toNeutral(s, stackSetName));
  }

  @Override
  public StackSetOperation getOperation(String stackSetName, String operationId) {
    return toNeutral(client.describeStackSetOperation(operationRequest(stackSetName, operationId)), stackSetName,
        operationId);
  }

  @Override
  public CompletableFuture<StackSetOperation> getOperationAsync(String stackSetName, String operationId) {
    CloudFormationAsyncClient async = async();
    if (async == null) {
      return StackSetOperationView.super.getOperationAsync(stackSetName, operationId);
    }
    return Futures.start(() -> Futures.map(
        async.describeStackSetOperation(operationRequest(stackSetName, operationId)),
        reply -> toNeutral(reply, stackSetName, operationId)));
  }

  private static DescribeStackSetOperationRequest operationRequest(String stackSetName, String operationId) {
    return DescribeStackSetOperationRequest.builder().stackSetName(stackSetName).operationId(operationId).build();
  }

  private static StackSetOperation toNeutral(DescribeStackSetOperationResponse reply, String stackSetName,
      String operationId) {
    dev.stacksets.cfn.model.StackSetOperation op = reply.stackSetOperation();
    if (op == null) {
      throw new ClientSideException(
          "DescribeStackSetOperation returned no StackSetOperation for operation " + operationId);
    }
    return toNeutral(op, stackSetName, operationId);
  }

  @Override
  public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
    return CfnOperations.listStackSetOperationResults().paginator(resultsRequest(stackSetName, operationId),
        client::listStackSetOperationResults).map(CfnOperationView::toNeutral); // checks the first request now
  }

  @Override
  public AsyncPaginator<OperationTargetResult> listTargetResultsAsync(String stackSetName, String operationId) {
    CloudFormationAsyncClient async = async();
    if (async == null) {
      return StackSetOperationView.super.listTargetResultsAsync(stackSetName, operationId);
    }
    return CfnOperations.listStackSetOperationResults().asyncPaginator(resultsRequest(stackSetName, operationId),
        async::listStackSetOperationResults).map(CfnOperationView::toNeutral);
  }

  private static ListStackSetOperationResultsRequest resultsRequest(String stackSetName, String operationId) {
    return ListStackSetOperationResultsRequest.builder().stackSetName(stackSetName).operationId(operationId).build();
  }

  /** The client's asynchronous face, or null for a test double without one. */
  private CloudFormationAsyncClient async() {
    try {
      return client.async();
    } catch (UnsupportedOperationException noAsync) {
      return null;
    }
  }

  @Override
  public OperationWaiter waiter() {
    return waiter.get();
  }

  @Override
  public String toString() {
    return "CfnOperationView{" + client + "}";
  }

  static StackSetOperation toNeutral(StackSetOperationSummary s, String stackSetName) {
    return StackSetOperation.builder()
        .provider(Provider.CLOUDFORMATION)
        .stackSetName(stackSetName)
        .operationId(s.operationId())
        .action(NativeMappings.action(Provider.CLOUDFORMATION, s.actionAsString()))
        .nativeAction(s.actionAsString())
        .status(NativeMappings.operationStatus(Provider.CLOUDFORMATION, s.statusAsString()))
        .nativeStatus(s.statusAsString())
        .statusReason(s.statusReason())
        .createdAt(s.creationTimestamp())
        .endedAt(s.endTimestamp())
        .targets(targets(null, s.operationPreferences()))
        .build();
  }

  static StackSetOperation toNeutral(dev.stacksets.cfn.model.StackSetOperation op, String stackSetName,
      String operationId) {
    return StackSetOperation.builder()
        .provider(Provider.CLOUDFORMATION)
        .stackSetName(stackSetName)
        .stackSetId(op.stackSetId())
        .operationId(op.operationId() != null ? op.operationId() : operationId)
        .action(NativeMappings.action(Provider.CLOUDFORMATION, op.actionAsString()))
        .nativeAction(op.actionAsString())
        .status(NativeMappings.operationStatus(Provider.CLOUDFORMATION, op.statusAsString()))
        .nativeStatus(op.statusAsString())
        .statusReason(op.statusReason())
        .createdAt(op.creationTimestamp())
        .endedAt(op.endTimestamp())
        .targets(targets(op.deploymentTargets(), op.operationPreferences()))
        .build();
  }

  static DeploymentTargets targets(dev.stacksets.cfn.model.DeploymentTargets targets,
      StackSetOperationPreferences preferences) {
    if (targets == null && (preferences == null || preferences.regionOrder().isEmpty())) {
      return DeploymentTargets.empty();
    }
    DeploymentTargets.Builder b = DeploymentTargets.builder();
    if (targets != null) {
      b.accounts(targets.accounts()).organizationalUnits(targets.organizationalUnitIds());
    }
    if (preferences != null) {
      b.regions(preferences.regionOrder());
    }
    return b.build();
  }

  static OperationTargetResult toNeutral(StackSetOperationResultSummary s) {
    return OperationTargetResult.builder()
        .provider(Provider.CLOUDFORMATION)
        .account(s.account())
        .region(s.region())
        .organizationalUnit(s.organizationalUnitId())
        .status(NativeMappings.targetStatus(Provider.CLOUDFORMATION, s.statusAsString()))
        .nativeStatus(s.statusAsString())
        .reason(s.statusReason())
        .build();
  }
}
