package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code CreateStackInstances}: the id of the stack-set operation it started, which
 * {@code cfn.operations().waitUntilComplete(stackSetName, operationId, maxWait)} waits for.
 *
 * <p>When a retry of the call was answered with {@code OperationIdAlreadyExistsException} (the first attempt had
 * started the operation), the client returns this reply with the id it sent, and {@link #responseMetadata()}
 * describes that answer.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * String operationId = cfn.createStackInstances(r -> r.stackSetName("my-set").accounts("111122223333")
 *     .regions("eu-west-1")).operationId();
 * cfn.operations().waitUntilComplete("my-set", operationId, Duration.ofMinutes(30));
 * }</pre>
 */
@Model(additionalFields = true)
interface CreateStackInstancesResponseSpec {
  /** The id of the operation started. */
  @Nullable String operationId();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
