/**
 * The provider-neutral view of stack-set operations: {@link dev.stacksets.core.operation.StackSetOperationView},
 * its models, the waiter and the cross-provider merge.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.operation;

import org.jspecify.annotations.NullMarked;
