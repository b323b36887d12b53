package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * What a stack-set operation does (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OperationFilter f = OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES);
 * }</pre>
 */
@OpenEnum
enum ActionSpec {
  /** Creates stack instances. */
  CREATE_STACK_INSTANCES,
  /** Deletes stack instances. */
  DELETE_STACK_INSTANCES,
  /** Deploys the stack set. */
  DEPLOY_STACK_SET,
  /** Deploys stack instances. */
  DEPLOY_STACK_INSTANCES,
  /** Updates stack instances (listed by the SDK models, not by the API page). */
  UPDATE_STACK_INSTANCES
}
