package dev.stacksets.cfn;

import dev.stacksets.cfn.ConformancePackStatuses;
import dev.stacksets.cfn.DefaultConfigClient;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksResponse;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePack;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.config.model.OrganizationConformancePackStatus;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackResponse;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.SdkClientBuilder;
import dev.stacksets.core.auth.DefaultCredentialsProviders;
import dev.stacksets.core.internal.config.AwsService;
import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.paginate.Paginator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client for AWS Config's organization conformance-pack APIs (AWS JSON 1.1: {@code POST /} with
 * {@code X-Amz-Target: StarlingDoveService.<Operation>}, SigV4 with the signing name {@code config}): a pack's
 * whole life, put (create or replace), follow its deployment (organization-wide and per account), describe, and
 * delete.
 *
 * <p>Build one with {@link #builder()} and share it: clients are immutable and thread-safe. Requests are validated
 * before anything is sent ({@link IllegalArgumentException} naming the member, or both members of an either/or
 * pair). Service errors surface as {@link dev.stacksets.core.exception.ServiceException} subtypes, e.g.
 * {@link dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException} or
 * {@link dev.stacksets.cfn.exception.ResourceInUseException}; throttling, 5xx and I/O failures are retried by the
 * core pipeline, the writes too (putting or deleting a named pack again has no further effect). It is an interface
 * so tests can fake it: every operation is a {@code default} method (the single-call ones throw
 * {@link UnsupportedOperationException} naming the operation), so a fake implements only what it needs and a later
 * operation does not break it; the paginators and the {@code Consumer} overloads are built on the single-page
 * operations.
 *
 * <pre>{@code
 * try (ConfigClient config = ConfigClient.builder().region("us-east-1").build()) {
 *   config.putOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack")
 *       .templateS3Uri("s3://my-bucket/pack.yaml"));
 *   config.getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName("my-pack"))
 *       .stream()
 *       .filter(s -> s.status() == OrganizationResourceDetailedStatus.CREATE_FAILED)
 *       .forEach(s -> System.out.println(s.accountId() + ": " + s.errorMessage()));
 *   config.deleteOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack"));
 * }
 * }</pre>
 */
public interface ConfigClient extends AutoCloseable {

  /**
   * A new builder. The region comes from {@link Builder#region(String)}, else the {@code AWS_REGION} environment
   * variable; the endpoint is {@code https://config.{region}.amazonaws.com} ({@code .amazonaws.com.cn} for
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
   * One page of the per-account statuses of an organization conformance pack
   * ({@code GetOrganizationConformancePackDetailedStatus}).
   *
   * @throws dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException no such conformance pack
   * @throws dev.stacksets.cfn.exception.InvalidNextTokenException                 the next token was rejected
   * @throws dev.stacksets.core.exception.AccessDeniedException                     not the management account or a
   *                                                                                delegated administrator
   * @throws IllegalArgumentException                                               the request breaks a documented
   *                                                                                constraint
   */
  default GetOrganizationConformancePackDetailedStatusResponse getOrganizationConformancePackDetailedStatus(
      GetOrganizationConformancePackDetailedStatusRequest request) {
    throw new UnsupportedOperationException("getOrganizationConformancePackDetailedStatus");
  }

  /** {@link #getOrganizationConformancePackDetailedStatus(GetOrganizationConformancePackDetailedStatusRequest)}. */
  default GetOrganizationConformancePackDetailedStatusResponse getOrganizationConformancePackDetailedStatus(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> request) {
    return getOrganizationConformancePackDetailedStatus(build(request));
  }

  /**
   * Every per-account status of an organization conformance pack, fetched lazily page by page with the request's
   * filters and {@code Limit} on every page. The request is checked now (nothing is sent; a bad member throws
   * {@link IllegalArgumentException} naming it), each page's request again when it is sent; service errors surface
   * while iterating. A {@code nextToken} in the request is where the first iteration starts.
   */
  default Paginator<OrganizationConformancePackDetailedStatus> getOrganizationConformancePackDetailedStatusPaginator(
      GetOrganizationConformancePackDetailedStatusRequest request) {
    return ConfigOperations.getOrganizationConformancePackDetailedStatus().paginator(request,
        this::getOrganizationConformancePackDetailedStatus);
  }

  /** The paginator with a request built in place. */
  default Paginator<OrganizationConformancePackDetailedStatus> getOrganizationConformancePackDetailedStatusPaginator(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> request) {
    return getOrganizationConformancePackDetailedStatusPaginator(build(request));
  }

  /**
   * Creates an organization conformance pack, or replaces it whole, in the organization's member accounts
   * ({@code PutOrganizationConformancePack}). The deployment goes on in the background: follow it with
   * {@link #describeOrganizationConformancePackStatuses(DescribeOrganizationConformancePackStatusesRequest)} or, per
   * account, {@link #conformancePackStatuses(String)}. Putting the same pack again has no further effect, so it is
   * retried like a read.
   *
   * <pre>{@code
   * config.putOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack")
   *     .templateS3Uri("s3://my-bucket/pack.yaml"));
   * }</pre>
   *
   * @return the pack's ARN
   * @throws dev.stacksets.cfn.exception.ResourceInUseException  the pack is being created, updated or deleted
   * @throws dev.stacksets.cfn.exception.OrganizationConformancePackTemplateValidationException the template is not
   *     valid
   * @throws dev.stacksets.cfn.exception.MaxNumberOfOrganizationConformancePacksExceededException the account has
   *     as many packs as allowed
   * @throws dev.stacksets.cfn.exception.InsufficientPermissionsException Config lacks a permission it needs
   * @throws dev.stacksets.cfn.exception.OrganizationAllFeaturesNotEnabledException the organization does not have
   *     all features enabled
   * @throws dev.stacksets.cfn.exception.NoAvailableOrganizationException the organization is no longer available
   * @throws dev.stacksets.core.exception.AccessDeniedException  not the management account or a delegated
   *     administrator
   * @throws IllegalArgumentException the request breaks a documented constraint (both template sources, a bad name,
   *     too many parameters...); nothing is sent
   */
  default PutOrganizationConformancePackResponse putOrganizationConformancePack(
      PutOrganizationConformancePackRequest request) {
    throw new UnsupportedOperationException("putOrganizationConformancePack");
  }

  /** {@link #putOrganizationConformancePack(PutOrganizationConformancePackRequest)}, request built in place. */
  default PutOrganizationConformancePackResponse putOrganizationConformancePack(
      Consumer<PutOrganizationConformancePackRequest.Builder> request) {
    return putOrganizationConformancePack(build(request,
        PutOrganizationConformancePackRequest.builder(), PutOrganizationConformancePackRequest.Builder::build));
  }

  /**
   * Deletes an organization conformance pack from the organization's member accounts
   * ({@code DeleteOrganizationConformancePack}); the deletion goes on in the background ({@code DELETE_IN_PROGRESS}).
   * Deleting again has no further effect, so it is retried like a read; a
   * {@code NoSuchOrganizationConformancePackException} that answers such a retry (an earlier attempt deleted the pack
   * and its reply was lost) returns normally, with that reply's metadata (status 400, attempts above 1).
   *
   * @throws dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException no such pack
   * @throws dev.stacksets.cfn.exception.ResourceInUseException  the pack is being created, updated or deleted
   * @throws dev.stacksets.core.exception.AccessDeniedException  not the management account or a delegated
   *     administrator
   * @throws IllegalArgumentException the name is missing or malformed; nothing is sent
   */
  default DeleteOrganizationConformancePackResponse deleteOrganizationConformancePack(
      DeleteOrganizationConformancePackRequest request) {
    throw new UnsupportedOperationException("deleteOrganizationConformancePack");
  }

  /** {@link #deleteOrganizationConformancePack(DeleteOrganizationConformancePackRequest)}, request built in place. */
  default DeleteOrganizationConformancePackResponse deleteOrganizationConformancePack(
      Consumer<DeleteOrganizationConformancePackRequest.Builder> request) {
    return deleteOrganizationConformancePack(build(request,
        DeleteOrganizationConformancePackRequest.builder(), DeleteOrganizationConformancePackRequest.Builder::build));
  }

  /**
   * One page of the organization conformance packs: the named ones, or all of them
   * ({@code DescribeOrganizationConformancePacks}).
   *
   * @throws dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException a named pack does not exist
   * @throws dev.stacksets.cfn.exception.InvalidNextTokenException                 the next token was rejected
   * @throws dev.stacksets.core.exception.AccessDeniedException  not the management account or a delegated
   *     administrator
   * @throws IllegalArgumentException the request breaks a documented constraint; nothing is sent
   */
  default DescribeOrganizationConformancePacksResponse describeOrganizationConformancePacks(
      DescribeOrganizationConformancePacksRequest request) {
    throw new UnsupportedOperationException("describeOrganizationConformancePacks");
  }

  /**
   * {@link #describeOrganizationConformancePacks(DescribeOrganizationConformancePacksRequest)}, request built in
   * place.
   */
  default DescribeOrganizationConformancePacksResponse describeOrganizationConformancePacks(
      Consumer<DescribeOrganizationConformancePacksRequest.Builder> request) {
    return describeOrganizationConformancePacks(build(request,
        DescribeOrganizationConformancePacksRequest.builder(),
        DescribeOrganizationConformancePacksRequest.Builder::build));
  }

  /**
   * Every item of {@code DescribeOrganizationConformancePacks}, fetched lazily page by page with the request's
   * {@code Limit} on every page. The request is checked now (nothing is sent; a bad member throws
   * {@link IllegalArgumentException} naming it), each page's request again when it is sent; service errors surface
   * while iterating.
   */
  default Paginator<OrganizationConformancePack> describeOrganizationConformancePacksPaginator(
      DescribeOrganizationConformancePacksRequest request) {
    return ConfigOperations.describeOrganizationConformancePacks().paginator(request,
        this::describeOrganizationConformancePacks);
  }

  /** The paginator with a request built in place. */
  default Paginator<OrganizationConformancePack> describeOrganizationConformancePacksPaginator(
      Consumer<DescribeOrganizationConformancePacksRequest.Builder> request) {
    return describeOrganizationConformancePacksPaginator(build(request,
        DescribeOrganizationConformancePacksRequest.builder(),
        DescribeOrganizationConformancePacksRequest.Builder::build));
  }

  /**
   * One page of the deployment statuses of the organization conformance packs: the named ones, or all of them
   * ({@code DescribeOrganizationConformancePackStatuses}).
   *
   * @throws dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException a named pack does not exist
   * @throws dev.stacksets.cfn.exception.InvalidNextTokenException                 the next token was rejected
   * @throws dev.stacksets.core.exception.AccessDeniedException  not the management account or a delegated
   *     administrator
   * @throws IllegalArgumentException the request breaks a documented constraint; nothing is sent
   */
  default DescribeOrganizationConformancePackStatusesResponse describeOrganizationConformancePackStatuses(
      DescribeOrganizationConformancePackStatusesRequest request) {
    throw new UnsupportedOperationException("describeOrganizationConformancePackStatuses");
  }

  /**
   * {@link #describeOrganizationConformancePackStatuses(DescribeOrganizationConformancePackStatusesRequest)},
   * request built in place.
   */
  default DescribeOrganizationConformancePackStatusesResponse describeOrganizationConformancePackStatuses(
      Consumer<DescribeOrganizationConformancePackStatusesRequest.Builder> request) {
    return describeOrganizationConformancePackStatuses(build(request,
        DescribeOrganizationConformancePackStatusesRequest.builder(),
        DescribeOrganizationConformancePackStatusesRequest.Builder::build));
  }

  /**
   * Every item of {@code DescribeOrganizationConformancePackStatuses}, fetched lazily page by page with the request's
   * {@code Limit} on every page. The request is checked now (nothing is sent; a bad member throws
   * {@link IllegalArgumentException} naming it), each page's request again when it is sent; service errors surface
   * while iterating.
   */
  default Paginator<OrganizationConformancePackStatus> describeOrganizationConformancePackStatusesPaginator(
      DescribeOrganizationConformancePackStatusesRequest request) {
    return ConfigOperations.describeOrganizationConformancePackStatuses().paginator(request,
        this::describeOrganizationConformancePackStatuses);
  }

  /** The paginator with a request built in place. */
  default Paginator<OrganizationConformancePackStatus> describeOrganizationConformancePackStatusesPaginator(
      Consumer<DescribeOrganizationConformancePackStatusesRequest.Builder> request) {
    return describeOrganizationConformancePackStatusesPaginator(build(request,
        DescribeOrganizationConformancePackStatusesRequest.builder(),
        DescribeOrganizationConformancePackStatusesRequest.Builder::build));
  }

  /**
   * The per-account statuses of an organization conformance pack in the provider-neutral vocabulary shared with
   * stack-set operations ({@code Provider.CONFIG}), fetched lazily page by page with
   * GetOrganizationConformancePackDetailedStatus. Account = {@code AccountId}; status: {@code *_SUCCESSFUL} is
   * {@code SUCCEEDED}, {@code *_IN_PROGRESS} is {@code RUNNING}, {@code *_FAILED} is {@code FAILED} (for CREATE,
   * UPDATE and DELETE), anything else {@code UNKNOWN}, with the native string kept; reason =
   * {@code ErrorCode: ErrorMessage} (whichever is present); updated at = {@code LastUpdateTime}. Region and
   * organizational unit are null: Config reports per account.
   *
   * <pre>{@code
   * config.conformancePackStatuses("my-pack").stream()
   *     .filter(r -> r.status() == TargetStatus.FAILED)
   *     .forEach(r -> System.err.println(r.account() + " " + r.nativeStatus() + ": " + r.reason()));
   * }</pre>
   *
   * @throws IllegalArgumentException when the name is missing or malformed (checked now; nothing is sent)
   */
  default Paginator<OperationTargetResult> conformancePackStatuses(String packName) {
    return ConformancePackStatuses.of(this, packName);
  }

  /** Releases the connection pool and threads if the client created its own OkHttp client. */
  @Override
  default void close() {}

  /**
   * This client's asynchronous face: every operation returning a {@code CompletableFuture}, every listing an
   * {@code AsyncPaginator}, over the same configuration and connection pool (no second client to build or close).
   * See {@link ConfigAsyncClient}.
   */
  default ConfigAsyncClient async() {
    throw new UnsupportedOperationException("async");
  }

  private static <B, R> R build(Consumer<B> consumer, B builder, Function<B, R> build) {
    return InPlace.build(consumer, builder, build, "request consumer is required");
  }

  private static GetOrganizationConformancePackDetailedStatusRequest build(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> consumer) {
    return InPlace.build(consumer, GetOrganizationConformancePackDetailedStatusRequest.builder(),
        GetOrganizationConformancePackDetailedStatusRequest.Builder::build, "request consumer is required");
  }

  /**
   * Builds a {@link ConfigClient}; see {@link SdkClientBuilder} for the shared options.
   *
   * <p>Region: {@link #region(String)}, else the {@code AWS_REGION} environment variable. With only an
   * {@link #endpoint(java.net.URI)} (e.g. the emulator) requests are signed for {@code us-east-1}. {@link #build()}
   * throws {@link IllegalStateException} when there is neither a region nor an endpoint.
   *
   * <p>Mutable and not thread-safe.
   *
   * <pre>{@code
   * ConfigClient config = ConfigClient.builder().region("eu-west-1").build();
   * }</pre>
   */
  final class Builder extends SdkClientBuilder<Builder, ConfigClient> {
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
    public ConfigClient build() {
      return new DefaultConfigClient(AwsProfiles.configuration(AwsService.CONFIG,
          region -> AwsEndpoints.forService("config", region), settings, endpoint() != null,
          this::resolveConfiguration));
    }
  }
}
