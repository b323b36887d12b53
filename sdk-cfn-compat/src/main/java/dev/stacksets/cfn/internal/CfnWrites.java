package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.exception.OperationIdAlreadyExistsException;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.internal.TurnTaking;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.operation.StackSetOperationView;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the CloudFormation writes of {@link CfnOperations} for one client:
 *
 * <ol>
 *   <li>fixes the idempotency key in the request object before anything is sent (the caller's {@code OperationId} /
 *       {@code ClientRequestToken}, else a fresh UUID), so the pipeline's retries and a resend after waiting carry
 *       the same key;</li>
 *   <li>sends it through the client's pipeline (retried as the operation's retry safety says);</li>
 *   <li>reads an {@code OperationIdAlreadyExistsException} that answers the call's own retry (the key was generated
 *       here, or an attempt of this call before the answering one may have reached the service) as "the first
 *       attempt went through": the response with that operation id. A caller-given id meeting it on the first
 *       attempt is thrown as the typed exception (the id names another request);</li>
 *   <li>for the writes that may meet another running operation, waits its turn through the one core loop
 *       ({@link TurnTaking}) as the {@link WaitForTurn} policy allows: CloudFormation's
 *       {@code OperationInProgressException} is "busy" ({@link #CONFLICT_RULE}).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; one per client.
 */
public final class CfnWrites {
  /** CloudFormation's reading of a refusal: {@code OperationInProgressException} means the stack set is busy. */
  public static final TurnTaking.ConflictRule CONFLICT_RULE =
      e -> e instanceof OperationInProgressException ? TurnTaking.Busy.YES : TurnTaking.Busy.NO;

  private final ClientRuntime runtime;
  private final TurnTaking turns;

  /**
   * @param runtime the client's pipeline
   * @param view    the client's neutral operation view (lists and waits for the running operations)
   */
  public CfnWrites(ClientRuntime runtime, StackSetOperationView view) {
    this.runtime = Require.nonNull(runtime, "runtime");
    ClientConfiguration config = runtime.configuration();
    this.turns = new TurnTaking(Require.nonNull(view, "view"), config.clock(), config.sleeper());
  }

  /**
   * Sends one write, waiting its turn as {@code policy} allows when the operation may meet another running one.
   *
   * @throws IllegalArgumentException the request or the policy is null, or the request breaks a documented
   *     constraint; nothing is sent
   */
  public <I, O> O send(AwsOperation<I, O> operation, I request, WaitForTurn policy) {
    Write<I, O> write = prepare(operation, request, policy);
    if (write.turnTarget == null || !policy.enabled()) {
      return write.get();
    }
    return turns.send(policy, write.turnTarget, write, CONFLICT_RULE);
  }

  /**
   * The asynchronous form of {@link #send}: the same key, replay rule and turn-taking, holding no thread; the future
   * fails with what {@code send} would throw (a bad request included, and then nothing is sent).
   */
  public <I, O> CompletableFuture<O> sendAsync(AwsOperation<I, O> operation, I request, WaitForTurn policy) {
    return Futures.start(() -> {
      Write<I, O> write = prepare(operation, request, policy);
      if (write.turnTarget == null || !policy.enabled()) {
        return write.getAsync();
      }
      return turns.sendAsync(policy, write.turnTarget, write::getAsync, CONFLICT_RULE);
    });
  }

  /** The write with its key fixed in the request object (the caller's, or a new UUID). */
  private <I, O> Write<I, O> prepare(AwsOperation<I, O> operation, I request, WaitForTurn policy) {
    if (request == null) {
      throw new IllegalArgumentException("request is required");
    }
    Require.nonNull(policy, "waitForTurn");
    AwsOperation.IdempotencyKey<I, O> key = operation.idempotencyKey();
    I keyed = request;
    boolean generated = false;
    if (key != null && key.key().apply(request) == null) {
      keyed = key.withKey().apply(request, UUID.randomUUID().toString());
      generated = true;
    }
    Function<I, String> target = operation.turnTarget();
    return new Write<>(runtime, operation, keyed, key, generated, target == null ? null : target.apply(keyed));
  }

  /**
   * One logical write: every send is the same request object. Its sends never overlap (the turn-taking loop runs
   * them one after the other); one per client call.
   */
  private static final class Write<I, O> implements Supplier<O> {
    private final ClientRuntime runtime;
    private final AwsOperation<I, O> operation;
    private final I request;
    private final AwsOperation.IdempotencyKey<I, O> key;
    private final boolean generated;
    final String turnTarget;
    /** Whether an earlier send of this call may have reached the service (it was retried before it failed). */
    private volatile boolean mayHaveLanded;

    Write(ClientRuntime runtime, AwsOperation<I, O> operation, I request, AwsOperation.IdempotencyKey<I, O> key,
        boolean generated, String turnTarget) {
      this.runtime = runtime;
      this.operation = operation;
      this.request = request;
      this.key = key;
      this.generated = generated;
      this.turnTarget = turnTarget;
    }

    @Override
    public O get() {
      try {
        return runtime.execute(operation.descriptor(), request);
      } catch (ServiceException e) {
        return recover(e);
      }
    }

    CompletableFuture<O> getAsync() {
      return Futures.then(runtime.executeAsync(operation.descriptor(), request), (result, error) -> {
        if (error == null) {
          return CompletableFuture.completedFuture(result);
        }
        if (!(error instanceof ServiceException e)) {
          return CompletableFuture.failedFuture(error);
        }
        try {
          return CompletableFuture.completedFuture(recover(e));
        } catch (ServiceException thrown) {
          return CompletableFuture.failedFuture(thrown);
        }
      });
    }

    /** The operation our own earlier attempt started, when {@code e} says so; otherwise {@code e} is thrown. */
    private O recover(ServiceException e) {
      if (e instanceof OperationIdAlreadyExistsException) {
        BiFunction<String, ResponseMetadata, O> replay = key == null ? null : key.replay();
        if (replay != null && (generated || e.attempts() > 1 || mayHaveLanded)) {
          return replay.apply(key.key().apply(request),
              new ResponseMetadata(e.requestId(), e.clientRequestId(), e.statusCode(), e.attempts()));
        }
        throw e;
      }
      mayHaveLanded |= e.attempts() > 1;
      throw e;
    }
  }
}
