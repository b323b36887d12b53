package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * Counts about a stack-set operation's progress.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Integer failed = operation.statusDetails().failedStackInstancesCount();
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetOperationStatusDetailsSpec {
  /** How many stack instances failed in this operation. */
  @Nullable Integer failedStackInstancesCount();
}
