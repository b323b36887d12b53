package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;

/**
 * The reply of UpdateStackInstances: the id of the operation it started ({@code stack_set_operation_id}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String operationId = rfs.updateStackInstances(request).operationId();
 * StackSetOperation done = rfs.operations().waitUntilComplete("my_stack_set", operationId, Duration.ofMinutes(30));
 * }</pre>
 */
@Model(additionalFields = true)
interface UpdateStackInstancesResponseSpec extends StartedOperation {}
