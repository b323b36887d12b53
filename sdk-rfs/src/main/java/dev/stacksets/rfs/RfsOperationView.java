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
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.ListStackInstancesRequest;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackInstance;
import java.util.ArrayList;
import java.util.List;

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
    ListStackSetOperationsRequest first = ListStackSetOperationsRequest.builder()
        .stackSetName(stackSetName(stackSetName))
        .sortByCreateTime(SortDirection.DESC)
        .build();
    return RfsOperations.LIST_STACK_SET_OPERATIONS.paginator(first, client::listStackSetOperations)
        .map(op -> toNeutral(op, stackSetName, null));
  }

  @Override
  public StackSetOperation getOperation(String stackSetName, String operationId) {
    ShowStackSetOperationMetadataRequest request = ShowStackSetOperationMetadataRequest.builder()
        .stackSetName(stackSetName(stackSetName))
        .operationId(operationId(operationId))
        .build();
    dev.stacksets.rfs.model.StackSetOperation op = client.showStackSetOperationMetadata(request).stackSetOperation();
    if (op == null) {
      throw new ClientSideException("ShowStackSetOperationMetadata returned no operation for " + operationId);
    }
    return toNeutral(op, stackSetName, operationId);
  }

  @Override
  public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
    ListStackInstancesRequest first = ListStackInstancesRequest.builder()
        .stackSetName(stackSetName(stackSetName))
        .build();
    String id = operationId(operationId);
    // the page token is the service's marker behind one character saying whether this iteration has found a
    // result yet, so the paginator stays stateless (restartable, shareable) and still knows at the last page
    return Paginator.of(token -> {
      boolean found = token != null && token.charAt(0) == FOUND;
      String marker = token == null ? null : token.substring(1);
      ListStackInstancesResponse page = client.listStackInstances(
          marker == null ? first : first.toBuilder().marker(marker).build());
      List<OperationTargetResult> items = new ArrayList<>();
      for (StackInstance instance : page.stackInstances()) {
        if (id.equals(instance.latestStackSetOperationId())) {
          items.add(toNeutral(instance));
        }
      }
      found |= !items.isEmpty();
      String next = nextMarker(page.pageInfo());
      if (next == null && !found) {
        getOperation(stackSetName, id); // throws OperationNotFoundException for an unknown operation
      }
      return Page.of(items, next == null ? null : (found ? FOUND : NOT_FOUND) + next);
    });
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
