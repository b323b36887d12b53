package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.InPlace;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.AsyncPaginator;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The asynchronous face of a {@link CloudFormationClient}: every StackSets operation, reads and writes, returning a
 * {@link CompletableFuture}, and every listing as an {@link AsyncPaginator} (a
 * {@link java.util.concurrent.Flow.Publisher} with back-pressure). Get it from {@link CloudFormationClient#async()}:
 * it shares that client's configuration, connection pool and retry policy, so sync and async calls mix freely and
 * closing the client closes both.
 *
 * <p>No thread is held per call: requests go out on OkHttp's {@code enqueue}; retries and backoff wait as timers on
 * one scheduler shared by all clients (two daemon threads); waiting for an operation
 * ({@code operations().waitUntilCompleteAsync}, {@code operations().watch}) or for a turn on a busy stack set polls
 * the same way. {@code future.cancel(true)} cancels the HTTP call in flight and any pending retry or wait. Failures
 * complete the future with the same typed exceptions the synchronous call throws. Writes carry one
 * {@code OperationId} / {@code ClientRequestToken} across retries and wait-their-turn resends, and an
 * {@code OperationIdAlreadyExistsException} answering our own retry is that operation, as in the synchronous calls.
 * Completions run on OkHttp's or the scheduler's threads: do not block in them.
 *
 * <p>An interface whose operations are {@code default} methods (failing with {@link UnsupportedOperationException}),
 * so a test double implements only what it needs; the paginators page over its single-page methods.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * CloudFormationAsyncClient cfn = cloudFormation.async();
 * cfn.createStackInstances(r -> r.stackSetName("my-set").accounts("111111111111").regions("us-east-1"))
 *     .thenCompose(started -> cfn.operations().waitUntilCompleteAsync("my-set", started.operationId(),
 *         Duration.ofMinutes(30)))
 *     .thenAccept(done -> System.out.println(done.status()));
 * }</pre>
 */
public interface CloudFormationAsyncClient {

  /**
   * ListStackSetOperationResults, asynchronously: see {@link CloudFormationClient#listStackSetOperationResults(ListStackSetOperationResultsRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackSetOperationResultsResponse> listStackSetOperationResults(
      ListStackSetOperationResultsRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackSetOperationResults"));
  }

  /** ListStackSetOperationResults, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackSetOperationResultsResponse> listStackSetOperationResults(
      Consumer<ListStackSetOperationResultsRequest.Builder> request) {
    return Futures.start(() -> listStackSetOperationResults(build(request, ListStackSetOperationResultsRequest.builder(), ListStackSetOperationResultsRequest.Builder::build)));
  }

  /**
   * ListStackSetOperationResults over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackSetOperationResults(ListStackSetOperationResultsRequest)}; see
   * {@link CloudFormationClient#listStackSetOperationResultsPaginator(ListStackSetOperationResultsRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackSetOperationResultSummary> listStackSetOperationResultsPaginator(
      ListStackSetOperationResultsRequest request) {
    return CfnOperations.listStackSetOperationResults().asyncPaginator(request, this::listStackSetOperationResults);
  }

  /** {@link #listStackSetOperationResultsPaginator(ListStackSetOperationResultsRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackSetOperationResultSummary> listStackSetOperationResultsPaginator(
      Consumer<ListStackSetOperationResultsRequest.Builder> request) {
    return listStackSetOperationResultsPaginator(build(request, ListStackSetOperationResultsRequest.builder(), ListStackSetOperationResultsRequest.Builder::build));
  }

  /**
   * ListStackSetOperations, asynchronously: see {@link CloudFormationClient#listStackSetOperations(ListStackSetOperationsRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(
      ListStackSetOperationsRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackSetOperations"));
  }

  /** ListStackSetOperations, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(
      Consumer<ListStackSetOperationsRequest.Builder> request) {
    return Futures.start(() -> listStackSetOperations(build(request, ListStackSetOperationsRequest.builder(), ListStackSetOperationsRequest.Builder::build)));
  }

  /**
   * ListStackSetOperations over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackSetOperations(ListStackSetOperationsRequest)}; see
   * {@link CloudFormationClient#listStackSetOperationsPaginator(ListStackSetOperationsRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackSetOperationSummary> listStackSetOperationsPaginator(
      ListStackSetOperationsRequest request) {
    return CfnOperations.listStackSetOperations().asyncPaginator(request, this::listStackSetOperations);
  }

  /** {@link #listStackSetOperationsPaginator(ListStackSetOperationsRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackSetOperationSummary> listStackSetOperationsPaginator(
      Consumer<ListStackSetOperationsRequest.Builder> request) {
    return listStackSetOperationsPaginator(build(request, ListStackSetOperationsRequest.builder(), ListStackSetOperationsRequest.Builder::build));
  }

  /**
   * DescribeStackSetOperation, asynchronously: see {@link CloudFormationClient#describeStackSetOperation(DescribeStackSetOperationRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DescribeStackSetOperationResponse> describeStackSetOperation(
      DescribeStackSetOperationRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("describeStackSetOperation"));
  }

  /** DescribeStackSetOperation, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DescribeStackSetOperationResponse> describeStackSetOperation(
      Consumer<DescribeStackSetOperationRequest.Builder> request) {
    return Futures.start(() -> describeStackSetOperation(build(request, DescribeStackSetOperationRequest.builder(), DescribeStackSetOperationRequest.Builder::build)));
  }

  /**
   * ListStackSets, asynchronously: see {@link CloudFormationClient#listStackSets(ListStackSetsRequest)}. The future fails with the same exceptions the
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
   * {@link CloudFormationClient#listStackSetsPaginator(ListStackSetsRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackSetSummary> listStackSetsPaginator(ListStackSetsRequest request) {
    return CfnOperations.listStackSets().asyncPaginator(request, this::listStackSets);
  }

  /** {@link #listStackSetsPaginator(ListStackSetsRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackSetSummary> listStackSetsPaginator(Consumer<ListStackSetsRequest.Builder> request) {
    return listStackSetsPaginator(build(request, ListStackSetsRequest.builder(), ListStackSetsRequest.Builder::build));
  }

  /**
   * ListStackInstances, asynchronously: see {@link CloudFormationClient#listStackInstances(ListStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackInstancesResponse> listStackInstances(ListStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackInstances"));
  }

  /** ListStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackInstancesResponse> listStackInstances(
      Consumer<ListStackInstancesRequest.Builder> request) {
    return Futures.start(() -> listStackInstances(build(request, ListStackInstancesRequest.builder(), ListStackInstancesRequest.Builder::build)));
  }

  /**
   * ListStackInstances over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackInstances(ListStackInstancesRequest)}; see
   * {@link CloudFormationClient#listStackInstancesPaginator(ListStackInstancesRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackInstanceSummary> listStackInstancesPaginator(ListStackInstancesRequest request) {
    return CfnOperations.listStackInstances().asyncPaginator(request, this::listStackInstances);
  }

  /** {@link #listStackInstancesPaginator(ListStackInstancesRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackInstanceSummary> listStackInstancesPaginator(
      Consumer<ListStackInstancesRequest.Builder> request) {
    return listStackInstancesPaginator(build(request, ListStackInstancesRequest.builder(), ListStackInstancesRequest.Builder::build));
  }

  /**
   * DescribeStackSet, asynchronously: see {@link CloudFormationClient#describeStackSet(DescribeStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DescribeStackSetResponse> describeStackSet(DescribeStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("describeStackSet"));
  }

  /** DescribeStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DescribeStackSetResponse> describeStackSet(
      Consumer<DescribeStackSetRequest.Builder> request) {
    return Futures.start(() -> describeStackSet(build(request, DescribeStackSetRequest.builder(), DescribeStackSetRequest.Builder::build)));
  }

  /**
   * DescribeStackInstance, asynchronously: see {@link CloudFormationClient#describeStackInstance(DescribeStackInstanceRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DescribeStackInstanceResponse> describeStackInstance(DescribeStackInstanceRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("describeStackInstance"));
  }

  /** DescribeStackInstance, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DescribeStackInstanceResponse> describeStackInstance(
      Consumer<DescribeStackInstanceRequest.Builder> request) {
    return Futures.start(() -> describeStackInstance(build(request, DescribeStackInstanceRequest.builder(), DescribeStackInstanceRequest.Builder::build)));
  }

  /**
   * ListStackSetAutoDeploymentTargets, asynchronously: see {@link CloudFormationClient#listStackSetAutoDeploymentTargets(ListStackSetAutoDeploymentTargetsRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<ListStackSetAutoDeploymentTargetsResponse> listStackSetAutoDeploymentTargets(
      ListStackSetAutoDeploymentTargetsRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("listStackSetAutoDeploymentTargets"));
  }

  /** ListStackSetAutoDeploymentTargets, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<ListStackSetAutoDeploymentTargetsResponse> listStackSetAutoDeploymentTargets(
      Consumer<ListStackSetAutoDeploymentTargetsRequest.Builder> request) {
    return Futures.start(() -> listStackSetAutoDeploymentTargets(build(request, ListStackSetAutoDeploymentTargetsRequest.builder(), ListStackSetAutoDeploymentTargetsRequest.Builder::build)));
  }

  /**
   * ListStackSetAutoDeploymentTargets over every page as a {@link java.util.concurrent.Flow.Publisher} with back-pressure (a page is fetched
   * only when the subscriber asks for more items than were fetched), paging over {@link #listStackSetAutoDeploymentTargets(ListStackSetAutoDeploymentTargetsRequest)}; see
   * {@link CloudFormationClient#listStackSetAutoDeploymentTargetsPaginator(ListStackSetAutoDeploymentTargetsRequest)} for how pages and parameters are handled.
   *
   * @throws IllegalArgumentException at once, when {@code request} is missing or malformed
   */
  default AsyncPaginator<StackSetAutoDeploymentTargetSummary> listStackSetAutoDeploymentTargetsPaginator(
      ListStackSetAutoDeploymentTargetsRequest request) {
    return CfnOperations.listStackSetAutoDeploymentTargets().asyncPaginator(request, this::listStackSetAutoDeploymentTargets);
  }

  /** {@link #listStackSetAutoDeploymentTargetsPaginator(ListStackSetAutoDeploymentTargetsRequest)} with the request built by the consumer. */
  default AsyncPaginator<StackSetAutoDeploymentTargetSummary> listStackSetAutoDeploymentTargetsPaginator(
      Consumer<ListStackSetAutoDeploymentTargetsRequest.Builder> request) {
    return listStackSetAutoDeploymentTargetsPaginator(build(request, ListStackSetAutoDeploymentTargetsRequest.builder(), ListStackSetAutoDeploymentTargetsRequest.Builder::build));
  }

  /**
   * CreateStackSet, asynchronously: see {@link CloudFormationClient#createStackSet(CreateStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackSet"));
  }

  /** CreateStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<CreateStackSetResponse> createStackSet(Consumer<CreateStackSetRequest.Builder> request) {
    return Futures.start(() -> createStackSet(build(request, CreateStackSetRequest.builder(), CreateStackSetRequest.Builder::build)));
  }

  /**
   * UpdateStackSet, asynchronously: see {@link CloudFormationClient#updateStackSet(UpdateStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackSet"));
  }

  /** UpdateStackSet, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<UpdateStackSetResponse> updateStackSet(
      UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackSet"));
  }

  /** UpdateStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<UpdateStackSetResponse> updateStackSet(Consumer<UpdateStackSetRequest.Builder> request) {
    return Futures.start(() -> updateStackSet(build(request, UpdateStackSetRequest.builder(), UpdateStackSetRequest.Builder::build)));
  }

  /**
   * DeleteStackSet, asynchronously: see {@link CloudFormationClient#deleteStackSet(DeleteStackSetRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackSet"));
  }

  /** DeleteStackSet, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<DeleteStackSetResponse> deleteStackSet(
      DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackSet"));
  }

  /** DeleteStackSet, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DeleteStackSetResponse> deleteStackSet(Consumer<DeleteStackSetRequest.Builder> request) {
    return Futures.start(() -> deleteStackSet(build(request, DeleteStackSetRequest.builder(), DeleteStackSetRequest.Builder::build)));
  }

  /**
   * CreateStackInstances, asynchronously: see {@link CloudFormationClient#createStackInstances(CreateStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackInstances"));
  }

  /** CreateStackInstances, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<CreateStackInstancesResponse> createStackInstances(
      CreateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("createStackInstances"));
  }

  /** CreateStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<CreateStackInstancesResponse> createStackInstances(
      Consumer<CreateStackInstancesRequest.Builder> request) {
    return Futures.start(() -> createStackInstances(build(request, CreateStackInstancesRequest.builder(), CreateStackInstancesRequest.Builder::build)));
  }

  /**
   * UpdateStackInstances, asynchronously: see {@link CloudFormationClient#updateStackInstances(UpdateStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackInstances"));
  }

  /** UpdateStackInstances, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(
      UpdateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("updateStackInstances"));
  }

  /** UpdateStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(
      Consumer<UpdateStackInstancesRequest.Builder> request) {
    return Futures.start(() -> updateStackInstances(build(request, UpdateStackInstancesRequest.builder(), UpdateStackInstancesRequest.Builder::build)));
  }

  /**
   * DeleteStackInstances, asynchronously: see {@link CloudFormationClient#deleteStackInstances(DeleteStackInstancesRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackInstances"));
  }

  /** DeleteStackInstances, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(
      DeleteStackInstancesRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("deleteStackInstances"));
  }

  /** DeleteStackInstances, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(
      Consumer<DeleteStackInstancesRequest.Builder> request) {
    return Futures.start(() -> deleteStackInstances(build(request, DeleteStackInstancesRequest.builder(), DeleteStackInstancesRequest.Builder::build)));
  }

  /**
   * StopStackSetOperation, asynchronously: see {@link CloudFormationClient#stopStackSetOperation(StopStackSetOperationRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<StopStackSetOperationResponse> stopStackSetOperation(StopStackSetOperationRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("stopStackSetOperation"));
  }

  /** StopStackSetOperation, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<StopStackSetOperationResponse> stopStackSetOperation(
      Consumer<StopStackSetOperationRequest.Builder> request) {
    return Futures.start(() -> stopStackSetOperation(build(request, StopStackSetOperationRequest.builder(), StopStackSetOperationRequest.Builder::build)));
  }

  /**
   * DetectStackSetDrift, asynchronously: see {@link CloudFormationClient#detectStackSetDrift(DetectStackSetDriftRequest)}. The future fails with the same exceptions the
   * synchronous call throws (an invalid request: {@link IllegalArgumentException}, and nothing is sent).
   */
  default CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(DetectStackSetDriftRequest request) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("detectStackSetDrift"));
  }

  /** DetectStackSetDrift, asynchronously, waiting its turn as {@code waitForTurn} allows (instead of the client's setting). */
  default CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(
      DetectStackSetDriftRequest request, WaitForTurn waitForTurn) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException("detectStackSetDrift"));
  }

  /** DetectStackSetDrift, asynchronously, with the request built by {@code request}. */
  default CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(
      Consumer<DetectStackSetDriftRequest.Builder> request) {
    return Futures.start(() -> detectStackSetDrift(build(request, DetectStackSetDriftRequest.builder(), DetectStackSetDriftRequest.Builder::build)));
  }

  /**
   * The same provider-neutral view as {@link CloudFormationClient#operations()}; its {@code getOperationAsync},
   * {@code listOperationsAsync}, {@code listTargetResultsAsync}, {@code waitUntilCompleteAsync} and {@code watch}
   * hold no thread.
   */
  default StackSetOperationView operations() {
    throw new UnsupportedOperationException("operations");
  }

  private static <B, R> R build(Consumer<B> consumer, B builder, Function<B, R> build) {
    return InPlace.build(consumer, builder, build, "request consumer is required");
  }
}
