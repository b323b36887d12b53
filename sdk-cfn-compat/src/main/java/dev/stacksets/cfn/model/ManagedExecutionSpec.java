package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * Whether CloudFormation runs non-conflicting operations of a stack set concurrently.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * boolean concurrent = Boolean.TRUE.equals(summary.managedExecution().active());
 * }</pre>
 */
@Model(additionalFields = true)
interface ManagedExecutionSpec {
  /** Whether managed execution is on. */
  @Nullable Boolean active();
}
