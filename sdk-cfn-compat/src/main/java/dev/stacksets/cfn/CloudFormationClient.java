package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.CfnOperationView;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.DefaultCloudFormationClient;
import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.SdkClientBuilder;
import dev.stacksets.core.auth.DefaultCredentialsProviders;
import dev.stacksets.core.internal.config.AwsService;
import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Paginator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client for the AWS CloudFormation stack-set read APIs (AWS Query protocol: a form-encoded {@code POST /}, XML
 * replies, SigV4 with the signing name {@code cloudformation}).
 *
 * <p>Build one with {@link #builder()} and share it: clients are immutable and thread-safe. Every operation takes
 * a request object or a {@code Consumer} of its builder. Requests are validated before anything is sent: a missing
 * or malformed member throws {@link IllegalArgumentException} naming it. Service errors surface as
 * {@link dev.stacksets.core.exception.ServiceException} subtypes (see {@link dev.stacksets.cfn.exception}); no usable
 * reply as {@link dev.stacksets.core.exception.ClientSideException}. Throttling, 5xx and I/O failures are retried
 * by the core pipeline.
 *
 * <p>It is an interface so tests can fake it: every operation is a {@code default} method (the single-page ones
 * throw {@link UnsupportedOperationException} naming the operation), so a fake implements only what it needs and an
 * operation added to a later version does not break it; the paginators, {@code Consumer} overloads and
 * {@link #operations()} are built on the single-page operations.
 *
 * <pre>{@code
 * try (CloudFormationClient cfn = CloudFormationClient.builder().region("us-east-1").build()) {
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
    return CfnOperations.LIST_STACK_SET_OPERATION_RESULTS.paginator(request, this::listStackSetOperationResults);
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
    return CfnOperations.LIST_STACK_SET_OPERATIONS.paginator(request, this::listStackSetOperations);
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
    return CfnOperations.LIST_STACK_SETS.paginator(request, this::listStackSets);
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
    return CfnOperations.LIST_STACK_INSTANCES.paginator(request, this::listStackInstances);
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
