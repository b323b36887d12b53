/**
 * The provider-neutral view of stack-set operations: {@link dev.stacksets.core.operation.StackSetOperationView},
 * its models, the waiter and the cross-provider merge.
 */
package dev.stacksets.core.operation;
