package dev.stacksets.rfs;

import dev.stacksets.rfs.internal.RfsValidation;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.core.internal.LazyWaiter;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.operation.DeploymentTargets;
import dev.stacksets.core.operation.NativeMappings;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.ListStackInstancesRequest;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The neutral {@link StackSetOperationView} over an {@link RfsClient}: every call is one of the client's own
 * operations (so validation, retries, signing and error mapping are the client's), and the native values are turned
 * into the neutral vocabulary with {@link NativeMappings}.
 *
 * <ul>
 *   <li>{@link #listOperations(String)}: ListStackSetOperations sorted by {@code create_time} descending (newest
 *       first), page by page.</li>
 *   <li>{@link #getOperation(String, String)}: ShowStackSetOperationMetadata, deployment targets included
 *       ({@code domain_ids} as accounts, {@code regions}, {@code organizational_unit_ids}).</li>
 *   <li>{@link #listTargetResults(String, String)}: ListStackInstances, keeping only the instances whose
 *       {@code latest_stack_set_operation_id} is the operation. RFS keeps only the latest operation of each instance,
 *       so the targets of an operation that a later operation has since touched are not visible any more. When the
 *       last page is reached and no instance named the operation, one ShowStackSetOperationMetadata call tells an
 *       unknown operation ({@code OperationNotFoundException}, as on CloudFormation) from one with no visible
 *       targets (an empty listing); a listing that found a target makes no extra call.</li>
 * </ul>
 *
 * <p>RFS reports no end time: {@link StackSetOperation#endedAt()} is {@code update_time} once the status is terminal
 * (the last change of a finished operation is its end), null before.
 *
 * <p>Immutable and thread-safe; the waiter is made once, on first use, from the client's clock and sleeper.
 */
final class RfsOperationView implements StackSetOperationView {
  private static final char FOUND = '+';
  private static final char NOT_FOUND = '-';

  private final RfsClient client;
  private final LazyWaiter waiter;

  /** A view over {@code client}'s operations. */
  public RfsOperationView(RfsClient client) {
    this.client = Require.nonNull(client, "client");
    this.waiter = new LazyWaiter(client::configuration);
  }

  @Override
  public Provider provider() {
    return Provider.RFS;
  }

  @Override
  public Paginator<StackSetOperation> listOperations(String stackSetName) {
    return RfsOperations.listStackSetOperations().paginator(operationsRequest(stackSetName),
        client::listStackSetOperations)
        .map(op -> toNeutral(op, stackSetName, null));
  }

  private static ListStackSetOperationsRequest operationsRequest(String stackSetName) {
    return ListStackSetOperationsRequest.builder()
        .stackSetName(stackSetName(stackSetName))
        .sortByCreateTime(SortDirection.DESC)
        .build();
  }

  @Override
  public StackSetOperation getOperation(String stackSetName, String operationId) {
    return toNeutral(client.showStackSetOperationMetadata(operationRequest(stackSetName, operationId)),
        stackSetName, operationId);
  }

  @Override
  public CompletableFuture<StackSetOperation> getOperationAsync(String stackSetName, String operationId) {
    RfsAsyncClient async = async();
    if (async == null) {
      return StackSetOperationView.super.getOperationAsync(stackSetName, operationId);
    }
    return Futures.start(() -> Futures.map(
        async.showStackSetOperationMetadata(operationRequest(stackSetName, operationId)),
        reply -> toNeutral(reply, stackSetName, operationId)));
  }

  @Override
  public AsyncPaginator<StackSetOperation> listOperationsAsync(String stackSetName) {
    RfsAsyncClient async = async();
    if (async == null) {
      return StackSetOperationView.super.listOperationsAsync(stackSetName);
    }
    return RfsOperations.listStackSetOperations().asyncPaginator(operationsRequest(stackSetName),
        async::listStackSetOperations).map(op -> toNeutral(op, stackSetName, null));
  }

  private static ShowStackSetOperationMetadataRequest operationRequest(String stackSetName, String operationId) {
    return ShowStackSetOperationMetadataRequest.builder()
        .stackSetName(stackSetName(stackSetName))
        .operationId(operationId(operationId))
        .build();
  }

  private static StackSetOperation toNeutral(ShowStackSetOperationMetadataResponse reply, String stackSetName,
      String operationId) {
    dev.stacksets.rfs.model.StackSetOperation op = reply.stackSetOperation();
    if (op == null) {
      throw new ClientSideException("ShowStackSetOperationMetadata returned no operation for " + operationId);
    }
    return toNeutral(op, stackSetName, operationId);
  }

  @Override
  public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
    ListStackInstancesRequest first = instancesRequest(stackSetName);
    String id = operationId(operationId);
    return Paginator.of(token -> {
      TargetPage page = targetPage(client.listStackInstances(first.toBuilder().marker(marker(token)).build()), id,
          token);
      if (page.unknownYet()) {
        getOperation(stackSetName, id); // throws OperationNotFoundException for an unknown operation
      }
      return page.page();
    });
  }

  @Override
  public AsyncPaginator<OperationTargetResult> listTargetResultsAsync(String stackSetName, String operationId) {
    RfsAsyncClient async = async();
    if (async == null) {
      return StackSetOperationView.super.listTargetResultsAsync(stackSetName, operationId);
    }
    ListStackInstancesRequest first = instancesRequest(stackSetName);
    String id = operationId(operationId);
    return AsyncPaginator.of(token -> Futures.then(
        async.listStackInstances(first.toBuilder().marker(marker(token)).build()), (reply, error) -> {
          if (error != null) {
            return CompletableFuture.failedFuture(error);
          }
          TargetPage page = targetPage(reply, id, token);
          return page.unknownYet() ? Futures.map(getOperationAsync(stackSetName, id), known -> page.page())
              : CompletableFuture.completedFuture(page.page());
        }));
  }

  private static ListStackInstancesRequest instancesRequest(String stackSetName) {
    return ListStackInstancesRequest.builder().stackSetName(stackSetName(stackSetName)).build();
  }

  /** The service's marker inside our page token (null for the first page). */
  private static String marker(String token) {
    return token == null ? null : token.substring(1);
  }

  /**
   * One page of an operation's targets from a ListStackInstances page. The page token is the service's marker behind
   * one character saying whether this iteration has found a result yet, so the paginator stays stateless
   * (restartable, shareable) and still knows at the last page whether to check that the operation exists.
   */
  private static TargetPage targetPage(ListStackInstancesResponse reply, String operationId, String token) {
    boolean found = token != null && token.charAt(0) == FOUND;
    List<OperationTargetResult> items = new ArrayList<>();
    for (StackInstance instance : reply.stackInstances()) {
      if (operationId.equals(instance.latestStackSetOperationId())) {
        items.add(toNeutral(instance));
      }
    }
    found |= !items.isEmpty();
    String next = nextMarker(reply.pageInfo());
    return new TargetPage(Page.of(items, next == null ? null : (found ? FOUND : NOT_FOUND) + next),
        next == null && !found);
  }

  /** A page of targets; {@code unknownYet}: the listing ended without one, so the operation must be checked. */
  private record TargetPage(Page<OperationTargetResult> page, boolean unknownYet) {}

  /** The client's asynchronous face, or null for a test double without one. */
  private RfsAsyncClient async() {
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
    return "RfsOperationView{" + client + "}";
  }

  /** The neutral form of an RFS operation; the names asked for fill what the reply leaves out. */
  static StackSetOperation toNeutral(dev.stacksets.rfs.model.StackSetOperation op, String stackSetName,
      String operationId) {
    OperationStatus status = NativeMappings.operationStatus(Provider.RFS, op.statusAsString());
    return StackSetOperation.builder()
        .provider(Provider.RFS)
        .stackSetName(op.stackSetName() != null ? op.stackSetName() : stackSetName)
        .stackSetId(op.stackSetId())
        .operationId(op.operationId() != null ? op.operationId() : operationId)
        .action(NativeMappings.action(Provider.RFS, op.actionAsString()))
        .nativeAction(op.actionAsString())
        .status(status)
        .nativeStatus(op.statusAsString())
        .statusReason(op.statusMessage())
        .createdAt(op.createTime())
        .updatedAt(op.updateTime())
        .endedAt(status.isTerminal() ? op.updateTime() : null)
        .targets(toNeutral(op.deploymentTargets()))
        .build();
  }

  static DeploymentTargets toNeutral(dev.stacksets.rfs.model.DeploymentTargets targets) {
    if (targets == null) {
      return DeploymentTargets.empty();
    }
    return DeploymentTargets.builder()
        .accounts(targets.domainIds())
        .regions(targets.regions())
        .organizationalUnits(targets.organizationalUnitIds())
        .build();
  }

  static OperationTargetResult toNeutral(StackInstance instance) {
    return OperationTargetResult.builder()
        .provider(Provider.RFS)
        .account(instance.stackDomainId())
        .region(instance.region())
        .status(NativeMappings.targetStatus(Provider.RFS, instance.statusAsString()))
        .nativeStatus(instance.statusAsString())
        .reason(instance.statusMessage())
        .updatedAt(instance.updateTime())
        .build();
  }

  private static String nextMarker(PageInfo pageInfo) {
    return RfsOperations.nextMarker(pageInfo);
  }

  private static String stackSetName(String value) {
    return RfsValidation.required(RfsValidation.stackSetName(value), "stackSetName", "stack_set_name");
  }

  private static String operationId(String value) {
    return RfsValidation.required(RfsValidation.operationId(value), "operationId", "stack_set_operation_id");
  }
}
