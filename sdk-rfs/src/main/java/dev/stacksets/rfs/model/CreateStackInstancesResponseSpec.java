package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;

/**
 * The reply of CreateStackInstances: the id of the operation it started ({@code stack_set_operation_id}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String operationId = rfs.createStackInstances(request).operationId();
 * StackSetOperation done = rfs.operations().waitUntilComplete("my_stack_set", operationId, Duration.ofMinutes(30));
 * }</pre>
 */
@Model(additionalFields = true)
interface CreateStackInstancesResponseSpec extends StartedOperation {}
