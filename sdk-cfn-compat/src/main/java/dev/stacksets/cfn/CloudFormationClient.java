package dev.stacksets.cfn;

import dev.stacksets.cfn.CfnOperationView;
import dev.stacksets.cfn.DefaultCloudFormationClient;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.CreateStackSetRequest;
import dev.stacksets.cfn.model.CreateStackSetResponse;
import dev.stacksets.cfn.model.DeleteStackInstancesRequest;
import dev.stacksets.cfn.model.DeleteStackInstancesResponse;
import dev.stacksets.cfn.model.DeleteStackSetRequest;
import dev.stacksets.cfn.model.DeleteStackSetResponse;
import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.DetectStackSetDriftRequest;
import dev.stacksets.cfn.model.DetectStackSetDriftResponse;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsRequest;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSetAutoDeploymentTargetSummary;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.cfn.model.StopStackSetOperationRequest;
import dev.stacksets.cfn.model.StopStackSetOperationResponse;
import dev.stacksets.cfn.model.UpdateStackInstancesRequest;
import dev.stacksets.cfn.model.UpdateStackInstancesResponse;
import dev.stacksets.cfn.model.UpdateStackSetRequest;
import dev.stacksets.cfn.model.UpdateStackSetResponse;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.SdkClientBuilder;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.auth.DefaultCredentialsProviders;
import dev.stacksets.core.internal.config.AwsService;
import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Paginator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client for the AWS CloudFormation stack-set APIs (AWS Query protocol: a form-encoded {@code POST /}, XML
 * replies, SigV4 with the signing name {@code cloudformation}): the reads (stack sets, instances, operations and
 * their per-target results, automatic deployment targets) and the writes that drive a stack set's life (create,
 * update and delete the stack set and its instances, stop an operation, detect drift).
 *
 * <p>Build one with {@link #builder()} and share it: clients are immutable and thread-safe. Every operation takes
 * a request object or a {@code Consumer} of its builder. Requests are validated before anything is sent: a missing
 * or malformed member, or members the API documents as exclusive, throw {@link IllegalArgumentException} naming
 * them. Service errors surface as {@link dev.stacksets.core.exception.ServiceException} subtypes (see
 * {@link dev.stacksets.cfn.exception}); no usable reply as {@link dev.stacksets.core.exception.ClientSideException}.
 * Throttling, 5xx and I/O failures are retried by the core pipeline.
 *
 * <p>Writes are safe to retry: each one that starts an operation carries an {@code OperationId} (CreateStackSet a
 * {@code ClientRequestToken}), the caller's or a UUID the client fixes in the request before sending, so every
 * retry sends the same id and a network fault never starts the operation twice; the returned operation id is what
 * {@code operations().waitUntilComplete(...)} waits for. DeleteStackSet and StopStackSetOperation have no further
 * effect when repeated. A write refused because another operation runs on the stack set
 * ({@link dev.stacksets.core.exception.OperationInProgressException}) can wait its turn and be sent again: per client
 * ({@code builder.waitForTurn(WaitForTurn.upTo(...))}) or per call (the methods taking a {@link WaitForTurn}).
 *
 * <p>It is an interface so tests can fake it: every operation is a {@code default} method (the single-call ones
 * throw {@link UnsupportedOperationException} naming the operation), so a fake implements only what it needs and an
 * operation added to a later version does not break it; the paginators, {@code Consumer} overloads and
 * {@link #operations()} are built on the single-page operations.
 *
 * <pre>{@code
 * try (CloudFormationClient cfn = CloudFormationClient.builder().region("us-east-1")
 *     .waitForTurn(WaitForTurn.upTo(Duration.ofMinutes(30))).build()) {
 *   cfn.createStackSet(r -> r.stackSetName("my-set").templateUrl(templateUrl));
 *   String opId = cfn.createStackInstances(r -> r.stackSetName("my-set")
 *       .accounts("111122223333").regions("eu-west-1")).operationId();
 *   cfn.operations().waitUntilComplete("my-set", opId, Duration.ofMinutes(30));
 *   for (StackSetOperationResultSummary s : cfn.listStackSetOperationResultsPaginator(r -> r
 *       .stackSetName("my-set").operationId(opId))) {
 *     System.out.println(s.account() + "/" + s.region() + " " + s.statusAsString());
 *   }
 * }
 * }</pre>
 */
public interface CloudFormationClient extends AutoCloseable {

  /**
   * A new builder. The region comes from {@link Builder#region(String)}, else the {@code AWS_REGION} environment
   * variable; the endpoint is {@code https://cloudformation.{region}.amazonaws.com} ({@code .amazonaws.com.cn} for
   * {@code cn-*}) unless {@link Builder#endpoint(java.net.URI)} is given; credentials come from
   * {@link DefaultCredentialsProviders#aws()} unless a provider is set.
   */
  static Builder builder() {
    return new Builder();
  }

  /** The resolved settings of this client. */
  default ClientConfiguration configuration() {
    throw new UnsupportedOperationException("configuration");
  }

  /**
   * One page of the per-account, per-Region results of a stack-set operation ({@code ListStackSetOperationResults};
   * eventually consistent).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException   no such stack set
   * @throws dev.stacksets.core.exception.OperationNotFoundException  no such operation
   * @throws IllegalArgumentException                                 the request breaks a documented constraint
   */
  default ListStackSetOperationResultsResponse listStackSetOperationResults(
      ListStackSetOperationResultsRequest request) {
    throw new UnsupportedOperationException("listStackSetOperationResults");
  }

  /** {@link #listStackSetOperationResults(ListStackSetOperationResultsRequest)} with a request built in place. */
  default ListStackSetOperationResultsResponse listStackSetOperationResults(
      Consumer<ListStackSetOperationResultsRequest.Builder> request) {
    return listStackSetOperationResults(build(request, ListStackSetOperationResultsRequest.builder(),
        ListStackSetOperationResultsRequest.Builder::build));
  }

  /**
   * Every result of a stack-set operation, fetched lazily page by page with the request's filters, {@code CallAs}
   * and {@code MaxResults} on every page. The request is checked now (nothing is sent; a bad member throws
   * {@link IllegalArgumentException} naming it), each page's request again when it is sent; service errors surface
   * while iterating. A {@code nextToken} in the request is where the first iteration starts.
   */
  default Paginator<StackSetOperationResultSummary> listStackSetOperationResultsPaginator(
      ListStackSetOperationResultsRequest request) {
    return CfnOperations.listStackSetOperationResults().paginator(request, this::listStackSetOperationResults);
  }

  /** {@link #listStackSetOperationResultsPaginator(ListStackSetOperationResultsRequest)}, request built in place. */
  default Paginator<StackSetOperationResultSummary> listStackSetOperationResultsPaginator(
      Consumer<ListStackSetOperationResultsRequest.Builder> request) {
    return listStackSetOperationResultsPaginator(build(request, ListStackSetOperationResultsRequest.builder(),
        ListStackSetOperationResultsRequest.Builder::build));
  }

  /**
   * One page of a stack set's operations ({@code ListStackSetOperations}; eventually consistent).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException no such stack set
   * @throws IllegalArgumentException                               the request breaks a documented constraint
   */
  default ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    throw new UnsupportedOperationException("listStackSetOperations");
  }

  /** {@link #listStackSetOperations(ListStackSetOperationsRequest)} with a request built in place. */
  default ListStackSetOperationsResponse listStackSetOperations(
      Consumer<ListStackSetOperationsRequest.Builder> request) {
    return listStackSetOperations(build(request, ListStackSetOperationsRequest.builder(),
        ListStackSetOperationsRequest.Builder::build));
  }

  /** Every operation of a stack set, lazily; see {@link #listStackSetOperationResultsPaginator}. */
  default Paginator<StackSetOperationSummary> listStackSetOperationsPaginator(
      ListStackSetOperationsRequest request) {
    return CfnOperations.listStackSetOperations().paginator(request, this::listStackSetOperations);
  }

  /** {@link #listStackSetOperationsPaginator(ListStackSetOperationsRequest)} with a request built in place. */
  default Paginator<StackSetOperationSummary> listStackSetOperationsPaginator(
      Consumer<ListStackSetOperationsRequest.Builder> request) {
    return listStackSetOperationsPaginator(build(request, ListStackSetOperationsRequest.builder(),
        ListStackSetOperationsRequest.Builder::build));
  }

  /**
   * One stack-set operation in full ({@code DescribeStackSetOperation}; strongly consistent).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException  no such stack set
   * @throws dev.stacksets.core.exception.OperationNotFoundException no such operation
   * @throws IllegalArgumentException                                the request breaks a documented constraint
   */
  default DescribeStackSetOperationResponse describeStackSetOperation(DescribeStackSetOperationRequest request) {
    throw new UnsupportedOperationException("describeStackSetOperation");
  }

  /** {@link #describeStackSetOperation(DescribeStackSetOperationRequest)} with a request built in place. */
  default DescribeStackSetOperationResponse describeStackSetOperation(
      Consumer<DescribeStackSetOperationRequest.Builder> request) {
    return describeStackSetOperation(build(request, DescribeStackSetOperationRequest.builder(),
        DescribeStackSetOperationRequest.Builder::build));
  }

  /**
   * One page of the account's stack sets ({@code ListStackSets}; strongly consistent).
   *
   * @throws IllegalArgumentException the request breaks a documented constraint
   */
  default ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    throw new UnsupportedOperationException("listStackSets");
  }

  /** {@link #listStackSets(ListStackSetsRequest)} with a request built in place. */
  default ListStackSetsResponse listStackSets(Consumer<ListStackSetsRequest.Builder> request) {
    return listStackSets(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build));
  }

  /** Every stack set of the account, lazily; see {@link #listStackSetOperationResultsPaginator}. */
  default Paginator<StackSetSummary> listStackSetsPaginator(ListStackSetsRequest request) {
    return CfnOperations.listStackSets().paginator(request, this::listStackSets);
  }

  /** {@link #listStackSetsPaginator(ListStackSetsRequest)} with a request built in place. */
  default Paginator<StackSetSummary> listStackSetsPaginator(Consumer<ListStackSetsRequest.Builder> request) {
    return listStackSetsPaginator(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build));
  }

  /**
   * One page of a stack set's instances ({@code ListStackInstances}).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException no such stack set
   * @throws IllegalArgumentException                               the request breaks a documented constraint
   */
  default ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    throw new UnsupportedOperationException("listStackInstances");
  }

  /** {@link #listStackInstances(ListStackInstancesRequest)} with a request built in place. */
  default ListStackInstancesResponse listStackInstances(Consumer<ListStackInstancesRequest.Builder> request) {
    return listStackInstances(build(request, ListStackInstancesRequest.builder(),
        ListStackInstancesRequest.Builder::build));
  }

  /** Every instance of a stack set, lazily; see {@link #listStackSetOperationResultsPaginator}. */
  default Paginator<StackInstanceSummary> listStackInstancesPaginator(ListStackInstancesRequest request) {
    return CfnOperations.listStackInstances().paginator(request, this::listStackInstances);
  }

  /** {@link #listStackInstancesPaginator(ListStackInstancesRequest)} with a request built in place. */
  default Paginator<StackInstanceSummary> listStackInstancesPaginator(
      Consumer<ListStackInstancesRequest.Builder> request) {
    return listStackInstancesPaginator(build(request, ListStackInstancesRequest.builder(),
        ListStackInstancesRequest.Builder::build));
  }

  /**
   * One stack set in full ({@code DescribeStackSet}).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException no such stack set
   * @throws IllegalArgumentException                               the request breaks a documented constraint
   */
  default DescribeStackSetResponse describeStackSet(DescribeStackSetRequest request) {
    throw new UnsupportedOperationException("describeStackSet");
  }

  /** {@link #describeStackSet(DescribeStackSetRequest)} with a request built in place. */
  default DescribeStackSetResponse describeStackSet(Consumer<DescribeStackSetRequest.Builder> request) {
    return describeStackSet(build(request, DescribeStackSetRequest.builder(), DescribeStackSetRequest.Builder::build));
  }

  /**
   * One stack instance in full: the stack set's instance in one account and Region, with its parameter overrides
   * ({@code DescribeStackInstance}).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException       no such stack set
   * @throws dev.stacksets.cfn.exception.StackInstanceNotFoundException no such instance in that account and Region
   * @throws IllegalArgumentException                                     the request breaks a documented constraint
   */
  default DescribeStackInstanceResponse describeStackInstance(DescribeStackInstanceRequest request) {
    throw new UnsupportedOperationException("describeStackInstance");
  }

  /** {@link #describeStackInstance(DescribeStackInstanceRequest)} with a request built in place. */
  default DescribeStackInstanceResponse describeStackInstance(Consumer<DescribeStackInstanceRequest.Builder> request) {
    return describeStackInstance(build(request, DescribeStackInstanceRequest.builder(),
        DescribeStackInstanceRequest.Builder::build));
  }

  /**
   * Creates a stack set ({@code CreateStackSet}). The request's {@code clientRequestToken} is the idempotency key:
   * when it is null the client sets a fresh UUID before sending, so a retry cannot create a second stack set.
   *
   * @return the new stack set's id
   * @throws dev.stacksets.core.exception.NameAlreadyExistsException        a stack set of that name exists
   * @throws dev.stacksets.cfn.exception.CreatedButModifiedException       created, but changed while being created
   * @throws dev.stacksets.cfn.exception.LimitExceededException            a quota would be exceeded
   * @throws IllegalArgumentException the request breaks a documented constraint or either/or rule; nothing is sent
   */
  default CreateStackSetResponse createStackSet(CreateStackSetRequest request) {
    throw new UnsupportedOperationException("createStackSet");
  }

  /** {@link #createStackSet(CreateStackSetRequest)} with a request built in place. */
  default CreateStackSetResponse createStackSet(Consumer<CreateStackSetRequest.Builder> request) {
    return createStackSet(build(request, CreateStackSetRequest.builder(), CreateStackSetRequest.Builder::build));
  }

  /**
   * Updates a stack set and, as the request says, its instances ({@code UpdateStackSet}); starts an operation.
   *
   * <p>The request's {@code operationId} is the idempotency key: when it is null the client sets a fresh UUID before
   * sending, so retries carry the same id; when a retry is answered with {@code OperationIdAlreadyExistsException}
   * (the first attempt went through), the reply with that id is returned. The id names the operation started, which
   * {@code operations().waitUntilComplete(stackSetName, operationId, maxWait)} waits for. Waits its turn as the
   * client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()} says (see the two-argument form).
   *
   * @return the id of the operation started
   * @throws dev.stacksets.core.exception.StackSetNotFoundException          no such stack set
   * @throws dev.stacksets.cfn.exception.StackInstanceNotFoundException     a named instance does not exist
   * @throws dev.stacksets.core.exception.OperationInProgressException       another operation runs on the stack
   *     set (and the call does not wait its turn, or its bound ran out: {@code WaitForTurnTimeoutException})
   * @throws dev.stacksets.cfn.exception.OperationIdAlreadyExistsException   a caller-given id names another request
   * @throws dev.stacksets.cfn.exception.StaleRequestException               the request is older than the stack
   *     set's last change
   * @throws dev.stacksets.cfn.exception.InvalidOperationException           not possible in the stack set's state
   * @throws IllegalArgumentException the request breaks a documented constraint or either/or rule; nothing is sent
   */
  default UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request) {
    throw new UnsupportedOperationException("updateStackSet");
  }

  /**
   * As {@link #updateStackSet(UpdateStackSetRequest)}, with a per-call policy for waiting its turn
   * instead of the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()}: when another operation runs
   * on the stack set ({@link dev.stacksets.core.exception.OperationInProgressException}), wait for it through
   * {@link #operations()} and send the same request (same {@code OperationId}) again, within
   * {@link WaitForTurn#maxWait()}.
   *
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException the stack set was still busy when the bound ran
   *     out; nothing was started
   */
  default UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("updateStackSet");
  }

  /** {@link #updateStackSet(UpdateStackSetRequest)} with a request built in place. */
  default UpdateStackSetResponse updateStackSet(Consumer<UpdateStackSetRequest.Builder> request) {
    return updateStackSet(build(request, UpdateStackSetRequest.builder(), UpdateStackSetRequest.Builder::build));
  }

  /**
   * Deletes an empty stack set ({@code DeleteStackSet}). Deleting again has no further effect, so it is retried
   * like a read. Waits its turn as the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()} says
   * (see the two-argument form).
   *
   * @throws dev.stacksets.core.exception.StackSetNotEmptyException     the stack set still has stack instances
   * @throws dev.stacksets.core.exception.OperationInProgressException  another operation runs on the stack set
   * @throws IllegalArgumentException                                   the request breaks a documented constraint
   */
  default DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request) {
    throw new UnsupportedOperationException("deleteStackSet");
  }

  /**
   * As {@link #deleteStackSet(DeleteStackSetRequest)}, with a per-call policy for waiting its turn
   * instead of the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()}: when another operation runs
   * on the stack set ({@link dev.stacksets.core.exception.OperationInProgressException}), wait for it through
   * {@link #operations()} and send the same request again, within
   * {@link WaitForTurn#maxWait()}.
   *
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException the stack set was still busy when the bound ran
   *     out; nothing was started
   */
  default DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("deleteStackSet");
  }

  /** {@link #deleteStackSet(DeleteStackSetRequest)} with a request built in place. */
  default DeleteStackSetResponse deleteStackSet(Consumer<DeleteStackSetRequest.Builder> request) {
    return deleteStackSet(build(request, DeleteStackSetRequest.builder(), DeleteStackSetRequest.Builder::build));
  }

  /**
   * Creates stack instances in the given accounts (or deployment targets) and Regions
   * ({@code CreateStackInstances}); starts an operation.
   *
   * <p>The request's {@code operationId} is the idempotency key: when it is null the client sets a fresh UUID before
   * sending, so retries carry the same id; when a retry is answered with {@code OperationIdAlreadyExistsException}
   * (the first attempt went through), the reply with that id is returned. The id names the operation started, which
   * {@code operations().waitUntilComplete(stackSetName, operationId, maxWait)} waits for. Waits its turn as the
   * client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()} says (see the two-argument form).
   *
   * <pre>{@code
   * String operationId = cfn.createStackInstances(r -> r.stackSetName("my-set")
   *     .accounts("111122223333").regions("eu-west-1", "us-east-1")).operationId();
   * cfn.operations().waitUntilComplete("my-set", operationId, Duration.ofMinutes(30));
   * }</pre>
   *
   * @return the id of the operation started
   * @throws dev.stacksets.core.exception.StackSetNotFoundException          no such stack set
   * @throws dev.stacksets.core.exception.OperationInProgressException       another operation runs on the stack
   *     set (and the call does not wait its turn, or its bound ran out: {@code WaitForTurnTimeoutException})
   * @throws dev.stacksets.cfn.exception.OperationIdAlreadyExistsException   a caller-given id names another request
   * @throws dev.stacksets.cfn.exception.StaleRequestException               the request is older than the stack
   *     set's last change
   * @throws dev.stacksets.cfn.exception.InvalidOperationException           not possible in the stack set's state
   * @throws dev.stacksets.cfn.exception.LimitExceededException              a quota would be exceeded
   * @throws IllegalArgumentException the request breaks a documented constraint or either/or rule; nothing is sent
   */
  default CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request) {
    throw new UnsupportedOperationException("createStackInstances");
  }

  /**
   * As {@link #createStackInstances(CreateStackInstancesRequest)}, with a per-call policy for waiting its turn
   * instead of the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()}: when another operation runs
   * on the stack set ({@link dev.stacksets.core.exception.OperationInProgressException}), wait for it through
   * {@link #operations()} and send the same request (same {@code OperationId}) again, within
   * {@link WaitForTurn#maxWait()}.
   *
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException the stack set was still busy when the bound ran
   *     out; nothing was started
   */
  default CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("createStackInstances");
  }

  /** {@link #createStackInstances(CreateStackInstancesRequest)} with a request built in place. */
  default CreateStackInstancesResponse createStackInstances(Consumer<CreateStackInstancesRequest.Builder> request) {
    return createStackInstances(build(request, CreateStackInstancesRequest.builder(),
        CreateStackInstancesRequest.Builder::build));
  }

  /**
   * Updates the parameter overrides of stack instances ({@code UpdateStackInstances}); starts an operation.
   *
   * <p>The request's {@code operationId} is the idempotency key: when it is null the client sets a fresh UUID before
   * sending, so retries carry the same id; when a retry is answered with {@code OperationIdAlreadyExistsException}
   * (the first attempt went through), the reply with that id is returned. The id names the operation started, which
   * {@code operations().waitUntilComplete(stackSetName, operationId, maxWait)} waits for. Waits its turn as the
   * client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()} says (see the two-argument form).
   *
   * @return the id of the operation started
   * @throws dev.stacksets.core.exception.StackSetNotFoundException          no such stack set
   * @throws dev.stacksets.cfn.exception.StackInstanceNotFoundException     a named instance does not exist
   * @throws dev.stacksets.core.exception.OperationInProgressException       another operation runs on the stack
   *     set (and the call does not wait its turn, or its bound ran out: {@code WaitForTurnTimeoutException})
   * @throws dev.stacksets.cfn.exception.OperationIdAlreadyExistsException   a caller-given id names another request
   * @throws dev.stacksets.cfn.exception.StaleRequestException               the request is older than the stack
   *     set's last change
   * @throws dev.stacksets.cfn.exception.InvalidOperationException           not possible in the stack set's state
   * @throws IllegalArgumentException the request breaks a documented constraint or either/or rule; nothing is sent
   */
  default UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request) {
    throw new UnsupportedOperationException("updateStackInstances");
  }

  /**
   * As {@link #updateStackInstances(UpdateStackInstancesRequest)}, with a per-call policy for waiting its turn
   * instead of the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()}: when another operation runs
   * on the stack set ({@link dev.stacksets.core.exception.OperationInProgressException}), wait for it through
   * {@link #operations()} and send the same request (same {@code OperationId}) again, within
   * {@link WaitForTurn#maxWait()}.
   *
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException the stack set was still busy when the bound ran
   *     out; nothing was started
   */
  default UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("updateStackInstances");
  }

  /** {@link #updateStackInstances(UpdateStackInstancesRequest)} with a request built in place. */
  default UpdateStackInstancesResponse updateStackInstances(Consumer<UpdateStackInstancesRequest.Builder> request) {
    return updateStackInstances(build(request, UpdateStackInstancesRequest.builder(),
        UpdateStackInstancesRequest.Builder::build));
  }

  /**
   * Deletes stack instances, or only removes them from the stack set ({@code retainStacks(true)})
   * ({@code DeleteStackInstances}); starts an operation.
   *
   * <p>The request's {@code operationId} is the idempotency key: when it is null the client sets a fresh UUID before
   * sending, so retries carry the same id; when a retry is answered with {@code OperationIdAlreadyExistsException}
   * (the first attempt went through), the reply with that id is returned. The id names the operation started, which
   * {@code operations().waitUntilComplete(stackSetName, operationId, maxWait)} waits for. Waits its turn as the
   * client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()} says (see the two-argument form).
   *
   * @return the id of the operation started
   * @throws dev.stacksets.core.exception.StackSetNotFoundException          no such stack set
   * @throws dev.stacksets.core.exception.OperationInProgressException       another operation runs on the stack
   *     set (and the call does not wait its turn, or its bound ran out: {@code WaitForTurnTimeoutException})
   * @throws dev.stacksets.cfn.exception.OperationIdAlreadyExistsException   a caller-given id names another request
   * @throws dev.stacksets.cfn.exception.StaleRequestException               the request is older than the stack
   *     set's last change
   * @throws dev.stacksets.cfn.exception.InvalidOperationException           not possible in the stack set's state
   * @throws IllegalArgumentException the request breaks a documented constraint or either/or rule; nothing is sent
   */
  default DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request) {
    throw new UnsupportedOperationException("deleteStackInstances");
  }

  /**
   * As {@link #deleteStackInstances(DeleteStackInstancesRequest)}, with a per-call policy for waiting its turn
   * instead of the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()}: when another operation runs
   * on the stack set ({@link dev.stacksets.core.exception.OperationInProgressException}), wait for it through
   * {@link #operations()} and send the same request (same {@code OperationId}) again, within
   * {@link WaitForTurn#maxWait()}.
   *
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException the stack set was still busy when the bound ran
   *     out; nothing was started
   */
  default DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("deleteStackInstances");
  }

  /** {@link #deleteStackInstances(DeleteStackInstancesRequest)} with a request built in place. */
  default DeleteStackInstancesResponse deleteStackInstances(Consumer<DeleteStackInstancesRequest.Builder> request) {
    return deleteStackInstances(build(request, DeleteStackInstancesRequest.builder(),
        DeleteStackInstancesRequest.Builder::build));
  }

  /**
   * Stops a running stack-set operation ({@code StopStackSetOperation}); it ends as {@code STOPPED}. Stopping again
   * has no further effect, so it is retried like a read.
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException   no such stack set
   * @throws dev.stacksets.core.exception.OperationNotFoundException  no such operation
   * @throws dev.stacksets.cfn.exception.InvalidOperationException   the operation cannot be stopped now
   * @throws IllegalArgumentException                                 the request breaks a documented constraint
   */
  default StopStackSetOperationResponse stopStackSetOperation(StopStackSetOperationRequest request) {
    throw new UnsupportedOperationException("stopStackSetOperation");
  }

  /** {@link #stopStackSetOperation(StopStackSetOperationRequest)} with a request built in place. */
  default StopStackSetOperationResponse stopStackSetOperation(Consumer<StopStackSetOperationRequest.Builder> request) {
    return stopStackSetOperation(build(request, StopStackSetOperationRequest.builder(),
        StopStackSetOperationRequest.Builder::build));
  }

  /**
   * Starts drift detection on a stack set's instances ({@code DetectStackSetDrift}); starts an operation.
   *
   * <p>The request's {@code operationId} is the idempotency key: when it is null the client sets a fresh UUID before
   * sending, so retries carry the same id; when a retry is answered with {@code OperationIdAlreadyExistsException}
   * (the first attempt went through), the reply with that id is returned. The id names the operation started, which
   * {@code operations().waitUntilComplete(stackSetName, operationId, maxWait)} waits for. Waits its turn as the
   * client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()} says (see the two-argument form).
   *
   * @return the id of the operation started
   * @throws dev.stacksets.core.exception.StackSetNotFoundException          no such stack set
   * @throws dev.stacksets.core.exception.OperationInProgressException       another operation runs on the stack set
   * @throws dev.stacksets.cfn.exception.InvalidOperationException           not possible in the stack set's state
   * @throws IllegalArgumentException the request breaks a documented constraint; nothing is sent
   */
  default DetectStackSetDriftResponse detectStackSetDrift(DetectStackSetDriftRequest request) {
    throw new UnsupportedOperationException("detectStackSetDrift");
  }

  /**
   * As {@link #detectStackSetDrift(DetectStackSetDriftRequest)}, with a per-call policy for waiting its turn
   * instead of the client's {@link dev.stacksets.core.ClientConfiguration#waitForTurn()}: when another operation runs
   * on the stack set ({@link dev.stacksets.core.exception.OperationInProgressException}), wait for it through
   * {@link #operations()} and send the same request (same {@code OperationId}) again, within
   * {@link WaitForTurn#maxWait()}.
   *
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException the stack set was still busy when the bound ran
   *     out; nothing was started
   */
  default DetectStackSetDriftResponse detectStackSetDrift(DetectStackSetDriftRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("detectStackSetDrift");
  }

  /** {@link #detectStackSetDrift(DetectStackSetDriftRequest)} with a request built in place. */
  default DetectStackSetDriftResponse detectStackSetDrift(Consumer<DetectStackSetDriftRequest.Builder> request) {
    return detectStackSetDrift(build(request, DetectStackSetDriftRequest.builder(),
        DetectStackSetDriftRequest.Builder::build));
  }

  /**
   * One page of the organizational units a service-managed stack set deploys to automatically, with their Regions
   * ({@code ListStackSetAutoDeploymentTargets}).
   *
   * @throws dev.stacksets.core.exception.StackSetNotFoundException no such stack set
   * @throws IllegalArgumentException                               the request breaks a documented constraint
   */
  default ListStackSetAutoDeploymentTargetsResponse listStackSetAutoDeploymentTargets(
      ListStackSetAutoDeploymentTargetsRequest request) {
    throw new UnsupportedOperationException("listStackSetAutoDeploymentTargets");
  }

  /** {@link #listStackSetAutoDeploymentTargets(ListStackSetAutoDeploymentTargetsRequest)}, request built in place. */
  default ListStackSetAutoDeploymentTargetsResponse listStackSetAutoDeploymentTargets(
      Consumer<ListStackSetAutoDeploymentTargetsRequest.Builder> request) {
    return listStackSetAutoDeploymentTargets(build(request, ListStackSetAutoDeploymentTargetsRequest.builder(),
        ListStackSetAutoDeploymentTargetsRequest.Builder::build));
  }

  /**
   * Every automatic deployment target of a stack set, lazily; see {@link #listStackSetOperationResultsPaginator}.
   */
  default Paginator<StackSetAutoDeploymentTargetSummary> listStackSetAutoDeploymentTargetsPaginator(
      ListStackSetAutoDeploymentTargetsRequest request) {
    return CfnOperations.listStackSetAutoDeploymentTargets().paginator(request,
        this::listStackSetAutoDeploymentTargets);
  }

  /** {@link #listStackSetAutoDeploymentTargetsPaginator(ListStackSetAutoDeploymentTargetsRequest)}, in place. */
  default Paginator<StackSetAutoDeploymentTargetSummary> listStackSetAutoDeploymentTargetsPaginator(
      Consumer<ListStackSetAutoDeploymentTargetsRequest.Builder> request) {
    return listStackSetAutoDeploymentTargetsPaginator(build(request,
        ListStackSetAutoDeploymentTargetsRequest.builder(), ListStackSetAutoDeploymentTargetsRequest.Builder::build));
  }

  /**
   * This client's stack-set operations in the provider-neutral vocabulary ({@code Provider.CLOUDFORMATION}), shared
   * with RFS: list them, inspect one, see its per-target results and wait for it to finish.
   *
   * <ul>
   *   <li>{@code listOperations(stackSet)}: ListStackSetOperations, lazily, page by page, in the service's order.
   *       The API reference promises no order; the service and its documented examples list the most recent
   *       operation first, which the neutral view (and {@code StackSetOperationView.merge}) expects. The stack-set
   *       name is the one asked for; regions come from {@code OperationPreferences.RegionOrder} when present.</li>
   *   <li>{@code getOperation(stackSet, id)}: DescribeStackSetOperation, with {@code StackSetId} and as targets
   *       {@code DeploymentTargets.Accounts}, {@code DeploymentTargets.OrganizationalUnitIds} and the regions of
   *       {@code OperationPreferences.RegionOrder}. {@code endedAt} is {@code EndTimestamp}; CloudFormation reports
   *       no update time.</li>
   *   <li>{@code listTargetResults(stackSet, id)}: ListStackSetOperationResults, lazily (account, region,
   *       organizational unit, status with the native string, reason = {@code StatusReason}).</li>
   *   <li>{@code waitUntilComplete(...)}: polls DescribeStackSetOperation on this client's clock and sleeper.</li>
   * </ul>
   *
   * <p>Every call is one of this client's own operations, with its validation (a missing or malformed name or id
   * throws {@link IllegalArgumentException} naming it, and nothing is sent), retries and exceptions. The real client
   * returns the same view every time; a test double gets a new view over its own methods.
   *
   * <pre>{@code
   * StackSetOperationView ops = cfn.operations();
   * for (StackSetOperation op : ops.listOperations("my-set")) {
   *   System.out.println(op.createdAt() + " " + op.action() + " " + op.status());
   * }
   * StackSetOperation done = ops.waitUntilComplete("my-set", operationId, Duration.ofMinutes(30));
   * }</pre>
   */
  default StackSetOperationView operations() {
    return new CfnOperationView(this);
  }

  /** Releases the connection pool and threads if the client created its own OkHttp client. */
  @Override
  default void close() {}

  /**
   * This client's asynchronous face: every operation returning a {@code CompletableFuture}, every listing an
   * {@code AsyncPaginator}, over the same configuration and connection pool (no second client to build or close).
   * See {@link CloudFormationAsyncClient}.
   */
  default CloudFormationAsyncClient async() {
    throw new UnsupportedOperationException("async");
  }

  private static <B, R> R build(Consumer<B> consumer, B builder, Function<B, R> build) {
    return InPlace.build(consumer, builder, build, "request consumer is required");
  }

  /**
   * Builds a {@link CloudFormationClient}; see {@link SdkClientBuilder} for the shared options.
   *
   * <p>Region: {@link #region(String)}, else the {@code AWS_REGION} environment variable. With only an
   * {@link #endpoint(java.net.URI)} (e.g. the emulator) requests are signed for {@code us-east-1}. {@link #build()}
   * throws {@link IllegalStateException} when there is neither a region nor an endpoint.
   *
   * <p>Mutable and not thread-safe.
   *
   * <pre>{@code
   * CloudFormationClient cfn = CloudFormationClient.builder()
   *     .region("eu-west-1")
   *     .credentialsProvider(() -> Credentials.of(accessKeyId, secretAccessKey))
   *     .build();
   * }</pre>
   */
  final class Builder extends SdkClientBuilder<Builder, CloudFormationClient> {
    private SystemSettings settings = SystemSettings.real();

    Builder() {}

    /**
     * For tests: where environment variables ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL}...) are read from; then
     * nothing else of the machine is read (no system property, no shared file, no instance metadata).
     */
    Builder environment(Function<String, String> environment) {
      this.settings = SystemSettings.isolated(environment);
      return this;
    }

    /** For tests: the environment variables, system properties and home directory the settings are read from. */
    Builder settings(SystemSettings settings) {
      this.settings = settings;
      return this;
    }

    @Override
    public CloudFormationClient build() {
      return new DefaultCloudFormationClient(AwsProfiles.configuration(AwsService.CLOUDFORMATION,
          region -> AwsEndpoints.forService("cloudformation", region), settings, endpoint() != null,
          this::resolveConfiguration));
    }
  }
}
