package dev.stacksets.rfs;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.SdkClientBuilder;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.auth.DefaultCredentialsProviders;
import dev.stacksets.core.auth.HuaweiProjectIdLookup;
import dev.stacksets.core.auth.HuaweiProjectId;
import dev.stacksets.core.internal.config.ConfiguredEndpoint;
import dev.stacksets.core.internal.config.HuaweiSettings;
import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.rfs.DefaultRfsClient;
import dev.stacksets.rfs.RfsOperationView;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.rfs.internal.RfsValidation;
import dev.stacksets.rfs.model.CreateStackInstancesRequest;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.CreateStackSetRequest;
import dev.stacksets.rfs.model.CreateStackSetResponse;
import dev.stacksets.rfs.model.DeleteStackInstancesRequest;
import dev.stacksets.rfs.model.DeleteStackInstancesResponse;
import dev.stacksets.rfs.model.DeleteStackSetRequest;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.DeployStackSetRequest;
import dev.stacksets.rfs.model.DeployStackSetResponse;
import dev.stacksets.rfs.model.ListStackInstancesRequest;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.ListStackSetsRequest;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import dev.stacksets.rfs.model.ShowStackInstanceRequest;
import dev.stacksets.rfs.model.ShowStackInstanceResponse;
import dev.stacksets.rfs.model.ShowStackSetMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetTemplateRequest;
import dev.stacksets.rfs.model.ShowStackSetTemplateResponse;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.UpdateStackInstancesRequest;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.UpdateStackSetRequest;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Huawei Cloud RFS stack-set client: list and inspect stack sets, their operations and their stack instances;
 * create, update, deploy and delete stack sets and their instances; and wait for the operations the writes start.
 *
 * <p>An interface, like the AWS SDK v2 clients: {@link #builder()} and {@link #create(String)} make the real client;
 * every operation is a {@code default} method, so a test double only implements what it needs (the single-page
 * calls it overrides also power the paginators). Each operation takes a request object or a
 * {@code Consumer<Builder>}.
 *
 * <p>Instances are immutable and thread-safe: build one per region and account and share it. Close it when done
 * ({@link AutoCloseable}); that releases the connection pool and threads the client created (an
 * {@code OkHttpClient} you passed in stays untouched).
 *
 * <p><b>Every call</b> sends {@code Client-Request-Id} (the request's {@code clientRequestId}, or a fresh UUID,
 * the same on each retry), {@code X-Project-Id} when the client has a {@link Builder#projectId(String) project id},
 * and is signed with {@code SDK-HMAC-SHA256} on every attempt. Bad arguments throw {@link IllegalArgumentException}
 * naming the parameter, and nothing is sent. Service errors throw the core exception tree, with status, error code,
 * message, {@code X-Request-Id}, client request id, attempts, encoded authorization message and details: 400
 * {@code BadRequestException}, 401 {@code AuthenticationException}, 403 {@code AccessDeniedException}, 404 (below),
 * 409 {@code ConflictException}, 429 {@code ThrottlingException} and 5xx {@code ServerErrorException}; 429, 500,
 * 502, 503, 504 and I/O failures are retried under the client's {@code RetryPolicy}.
 *
 * <p><b>Which 404.</b> A 404 without an RFS error body (an HTML page, an empty body) or with an {@code APIGW.*} code
 * (the gateway knows no such API, e.g. a wrong endpoint) is a plain {@code NotFoundException}. Otherwise:
 * ShowStackSetMetadata, ShowStackSetTemplate, ListStackSetOperations, ListStackInstances and every write to an
 * existing stack set throw {@code StackSetNotFoundException} (the stack set is the only resource in their path);
 * ShowStackSetOperationMetadata throws {@code OperationNotFoundException} unless the error names the stack set and
 * not the operation, then {@code StackSetNotFoundException}; ShowStackInstance throws
 * {@code StackSetNotFoundException} when the error names the stack set and not an instance, else a plain
 * {@code NotFoundException}; ListStackSets and CreateStackSet a plain {@code NotFoundException}.
 *
 * <p><b>Writes.</b> Each write has three forms: {@code x(request)} (waits its turn as the client's
 * {@link Builder#waitForTurn(WaitForTurn) waitForTurn} says; by default it does not), {@code x(request, waitForTurn)}
 * (per call) and {@code x(builder -> ...)}. The documented either/or rules of the bodies are checked before anything
 * is sent (the request types say which). Errors of the writes, besides the above:
 * <ul>
 *   <li>409: on CreateStackSet {@code NameAlreadyExistsException}; on the other writes
 *       {@code OperationInProgressException} (another request is operating on the stack set).</li>
 *   <li>403: {@link dev.stacksets.rfs.exception.StackSetStateConflictException} (an {@code AccessDeniedException}):
 *       the set's state forbids the write, e.g. DeleteStackSet while instances exist; a 403 that is recognisably a
 *       permission denial ({@code APIGW.*} code, or an {@code encoded_authorization_message}) stays a plain
 *       {@code AccessDeniedException}.</li>
 * </ul>
 *
 * <p><b>Idempotency.</b> A write's {@code Client-Request-Id} is its idempotency key: the client fixes it in the
 * request object before the call (the request's {@code clientRequestId}, or a new UUID), so every retry of the call
 * and every resend after waiting its turn carries the same id, and the service answers a repeat with the first
 * reply. So the writes are retried like reads (I/O failures, a reply lost mid-way, 429, 5xx). A DeleteStackSet whose
 * retry gets 404 after an earlier attempt was sent returns normally: that attempt deleted the set.
 *
 * <p><b>Waiting its turn.</b> With {@link WaitForTurn#upTo(java.time.Duration)}, a write refused because the stack
 * set is busy (409, or a 403 while an operation runs on it) lists the set's operations through {@link #operations()},
 * waits for the running ones, and sends the same request again, within the bound; when it runs out it throws
 * {@code WaitForTurnTimeoutException}. CreateStackSet never waits. A refusal that answers a retry of an
 * operation-starting write (DeployStackSet and the stack-instance writes; {@code attempts() > 1}) is thrown rather
 * than waited out: the running operation may be the one the lost attempt started.
 *
 * <pre>{@code
 * try (RfsClient rfs = RfsClient.builder()
 *     .region("cn-north-4")
 *     .credentialsProvider(CredentialsProvider.of(Credentials.of(ak, sk)))
 *     .projectId(projectId)
 *     .waitForTurn(WaitForTurn.upTo(Duration.ofMinutes(30)))
 *     .build()) {
 *   rfs.createStackSet(r -> r.stackSetName("my_stack_set")
 *       .administrationAgencyName("rfs_admin").managedAgencyName("rfs_managed").templateBody(template));
 *   String operationId = rfs.createStackInstances(r -> r.stackSetName("my_stack_set")
 *       .deploymentTargets(t -> t.regions("cn-north-4").domainIds(memberAccount))).operationId();
 *   rfs.operations().waitUntilComplete("my_stack_set", operationId, Duration.ofMinutes(30));
 *   for (StackInstance i : rfs.listStackInstancesPaginator(r -> r.stackSetName("my_stack_set").limit(100))) {
 *     System.out.println(i.region() + "/" + i.stackDomainId() + " " + i.status());
 *   }
 * }
 * }</pre>
 */
public interface RfsClient extends AutoCloseable {

  /** A builder for the real client. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A client for a region's public endpoint with the default Huawei credentials chain
   * ({@link DefaultCredentialsProviders#huawei()}) and default settings.
   *
   * @throws IllegalArgumentException when the region id is malformed
   */
  static RfsClient create(String region) {
    if (region == null) {
      throw new IllegalArgumentException("region is required");
    }
    return builder().region(region).build();
  }

  /**
   * ListStackSets ({@code GET /v1/stack-sets}): one page of the account's stack sets in the client's region.
   *
   * @throws IllegalArgumentException when {@code request} is null
   */
  default ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    throw new UnsupportedOperationException("listStackSets");
  }

  /** ListStackSets, with the request built by {@code request}. */
  default ListStackSetsResponse listStackSets(Consumer<ListStackSetsRequest.Builder> request) {
    return listStackSets(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build));
  }

  /** ListStackSets without any filter, sort or paging parameter. */
  default ListStackSetsResponse listStackSets() {
    return listStackSets(ListStackSetsRequest.builder().build());
  }

  /**
   * ListStackSets as a lazy, restartable listing over every page ({@code marker} set from
   * {@code page_info.next_marker}); every other parameter of {@code request} is sent with each page. The request
   * is checked when the paginator is created (a missing or malformed path parameter throws
   * {@link IllegalArgumentException} naming it); nothing is sent until iteration starts, and service errors surface
   * while iterating. A {@code clientRequestId} in {@code request} is sent with the first page only (later pages get
   * fresh ids, since the service wants one per request).
   *
   * @throws IllegalArgumentException when {@code request} is null
   */
  default Paginator<StackSet> listStackSetsPaginator(ListStackSetsRequest request) {
    return RfsOperations.listStackSets().paginator(request, this::listStackSets);
  }

  /** {@link #listStackSetsPaginator(ListStackSetsRequest)} with the request built by {@code request}. */
  default Paginator<StackSet> listStackSetsPaginator(Consumer<ListStackSetsRequest.Builder> request) {
    return listStackSetsPaginator(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build));
  }

  /**
   * ShowStackSetMetadata ({@code GET /v1/stack-sets/{stack_set_name}/metadata}): one stack set with its metadata.
   *
   * @throws IllegalArgumentException when {@code request} or its {@code stackSetName} is missing
   */
  default ShowStackSetMetadataResponse showStackSetMetadata(ShowStackSetMetadataRequest request) {
    throw new UnsupportedOperationException("showStackSetMetadata");
  }

  /** ShowStackSetMetadata, with the request built by {@code request}. */
  default ShowStackSetMetadataResponse showStackSetMetadata(Consumer<ShowStackSetMetadataRequest.Builder> request) {
    return showStackSetMetadata(build(request, ShowStackSetMetadataRequest.builder(),
        ShowStackSetMetadataRequest.Builder::build));
  }

  /**
   * ListStackSetOperations ({@code GET /v1/stack-sets/{stack_set_name}/operations}): one page of a stack set's
   * operations.
   *
   * @throws IllegalArgumentException when {@code request} or its {@code stackSetName} is missing
   */
  default ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    throw new UnsupportedOperationException("listStackSetOperations");
  }

  /** ListStackSetOperations, with the request built by {@code request}. */
  default ListStackSetOperationsResponse listStackSetOperations(
      Consumer<ListStackSetOperationsRequest.Builder> request) {
    return listStackSetOperations(build(request, ListStackSetOperationsRequest.builder(),
        ListStackSetOperationsRequest.Builder::build));
  }

  /**
   * ListStackSetOperations over every page, lazily; see {@link #listStackSetsPaginator(ListStackSetsRequest)} for
   * how pages, parameters and client request ids are handled.
   *
   * @throws IllegalArgumentException when {@code request} or its {@code stackSetName} is missing or malformed
   *     (checked now)
   */
  default Paginator<StackSetOperation> listStackSetOperationsPaginator(ListStackSetOperationsRequest request) {
    return RfsOperations.listStackSetOperations().paginator(request, this::listStackSetOperations);
  }

  /** {@link #listStackSetOperationsPaginator(ListStackSetOperationsRequest)} with the request built by the consumer. */
  default Paginator<StackSetOperation> listStackSetOperationsPaginator(
      Consumer<ListStackSetOperationsRequest.Builder> request) {
    return listStackSetOperationsPaginator(build(request, ListStackSetOperationsRequest.builder(),
        ListStackSetOperationsRequest.Builder::build));
  }

  /**
   * ShowStackSetOperationMetadata
   * ({@code GET /v1/stack-sets/{stack_set_name}/operations/{stack_set_operation_id}/metadata}): one operation with
   * its deployment targets and preferences.
   *
   * @throws IllegalArgumentException when {@code request}, its {@code stackSetName} or {@code operationId} is
   *     missing
   */
  default ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(
      ShowStackSetOperationMetadataRequest request) {
    throw new UnsupportedOperationException("showStackSetOperationMetadata");
  }

  /** ShowStackSetOperationMetadata, with the request built by {@code request}. */
  default ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(
      Consumer<ShowStackSetOperationMetadataRequest.Builder> request) {
    return showStackSetOperationMetadata(build(request, ShowStackSetOperationMetadataRequest.builder(),
        ShowStackSetOperationMetadataRequest.Builder::build));
  }

  /**
   * ListStackInstances ({@code GET /v1/stack-sets/{stack_set_name}/stack-instances}): one page of a stack set's
   * instances.
   *
   * @throws IllegalArgumentException when {@code request} or its {@code stackSetName} is missing
   */
  default ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    throw new UnsupportedOperationException("listStackInstances");
  }

  /** ListStackInstances, with the request built by {@code request}. */
  default ListStackInstancesResponse listStackInstances(Consumer<ListStackInstancesRequest.Builder> request) {
    return listStackInstances(build(request, ListStackInstancesRequest.builder(),
        ListStackInstancesRequest.Builder::build));
  }

  /**
   * ListStackInstances over every page, lazily; see {@link #listStackSetsPaginator(ListStackSetsRequest)} for how
   * pages, parameters and client request ids are handled.
   *
   * @throws IllegalArgumentException when {@code request} or its {@code stackSetName} is missing or malformed
   *     (checked now)
   */
  default Paginator<StackInstance> listStackInstancesPaginator(ListStackInstancesRequest request) {
    return RfsOperations.listStackInstances().paginator(request, this::listStackInstances);
  }

  /** {@link #listStackInstancesPaginator(ListStackInstancesRequest)} with the request built by the consumer. */
  default Paginator<StackInstance> listStackInstancesPaginator(Consumer<ListStackInstancesRequest.Builder> request) {
    return listStackInstancesPaginator(build(request, ListStackInstancesRequest.builder(),
        ListStackInstancesRequest.Builder::build));
  }

  /**
   * ShowStackInstance ({@code GET /v1/stack-sets/{stack_set_name}/stack-instances/{stack_instance_addr}}): one
   * instance, addressed by region and member account, with its variable overrides.
   *
   * @throws IllegalArgumentException when {@code request}, its {@code stackSetName}, {@code region} or
   *     {@code stackDomainId} is missing
   */
  default ShowStackInstanceResponse showStackInstance(ShowStackInstanceRequest request) {
    throw new UnsupportedOperationException("showStackInstance");
  }

  /** ShowStackInstance, with the request built by {@code request}. */
  default ShowStackInstanceResponse showStackInstance(Consumer<ShowStackInstanceRequest.Builder> request) {
    return showStackInstance(build(request, ShowStackInstanceRequest.builder(),
        ShowStackInstanceRequest.Builder::build));
  }

  /**
   * CreateStackSet ({@code POST /v1/stack-sets}): creates an empty stack set and returns its id ({@code stack_set_id}).
   * Never waits its turn; a taken name throws {@code NameAlreadyExistsException}.
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link CreateStackSetRequest}); nothing is sent
   */
  default CreateStackSetResponse createStackSet(CreateStackSetRequest request) {
    throw new UnsupportedOperationException("createStackSet");
  }

  /**
   * {@link #createStackSet(CreateStackSetRequest)}, waiting its turn as {@code waitForTurn} says (instead of the
   * client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default CreateStackSetResponse createStackSet(CreateStackSetRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("createStackSet");
  }

  /** CreateStackSet, with the request built by {@code request}. */
  default CreateStackSetResponse createStackSet(Consumer<CreateStackSetRequest.Builder> request) {
    return createStackSet(build(request, CreateStackSetRequest.builder(), CreateStackSetRequest.Builder::build));
  }

  /**
   * UpdateStackSet ({@code PATCH /v1/stack-sets/{stack_set_name}}): overwrites the fields given ({@code 204}).
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link UpdateStackSetRequest}); nothing is sent
   */
  default UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request) {
    throw new UnsupportedOperationException("updateStackSet");
  }

  /**
   * {@link #updateStackSet(UpdateStackSetRequest)}, waiting its turn as {@code waitForTurn} says (instead of the
   * client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("updateStackSet");
  }

  /** UpdateStackSet, with the request built by {@code request}. */
  default UpdateStackSetResponse updateStackSet(Consumer<UpdateStackSetRequest.Builder> request) {
    return updateStackSet(build(request, UpdateStackSetRequest.builder(), UpdateStackSetRequest.Builder::build));
  }

  /**
   * DeleteStackSet ({@code DELETE /v1/stack-sets/{stack_set_name}}): deletes a stack set that has no instances and is
   * IDLE ({@code 204}); otherwise {@link dev.stacksets.rfs.exception.StackSetStateConflictException}. A 404 on a retry
   * of the call, after an earlier attempt was sent, returns normally (that attempt deleted it).
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link DeleteStackSetRequest}); nothing is sent
   */
  default DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request) {
    throw new UnsupportedOperationException("deleteStackSet");
  }

  /**
   * {@link #deleteStackSet(DeleteStackSetRequest)}, waiting its turn as {@code waitForTurn} says (instead of the
   * client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("deleteStackSet");
  }

  /** DeleteStackSet, with the request built by {@code request}. */
  default DeleteStackSetResponse deleteStackSet(Consumer<DeleteStackSetRequest.Builder> request) {
    return deleteStackSet(build(request, DeleteStackSetRequest.builder(), DeleteStackSetRequest.Builder::build));
  }

  /**
   * DeployStackSet ({@code POST /v1/stack-sets/{stack_set_name}/deployments}): deploys the (complete) template and
   * variables to the selected instances; returns the id of the operation it started.
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link DeployStackSetRequest}); nothing is sent
   */
  default DeployStackSetResponse deployStackSet(DeployStackSetRequest request) {
    throw new UnsupportedOperationException("deployStackSet");
  }

  /**
   * {@link #deployStackSet(DeployStackSetRequest)}, waiting its turn as {@code waitForTurn} says (instead of the
   * client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default DeployStackSetResponse deployStackSet(DeployStackSetRequest request, WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("deployStackSet");
  }

  /** DeployStackSet, with the request built by {@code request}. */
  default DeployStackSetResponse deployStackSet(Consumer<DeployStackSetRequest.Builder> request) {
    return deployStackSet(build(request, DeployStackSetRequest.builder(), DeployStackSetRequest.Builder::build));
  }

  /**
   * CreateStackInstances ({@code POST /v1/stack-sets/{stack_set_name}/stack-instances}): creates and deploys stack
   * instances; returns the id of the operation it started.
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link CreateStackInstancesRequest}); nothing is sent
   */
  default CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request) {
    throw new UnsupportedOperationException("createStackInstances");
  }

  /**
   * {@link #createStackInstances(CreateStackInstancesRequest)}, waiting its turn as {@code waitForTurn} says (instead
   * of the client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("createStackInstances");
  }

  /** CreateStackInstances, with the request built by {@code request}. */
  default CreateStackInstancesResponse createStackInstances(Consumer<CreateStackInstancesRequest.Builder> request) {
    return createStackInstances(build(request, CreateStackInstancesRequest.builder(),
        CreateStackInstancesRequest.Builder::build));
  }

  /**
   * UpdateStackInstances ({@code PATCH /v1/stack-sets/{stack_set_name}/stack-instances}): updates instances' variable
   * overrides and deploys them; returns the id of the operation it started.
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link UpdateStackInstancesRequest}); nothing is sent
   */
  default UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request) {
    throw new UnsupportedOperationException("updateStackInstances");
  }

  /**
   * {@link #updateStackInstances(UpdateStackInstancesRequest)}, waiting its turn as {@code waitForTurn} says (instead
   * of the client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("updateStackInstances");
  }

  /** UpdateStackInstances, with the request built by {@code request}. */
  default UpdateStackInstancesResponse updateStackInstances(Consumer<UpdateStackInstancesRequest.Builder> request) {
    return updateStackInstances(build(request, UpdateStackInstancesRequest.builder(),
        UpdateStackInstancesRequest.Builder::build));
  }

  /**
   * DeleteStackInstances ({@code POST /v1/stack-sets/{stack_set_name}/stack-instances/deletion}): deletes stack
   * instances with their stacks; returns the id of the operation it started.
   *
   * @throws IllegalArgumentException when {@code request} is null, or breaks a documented rule (see
   *     {@link DeleteStackInstancesRequest}); nothing is sent
   */
  default DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request) {
    throw new UnsupportedOperationException("deleteStackInstances");
  }

  /**
   * {@link #deleteStackInstances(DeleteStackInstancesRequest)}, waiting its turn as {@code waitForTurn} says (instead
   * of the client's setting).
   *
   * @throws IllegalArgumentException when {@code request} or {@code waitForTurn} is null, or the request breaks a
   *     documented rule; nothing is sent
   * @throws dev.stacksets.core.operation.WaitForTurnTimeoutException when the stack set was still busy when the
   *     bound ran out
   */
  default DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    throw new UnsupportedOperationException("deleteStackInstances");
  }

  /** DeleteStackInstances, with the request built by {@code request}. */
  default DeleteStackInstancesResponse deleteStackInstances(Consumer<DeleteStackInstancesRequest.Builder> request) {
    return deleteStackInstances(build(request, DeleteStackInstancesRequest.builder(),
        DeleteStackInstancesRequest.Builder::build));
  }

  /**
   * ShowStackSetTemplate ({@code GET /v1/stack-sets/{stack_set_name}/templates}): where the stack set's template can
   * be downloaded. The service answers with a temporary redirect to a pre-signed OBS URL (valid about five minutes);
   * the client returns its {@code Location} and does not follow it, also when the {@code OkHttpClient} you passed
   * follows redirects (the client derives one that does not, sharing its pool).
   *
   * @throws IllegalArgumentException when {@code request} or its {@code stackSetName} is missing
   */
  default ShowStackSetTemplateResponse showStackSetTemplate(ShowStackSetTemplateRequest request) {
    throw new UnsupportedOperationException("showStackSetTemplate");
  }

  /** ShowStackSetTemplate, with the request built by {@code request}. */
  default ShowStackSetTemplateResponse showStackSetTemplate(Consumer<ShowStackSetTemplateRequest.Builder> request) {
    return showStackSetTemplate(build(request, ShowStackSetTemplateRequest.builder(),
        ShowStackSetTemplateRequest.Builder::build));
  }

  /**
   * This client's stack-set operations in the provider-neutral vocabulary ({@code Provider.RFS}), shared with
   * CloudFormation: list them newest first, inspect one, see its per-target results and wait for it to finish.
   *
   * <ul>
   *   <li>{@code listOperations(stackSet)}: ListStackSetOperations sorted by {@code create_time} descending, lazily,
   *       page by page.</li>
   *   <li>{@code getOperation(stackSet, id)}: ShowStackSetOperationMetadata; the deployment targets map
   *       {@code domain_ids} to accounts, {@code regions} to regions and {@code organizational_unit_ids} to
   *       organizational units. RFS reports no end time: {@code endedAt} is {@code update_time} once the status is
   *       terminal.</li>
   *   <li>{@code listTargetResults(stackSet, id)}: ListStackInstances, lazily, keeping the instances whose
   *       {@code latest_stack_set_operation_id} is the operation (account = {@code stack_domain_id}, reason =
   *       {@code status_message}, updated at = {@code update_time}). <b>RFS keeps only the latest operation of each
   *       instance</b>: once a later operation touches an instance, that instance no longer shows up among the
   *       results of the earlier one, so the results of an older, superseded operation are partial or empty.</li>
   *   <li>{@code waitUntilComplete(...)}: polls {@code getOperation} on this client's clock and sleeper.</li>
   * </ul>
   *
   * <p>Every call is one of this client's own operations, with its validation (a malformed name or id throws
   * {@link IllegalArgumentException} naming the parameter, and nothing is sent), retries and exceptions. The real
   * client returns the same view every time; a test double gets a new view over its own methods.
   *
   * <pre>{@code
   * StackSetOperationView ops = rfs.operations();
   * StackSetOperation done = ops.waitUntilComplete("my_stack_set", operationId, Duration.ofMinutes(30));
   * if (done.status() == OperationStatus.FAILED) {
   *   ops.listTargetResults("my_stack_set", operationId).stream()
   *       .filter(r -> r.status() == TargetStatus.FAILED)
   *       .forEach(r -> System.err.println(r.account() + "/" + r.region() + ": " + r.reason()));
   * }
   * }</pre>
   */
  default StackSetOperationView operations() {
    return new RfsOperationView(this);
  }

  /**
   * This client's asynchronous face: every operation returning a {@code CompletableFuture}, every listing an
   * {@code AsyncPaginator}, over the same configuration and connection pool (no second client to build or close).
   * See {@link RfsAsyncClient}.
   *
   * <pre>{@code
   * rfs.async().listStackSetsPaginator(r -> r.limit(100)).forEach(s -> System.out.println(s.stackSetName()));
   * }</pre>
   */
  default RfsAsyncClient async() {
    throw new UnsupportedOperationException("async");
  }

  /** The resolved settings: endpoint, region, credentials provider, clock, sleeper, retry policy, timeouts. */
  default ClientConfiguration configuration() {
    throw new UnsupportedOperationException("configuration");
  }

  /** The project id sent as {@code X-Project-Id}, or null when none is sent. */
  default @Nullable String projectId() {
    return null;
  }

  /** Releases the resources the client created; the client must not be used afterwards. */
  @Override
  default void close() {}

  private static <B, R> R build(Consumer<B> consumer, B builder, Function<B, R> build) {
    return InPlace.build(consumer, builder, build, "request is required");
  }

  /**
   * Builds an {@link RfsClient}. Besides the options every client has (endpoint, region, credentials provider,
   * clock, sleeper, retry policy, timeouts, user-agent suffix, OkHttpClient, interceptors; see
   * {@link SdkClientBuilder}), RFS adds {@link #projectId(String)}.
   *
   * <p>Defaults: the region, when none is set, from the {@code HUAWEICLOUD_SDK_REGION} environment variable (or the
   * {@code huaweicloud.sdk.region} system property; names of this SDK, the official SDKs have none); the endpoint,
   * when none is set, from {@code HUAWEICLOUD_SDK_REGION_RFS_<REGION>} (e.g. {@code HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4};
   * the first of a comma-separated list, as the Huawei Cloud SDKs read it), else from
   * {@link RfsEndpoints#forRegion(String)} ({@code https://rfs.{region}.myhuaweicloud.com}, {@code eu-west-101}
   * excepted); credentials from
   * {@link DefaultCredentialsProviders#huawei()}, and with them the configured project id (see
   * {@link #projectId(String)}). {@link #build()} throws {@link IllegalStateException} when neither
   * a region nor an endpoint is set.
   *
   * <p>Mutable and not thread-safe.
   *
   * <pre>{@code
   * RfsClient rfs = RfsClient.builder()
   *     .endpoint(URI.create("http://127.0.0.1:8080"))   // e.g. the emulator
   *     .credentialsProvider(CredentialsProvider.of(Credentials.of("AK", "SK")))
   *     .projectId("0b2c7b1fd9e64f6d8f2c5d3a1e0f9c8b")
   *     .build();
   * }</pre>
   */
  final class Builder extends SdkClientBuilder<Builder, RfsClient> {
    /** The service name in {@code HUAWEICLOUD_SDK_REGION_RFS_<REGION>}. */
    private static final String SERVICE_ENV_NAME = "RFS";
    private String projectId;
    private boolean projectIdLookup = true;
    private SystemSettings settings = SystemSettings.real();

    private Builder() {}

    /**
     * Whether a client built for a region, with no project id set or configured, asks IAM for the region's project
     * id at its first call (see {@link #projectId(String)}); default {@code true}, as the Huawei Cloud SDKs do.
     * {@code false} sends no {@code X-Project-Id} then (the stack-set APIs have no project in their paths).
     */
    public Builder projectIdLookup(boolean projectIdLookup) {
      this.projectIdLookup = projectIdLookup;
      return this;
    }

    /** For tests: the environment variables, system properties and home directory the settings are read from. */
    Builder settings(SystemSettings settings) {
      this.settings = settings;
      return this;
    }

    /**
     * The project id, sent (and signed) as {@code X-Project-Id} on every call, as the official SDK does once it
     * knows the project. When none is set and the client uses the default credentials chain (no
     * {@code credentialsProvider(...)}), the project id configured next to those credentials is used
     * ({@link HuaweiProjectId#resolve()}: system property {@code huaweicloud.sdk.projectId}, environment variable
     * {@code HUAWEICLOUD_SDK_PROJECT_ID}, {@code project_id} in {@code ~/.huaweicloud/credentials}). When there is
     * still none and the client was built for a region (not with {@code endpoint(...)}), the project id is looked up
     * from IAM at the first call, as the official SDK does ({@code GET /v3/projects?name={region}}, signed with the
     * client's credentials, at {@code HUAWEICLOUD_SDK_IAM_ENDPOINT} or the region's IAM; see
     * {@link HuaweiProjectIdLookup}), and kept per access key; no or several projects fail the call with a
     * {@link dev.stacksets.core.auth.CredentialsException} saying so ({@link #projectIdLookup(boolean)} switches
     * this off). With an endpoint and no project id, no such header is sent. Null unsets it.
     *
     * @throws IllegalArgumentException when blank or holding anything but printable ASCII without spaces
     *     ({@code 0x21}-{@code 0x7E}), e.g. a non-breaking space pasted with the id
     */
    public Builder projectId(@Nullable String projectId) {
      this.projectId = RfsValidation.headerValue(projectId, "projectId", "X-Project-Id");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when neither a region nor an endpoint is set, or the project id configured next
     *     to the default credentials is blank or not printable ASCII (message names {@code projectId})
     * @throws dev.stacksets.core.auth.CredentialsException when the default chain is used and the Huawei credentials
     *     file, read for the project id, is malformed
     */
    @Override
    public RfsClient build() {
      boolean[] defaultCredentials = {false};
      ClientConfiguration configuration;
      try {
        configuration = resolveConfiguration(() -> HuaweiSettings.region(settings), this::endpointForRegion, () -> {
          defaultCredentials[0] = true;
          return DefaultCredentialsProviders.huawei();
        });
      } catch (IllegalStateException e) {
        throw new IllegalStateException(e.getMessage() + ": set region(...), the " + HuaweiSettings.REGION_ENV
            + " environment variable (this SDK's own), or endpoint(...)", e);
      }
      String resolvedProjectId = projectId;
      if (resolvedProjectId == null && defaultCredentials[0]) {
        try {
          resolvedProjectId = RfsValidation.headerValue(HuaweiProjectId.resolve().orElse(null), "projectId",
              "X-Project-Id");
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("the configured project id (" + HuaweiProjectId.PROPERTY + ", "
              + HuaweiProjectId.ENV + " or project_id in the Huawei credentials file) is unusable: "
              + e.getMessage(), e);
        }
      }
      // as the Huawei Cloud SDKs do for a region without a project id: ask IAM (at the first call, once per key)
      HuaweiProjectIdLookup projectIds = resolvedProjectId == null && endpoint() == null && projectIdLookup
          ? HuaweiProjectIdLookup.of(HuaweiSettings.iamEndpoint(settings, configuration.region()),
              configuration.clock())
          : null;
      return new DefaultRfsClient(configuration, resolvedProjectId, projectIds);
    }

    /** {@code HUAWEICLOUD_SDK_REGION_RFS_<REGION>} (its first endpoint), else the region's public endpoint. */
    private URI endpointForRegion(String region) {
      ConfiguredEndpoint configured = HuaweiSettings.endpoint(settings, SERVICE_ENV_NAME, region);
      return configured != null ? configured.uri() : RfsEndpoints.forRegion(region);
    }
  }
}
