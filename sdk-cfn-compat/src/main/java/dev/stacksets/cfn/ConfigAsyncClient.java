package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.paginate.AsyncPaginator;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The asynchronous face of a {@link ConfigClient}: the conformance-pack operations, reads and writes, returning a
 * {@link CompletableFuture}, and every listing as an {@link AsyncPaginator} (a
 * {@link java.util.concurrent.Flow.Publisher} with back-pressure). Get it from {@link ConfigClient#async()}: it
 * shares that client's configuration, connection pool and retry policy; closing the client closes both.
 *
 * <p>No thread is held per call (OkHttp's {@code enqueue}; backoff as timers on one shared scheduler);
 * {@code future.cancel(true)} cancels the HTTP call in flight and any pending retry. Failures complete the future with
 * the same typed exceptions the synchronous call throws. Completions run on OkHttp's or the scheduler's threads: do
 * not block in them. An interface whose operations are {@code default} methods (failing with
 * {@link UnsupportedOperationException}), so a test double implements only what it needs.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * configClient.async().describeOrganizationConformancePackStatusesPaginator(r -> r.limit(100))
 *     .forEach(s -> System.out.println(s.organizationConformancePackName() + " " + s.status()));
 * }</pre>
 */
public interface ConfigAsyncClient {

  /**
   * GetOrganizationConformancePackDetailedStatus, asynchronously: see {@link ConfigClient#getOrganizationConformancePackDetailedStatus(GetOrganizationConformancePackDetailedStatusRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<GetOrganizationConformancePackDetailedStatusResponse> getOrganizationConformancePackDetailedStatus(
      GetOrganizationConformancePackDetailedStatusRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("getOrganizationConformancePackDetailedStatus"));
  }

  /** GetOrganizationConformancePackDetailedStatus, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<GetOrganizationConformancePackDetailedStatusResponse> getOrganizationConformancePackDetailedStatus(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> request) {
    return Futures.start(() -> getOrganizationConformancePackDetailedStatus(build(request, GetOrganizationConformancePackDetailedStatusRequest.builder(), GetOrganizationConformancePackDetailedStatusRequest.Builder::build)));
  }

  /**
   * GetOrganizationConformancePackDetailedStatus over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #getOrganizationConformancePackDetailedStatus(GetOrganizationConformancePackDetailedStatusRequest)}; see
   * {@link ConfigClient#getOrganizationConformancePackDetailedStatusPaginator(GetOrganizationConformancePackDetailedStatusRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<OrganizationConformancePackDetailedStatus> getOrganizationConformancePackDetailedStatusPaginator(
      GetOrganizationConformancePackDetailedStatusRequest request) {
    return ConfigOperations.getOrganizationConformancePackDetailedStatus().asyncPaginator(request, this::getOrganizationConformancePackDetailedStatus);
  }

  /** {@link #getOrganizationConformancePackDetailedStatusPaginator(GetOrganizationConformancePackDetailedStatusRequest)} with the request built by the consumer. */
  default AsyncPaginator<OrganizationConformancePackDetailedStatus> getOrganizationConformancePackDetailedStatusPaginator(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> request) {
    return getOrganizationConformancePackDetailedStatusPaginator(build(request, GetOrganizationConformancePackDetailedStatusRequest.builder(), GetOrganizationConformancePackDetailedStatusRequest.Builder::build));
  }

  /**
   * PutOrganizationConformancePack, asynchronously: see {@link ConfigClient#putOrganizationConformancePack(PutOrganizationConformancePackRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<PutOrganizationConformancePackResponse> putOrganizationConformancePack(
      PutOrganizationConformancePackRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("putOrganizationConformancePack"));
  }

  /** PutOrganizationConformancePack, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<PutOrganizationConformancePackResponse> putOrganizationConformancePack(
      Consumer<PutOrganizationConformancePackRequest.Builder> request) {
    return Futures.start(() -> putOrganizationConformancePack(build(request, PutOrganizationConformancePackRequest.builder(), PutOrganizationConformancePackRequest.Builder::build)));
  }

  /**
   * DeleteOrganizationConformancePack, asynchronously: see {@link ConfigClient#deleteOrganizationConformancePack(DeleteOrganizationConformancePackRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DeleteOrganizationConformancePackResponse> deleteOrganizationConformancePack(
      DeleteOrganizationConformancePackRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteOrganizationConformancePack"));
  }

  /** DeleteOrganizationConformancePack, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DeleteOrganizationConformancePackResponse> deleteOrganizationConformancePack(
      Consumer<DeleteOrganizationConformancePackRequest.Builder> request) {
    return Futures.start(() -> deleteOrganizationConformancePack(build(request, DeleteOrganizationConformancePackRequest.builder(), DeleteOrganizationConformancePackRequest.Builder::build)));
  }

  /**
   * DescribeOrganizationConformancePacks, asynchronously: see {@link ConfigClient#describeOrganizationConformancePacks(DescribeOrganizationConformancePacksRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DescribeOrganizationConformancePacksResponse> describeOrganizationConformancePacks(
      DescribeOrganizationConformancePacksRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("describeOrganizationConformancePacks"));
  }

  /** DescribeOrganizationConformancePacks, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DescribeOrganizationConformancePacksResponse> describeOrganizationConformancePacks(
      Consumer<DescribeOrganizationConformancePacksRequest.Builder> request) {
    return Futures.start(() -> describeOrganizationConformancePacks(build(request, DescribeOrganizationConformancePacksRequest.builder(), DescribeOrganizationConformancePacksRequest.Builder::build)));
  }

  /**
   * DescribeOrganizationConformancePacks over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #describeOrganizationConformancePacks(DescribeOrganizationConformancePacksRequest)}; see
   * {@link ConfigClient#describeOrganizationConformancePacksPaginator(DescribeOrganizationConformancePacksRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<OrganizationConformancePack> describeOrganizationConformancePacksPaginator(
      DescribeOrganizationConformancePacksRequest request) {
    return ConfigOperations.describeOrganizationConformancePacks().asyncPaginator(request, this::describeOrganizationConformancePacks);
  }

  /** {@link #describeOrganizationConformancePacksPaginator(DescribeOrganizationConformancePacksRequest)} with the request built by the consumer. */
  default AsyncPaginator<OrganizationConformancePack> describeOrganizationConformancePacksPaginator(
      Consumer<DescribeOrganizationConformancePacksRequest.Builder> request) {
    return describeOrganizationConformancePacksPaginator(build(request, DescribeOrganizationConformancePacksRequest.builder(), DescribeOrganizationConformancePacksRequest.Builder::build));
  }

  /**
   * DescribeOrganizationConformancePackStatuses, asynchronously: see {@link ConfigClient#describeOrganizationConformancePackStatuses(DescribeOrganizationConformancePackStatusesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DescribeOrganizationConformancePackStatusesResponse> describeOrganizationConformancePackStatuses(
      DescribeOrganizationConformancePackStatusesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("describeOrganizationConformancePackStatuses"));
  }

  /** DescribeOrganizationConformancePackStatuses, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DescribeOrganizationConformancePackStatusesResponse> describeOrganizationConformancePackStatuses(
      Consumer<DescribeOrganizationConformancePackStatusesRequest.Builder> request) {
    return Futures.start(() -> describeOrganizationConformancePackStatuses(build(request, DescribeOrganizationConformancePackStatusesRequest.builder(), DescribeOrganizationConformancePackStatusesRequest.Builder::build)));
  }

  /**
   * DescribeOrganizationConformancePackStatuses over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #describeOrganizationConformancePackStatuses(DescribeOrganizationConformancePackStatusesRequest)}; see
   * {@link ConfigClient#describeOrganizationConformancePackStatusesPaginator(DescribeOrganizationConformancePackStatusesRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<OrganizationConformancePackStatus> describeOrganizationConformancePackStatusesPaginator(
      DescribeOrganizationConformancePackStatusesRequest request) {
    return ConfigOperations.describeOrganizationConformancePackStatuses().asyncPaginator(request, this::describeOrganizationConformancePackStatuses);
  }

  /** {@link #describeOrganizationConformancePackStatusesPaginator(DescribeOrganizationConformancePackStatusesRequest)} with the request built by the consumer. */
  default AsyncPaginator<OrganizationConformancePackStatus> describeOrganizationConformancePackStatusesPaginator(
      Consumer<DescribeOrganizationConformancePackStatusesRequest.Builder> request) {
    return describeOrganizationConformancePackStatusesPaginator(build(request, DescribeOrganizationConformancePackStatusesRequest.builder(), DescribeOrganizationConformancePackStatusesRequest.Builder::build));
  }

  private static <B, R> R build(Consumer<B> consumer, B builder, Function<B, R> build) {
    return InPlace.build(consumer, builder, build, "request consumer is required");
  }
}
