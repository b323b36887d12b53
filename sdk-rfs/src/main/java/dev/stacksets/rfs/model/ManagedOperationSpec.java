package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * Settings for how RFS manages operations on a stack set ({@code managed_operation}): read from
 * ShowStackSetMetadata, sent by CreateStackSet and UpdateStackSet ({@link #additionalFields()} is never sent).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * boolean parallel = Boolean.TRUE.equals(stackSet.managedOperation().enableParallelOperation());
 * }</pre>
 */
@Model(additionalFields = true)
interface ManagedOperationSpec {
  /** Whether operations on the stack set may run in parallel ({@code enable_parallel_operation}). */
  @Nullable Boolean enableParallelOperation();
}
