package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The detailed status of a stack instance.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackInstanceDetailedStatus d = instance.stackInstanceStatus().detailedStatus();
 * }</pre>
 */
@Model(additionalFields = true)
interface StackInstanceComprehensiveStatusSpec {
  /** The detailed status. */
  @Nullable StackInstanceDetailedStatus detailedStatus();
}
