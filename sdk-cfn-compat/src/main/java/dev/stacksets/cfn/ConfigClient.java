package dev.stacksets.cfn;

import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.cfn.ConformancePackStatuses;
import dev.stacksets.cfn.DefaultConfigClient;
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
 * A client for AWS Config's organization conformance-pack status API (AWS JSON 1.1: {@code POST /} with
 * {@code X-Amz-Target: StarlingDoveService.<Operation>}, SigV4 with the signing name {@code config}).
 *
 * <p>Build one with {@link #builder()} and share it: clients are immutable and thread-safe. Requests are validated
 * before anything is sent ({@link IllegalArgumentException} naming the member). Service errors surface as
 * {@link dev.stacksets.core.exception.ServiceException} subtypes, e.g.
 * {@link dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException}; throttling, 5xx and I/O failures
 * are retried by the core pipeline. It is an interface so tests can fake it: every operation is a {@code default}
 * method (the single-page one throws {@link UnsupportedOperationException} naming the operation), so a fake
 * implements only what it needs and a later operation does not break it; the paginators and the {@code Consumer}
 * overloads are built on the single-page operation.
 *
 * <pre>{@code
 * try (ConfigClient config = ConfigClient.builder().region("us-east-1").build()) {
 *   config.getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName("my-pack"))
 *       .stream()
 *       .filter(s -> s.status() == OrganizationResourceDetailedStatus.CREATE_FAILED)
 *       .forEach(s -> System.out.println(s.accountId() + ": " + s.errorMessage()));
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
    return ConfigOperations.GET_ORGANIZATION_CONFORMANCE_PACK_DETAILED_STATUS.paginator(request,
        this::getOrganizationConformancePackDetailedStatus);
  }

  /** The paginator with a request built in place. */
  default Paginator<OrganizationConformancePackDetailedStatus> getOrganizationConformancePackDetailedStatusPaginator(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> request) {
    return getOrganizationConformancePackDetailedStatusPaginator(build(request));
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
