package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code DescribeStackInstance}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * StackInstance i = cfn.describeStackInstance(r -> r.stackSetName("my-set").stackInstanceAccount("111122223333")
 *     .stackInstanceRegion("eu-west-1")).stackInstance();
 * }</pre>
 */
@Model(additionalFields = true)
interface DescribeStackInstanceResponseSpec {
  /** The stack instance. */
  @Nullable StackInstance stackInstance();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
