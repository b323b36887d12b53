package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code DescribeStackSet}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * StackSet s = cfn.describeStackSet(r -> r.stackSetName("my-set")).stackSet();
 * }</pre>
 */
@Model(additionalFields = true)
interface DescribeStackSetResponseSpec {
  /** The stack set. */
  @Nullable StackSet stackSet();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
