package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code DescribeStackSetOperation}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * StackSetOperation op = cfn.describeStackSetOperation(r -> r.stackSetName("my-set").operationId(opId))
 *     .stackSetOperation();
 * }</pre>
 */
@Model(additionalFields = true)
interface DescribeStackSetOperationResponseSpec {
  /** The operation. */
  @Nullable StackSetOperation stackSetOperation();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
