package dev.stacksets.core.operation;

/**
 * The neutral kind of a stack-set operation; the native action string is kept beside it
 * ({@link StackSetOperation#nativeAction()}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * long deploys = ops.stream().filter(o -> o.action() == OperationAction.DEPLOY).count();
 * }</pre>
 */
public enum OperationAction {
  /** Stack instances are created (RFS {@code CREATE_STACK_INSTANCES}, CloudFormation {@code CREATE}). */
  CREATE,
  /** Stack instances are updated (RFS {@code UPDATE_STACK_INSTANCES}, CloudFormation {@code UPDATE}). */
  UPDATE,
  /** Stack instances are deleted (RFS {@code DELETE_STACK_INSTANCES}, CloudFormation {@code DELETE}). */
  DELETE,
  /** A template is deployed to existing instances (RFS {@code DEPLOY_STACK_SET}, {@code DEPLOY_STACK_INSTANCES}). */
  DEPLOY,
  /** Drift detection (CloudFormation {@code DETECT_DRIFT}). */
  DETECT_DRIFT,
  /** A native action this SDK version does not know; see the native string. */
  UNKNOWN
}
