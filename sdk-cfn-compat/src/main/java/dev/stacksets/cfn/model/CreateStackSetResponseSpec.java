package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code CreateStackSet}: the new stack set's id.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * String id = cfn.createStackSet(r -> r.stackSetName("my-set").templateBody(template)).stackSetId();
 * }</pre>
 */
@Model(additionalFields = true)
interface CreateStackSetResponseSpec {
  /** The id of the stack set, {@code name:uuid}. */
  @Nullable String stackSetId();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
