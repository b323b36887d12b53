package dev.stacksets.rfs;

import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.rfs.internal.RfsOperations;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The asynchronous face of an {@link RfsClient}: every RFS operation, reads and writes, returning a
 * {@link CompletableFuture}, and every listing as an {@link AsyncPaginator} (a
 * {@link java.util.concurrent.Flow.Publisher} with back-pressure). Get it from {@link RfsClient#async()}: it shares
 * that client's configuration, connection pool and retry policy, so sync and async calls mix freely and closing the
 * client closes both.
 *
 * <p>No thread is held per call: requests go out on OkHttp's {@code enqueue}; retries and backoff wait as timers on
 * one scheduler shared by all clients (two daemon threads); waiting for an operation
 * ({@code operations().waitUntilCompleteAsync}, {@code operations().watch}) or for a turn on a busy stack set polls
 * the same way. {@code future.cancel(true)} cancels the HTTP call in flight and any pending retry or wait. Failures
 * complete the future with the same typed exceptions the synchronous call throws. Writes carry one
 * {@code Client-Request-Id} across retries and wait-their-turn resends, as the synchronous ones do. Completions run on
 * OkHttp's or the scheduler's threads: do not block in them.
 *
 * <p>An interface whose operations are {@code default} methods (failing with {@link UnsupportedOperationException}),
 * so a test double implements only what it needs; the paginators page over its single-page methods.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * RfsAsyncClient rfs = rfsClient.async();
 * rfs.createStackInstances(r -> r.stackSetName("my_stack_set")
 *         .deploymentTargets(DeploymentTargets.builder().regions("cn-north-4").domainIds(domainId).build()))
 *     .thenCompose(started -> rfs.operations().waitUntilCompleteAsync("my_stack_set", started.operationId(),
 *         Duration.ofMinutes(30)))
 *     .thenAccept(done -> System.out.println(done.status()));
 * rfs.listStackInstancesPaginator(r -> r.stackSetName("my_stack_set")).forEach(System.out::println);
 * }</pre>
 */
public interface RfsAsyncClient {

  /**
   * ListStackSets, asynchronously: see {@link RfsClient#listStackSets(ListStackSetsRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackSetsResponse> listStackSets(ListStackSetsRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackSets"));
  }

  /** ListStackSets, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackSetsResponse> listStackSets(Consumer<ListStackSetsRequest.Builder> request) {
    return Futures.start(() -> listStackSets(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build)));
  }

  /**
   * ListStackSets over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackSets(ListStackSetsRequest)}; see
   * {@link RfsClient#listStackSetsPaginator(ListStackSetsRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackSet> listStackSetsPaginator(ListStackSetsRequest request) {
    return RfsOperations.listStackSets().asyncPaginator(request, this::listStackSets);
  }

  /** {@link #listStackSetsPaginator(ListStackSetsRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackSet> listStackSetsPaginator(Consumer<ListStackSetsRequest.Builder> request) {
    return listStackSetsPaginator(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build));
  }

  /**
   * ShowStackSetMetadata, asynchronously: see {@link RfsClient#showStackSetMetadata(ShowStackSetMetadataRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ShowStackSetMetadataResponse> showStackSetMetadata(ShowStackSetMetadataRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("showStackSetMetadata"));
  }

  /** ShowStackSetMetadata, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ShowStackSetMetadataResponse> showStackSetMetadata(Consumer<ShowStackSetMetadataRequest.Builder> request) {
    return Futures.start(() -> showStackSetMetadata(build(request, ShowStackSetMetadataRequest.builder(), ShowStackSetMetadataRequest.Builder::build)));
  }

  /**
   * ListStackSetOperations, asynchronously: see {@link RfsClient#listStackSetOperations(ListStackSetOperationsRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(ListStackSetOperationsRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackSetOperations"));
  }

  /** ListStackSetOperations, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(Consumer<ListStackSetOperationsRequest.Builder> request) {
    return Futures.start(() -> listStackSetOperations(build(request, ListStackSetOperationsRequest.builder(), ListStackSetOperationsRequest.Builder::build)));
  }

  /**
   * ListStackSetOperations over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackSetOperations(ListStackSetOperationsRequest)}; see
   * {@link RfsClient#listStackSetOperationsPaginator(ListStackSetOperationsRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackSetOperation> listStackSetOperationsPaginator(ListStackSetOperationsRequest request) {
    return RfsOperations.listStackSetOperations().asyncPaginator(request, this::listStackSetOperations);
  }

  /** {@link #listStackSetOperationsPaginator(ListStackSetOperationsRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackSetOperation> listStackSetOperationsPaginator(Consumer<ListStackSetOperationsRequest.Builder> request) {
    return listStackSetOperationsPaginator(build(request, ListStackSetOperationsRequest.builder(), ListStackSetOperationsRequest.Builder::build));
  }

  /**
   * ShowStackSetOperationMetadata, asynchronously: see {@link RfsClient#showStackSetOperationMetadata(ShowStackSetOperationMetadataRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ShowStackSetOperationMetadataResponse> showStackSetOperationMetadata(ShowStackSetOperationMetadataRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("showStackSetOperationMetadata"));
  }

  /** ShowStackSetOperationMetadata, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ShowStackSetOperationMetadataResponse> showStackSetOperationMetadata(Consumer<ShowStackSetOperationMetadataRequest.Builder> request) {
    return Futures.start(() -> showStackSetOperationMetadata(build(request, ShowStackSetOperationMetadataRequest.builder(), ShowStackSetOperationMetadataRequest.Builder::build)));
  }

  /**
   * ListStackInstances, asynchronously: see {@link RfsClient#listStackInstances(ListStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackInstancesResponse> listStackInstances(ListStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackInstances"));
  }

  /** ListStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackInstancesResponse> listStackInstances(Consumer<ListStackInstancesRequest.Builder> request) {
    return Futures.start(() -> listStackInstances(build(request, ListStackInstancesRequest.builder(), ListStackInstancesRequest.Builder::build)));
  }

  /**
   * ListStackInstances over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackInstances(ListStackInstancesRequest)}; see
   * {@link RfsClient#listStackInstancesPaginator(ListStackInstancesRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackInstance> listStackInstancesPaginator(ListStackInstancesRequest request) {
    return RfsOperations.listStackInstances().asyncPaginator(request, this::listStackInstances);
  }

  /** {@link #listStackInstancesPaginator(ListStackInstancesRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackInstance> listStackInstancesPaginator(Consumer<ListStackInstancesRequest.Builder> request) {
    return listStackInstancesPaginator(build(request, ListStackInstancesRequest.builder(), ListStackInstancesRequest.Builder::build));
  }

  /**
   * ShowStackInstance, asynchronously: see {@link RfsClient#showStackInstance(ShowStackInstanceRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ShowStackInstanceResponse> showStackInstance(ShowStackInstanceRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("showStackInstance"));
  }

  /** ShowStackInstance, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ShowStackInstanceResponse> showStackInstance(Consumer<ShowStackInstanceRequest.Builder> request) {
    return Futures.start(() -> showStackInstance(build(request, ShowStackInstanceRequest.builder(), ShowStackInstanceRequest.Builder::build)));
  }

  /**
   * ShowStackSetTemplate, asynchronously: see {@link RfsClient#showStackSetTemplate(ShowStackSetTemplateRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ShowStackSetTemplateResponse> showStackSetTemplate(ShowStackSetTemplateRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("showStackSetTemplate"));
  }

  /** ShowStackSetTemplate, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ShowStackSetTemplateResponse> showStackSetTemplate(Consumer<ShowStackSetTemplateRequest.Builder> request) {
    return Futures.start(() -> showStackSetTemplate(build(request, ShowStackSetTemplateRequest.builder(), ShowStackSetTemplateRequest.Builder::build)));
  }

  /**
   * CreateStackSet, asynchronously: see {@link RfsClient#createStackSet(CreateStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackSet"));
  }

  /** CreateStackSet, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackSet"));
  }

  /** CreateStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<CreateStackSetResponse> createStackSet(Consumer<CreateStackSetRequest.Builder> request) {
    return Futures.start(() -> createStackSet(build(request, CreateStackSetRequest.builder(), CreateStackSetRequest.Builder::build)));
  }

  /**
   * UpdateStackSet, asynchronously: see {@link RfsClient#updateStackSet(UpdateStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackSet"));
  }

  /** UpdateStackSet, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackSet"));
  }

  /** UpdateStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<UpdateStackSetResponse> updateStackSet(Consumer<UpdateStackSetRequest.Builder> request) {
    return Futures.start(() -> updateStackSet(build(request, UpdateStackSetRequest.builder(), UpdateStackSetRequest.Builder::build)));
  }

  /**
   * DeleteStackSet, asynchronously: see {@link RfsClient#deleteStackSet(DeleteStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackSet"));
  }

  /** DeleteStackSet, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackSet"));
  }

  /** DeleteStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DeleteStackSetResponse> deleteStackSet(Consumer<DeleteStackSetRequest.Builder> request) {
    return Futures.start(() -> deleteStackSet(build(request, DeleteStackSetRequest.builder(), DeleteStackSetRequest.Builder::build)));
  }

  /**
   * DeployStackSet, asynchronously: see {@link RfsClient#deployStackSet(DeployStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DeployStackSetResponse> deployStackSet(DeployStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deployStackSet"));
  }

  /** DeployStackSet, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<DeployStackSetResponse> deployStackSet(DeployStackSetRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deployStackSet"));
  }

  /** DeployStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DeployStackSetResponse> deployStackSet(Consumer<DeployStackSetRequest.Builder> request) {
    return Futures.start(() -> deployStackSet(build(request, DeployStackSetRequest.builder(), DeployStackSetRequest.Builder::build)));
  }

  /**
   * CreateStackInstances, asynchronously: see {@link RfsClient#createStackInstances(CreateStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackInstances"));
  }

  /** CreateStackInstances, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackInstances"));
  }

  /** CreateStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<CreateStackInstancesResponse> createStackInstances(Consumer<CreateStackInstancesRequest.Builder> request) {
    return Futures.start(() -> createStackInstances(build(request, CreateStackInstancesRequest.builder(), CreateStackInstancesRequest.Builder::build)));
  }

  /**
   * UpdateStackInstances, asynchronously: see {@link RfsClient#updateStackInstances(UpdateStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackInstances"));
  }

  /** UpdateStackInstances, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackInstances"));
  }

  /** UpdateStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(Consumer<UpdateStackInstancesRequest.Builder> request) {
    return Futures.start(() -> updateStackInstances(build(request, UpdateStackInstancesRequest.builder(), UpdateStackInstancesRequest.Builder::build)));
  }

  /**
   * DeleteStackInstances, asynchronously: see {@link RfsClient#deleteStackInstances(DeleteStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackInstances"));
  }

  /** DeleteStackInstances, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackInstances"));
  }

  /** DeleteStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(Consumer<DeleteStackInstancesRequest.Builder> request) {
    return Futures.start(() -> deleteStackInstances(build(request, DeleteStackInstancesRequest.builder(), DeleteStackInstancesRequest.Builder::build)));
  }

  /**
   * The same provider-neutral view as {@link RfsClient#operations()}; its {@code getOperationAsync},
   * {@code listOperationsAsync}, {@code listTargetResultsAsync}, {@code waitUntilCompleteAsync} and {@code watch}
   * hold no thread.
   */
  default StackSetOperationView operations() {
    throw new UnsupportedOperationException("operations");
  }

  private static <B, R> R build(Consumer<B> consumer, B builder, Function<B, R> build) {
    return InPlace.build(consumer, builder, build, "request is required");
  }
}
