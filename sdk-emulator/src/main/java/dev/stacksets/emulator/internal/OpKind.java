package dev.stacksets.emulator.internal;

/** What an operation does to its targets, whatever the service calls the action. */
public enum OpKind {
  /** Creates stack instances (RFS CREATE_STACK_INSTANCES, CloudFormation CREATE). */
  CREATE,
  /** Updates existing instances (RFS DEPLOY_STACK_SET, DEPLOY_STACK_INSTANCES, UPDATE_STACK_INSTANCES; CFN UPDATE). */
  UPDATE,
  /** Deletes instances (RFS DELETE_STACK_INSTANCES, CFN DELETE). */
  DELETE,
  /** Drift detection (CFN DETECT_DRIFT); does not change instance status. */
  DETECT_DRIFT;

  /** The kind of a native action string of the provider, or null when the action is unknown. */
  public static OpKind of(Provider provider, String action) {
    if (provider == Provider.RFS) {
      switch (action) {
        case "CREATE_STACK_INSTANCES":
          return CREATE;
        case "DELETE_STACK_INSTANCES":
          return DELETE;
        case "DEPLOY_STACK_SET":
        case "DEPLOY_STACK_INSTANCES":
        case "UPDATE_STACK_INSTANCES":
          return UPDATE;
        default:
          return null;
      }
    }
    switch (action) {
      case "CREATE":
        return CREATE;
      case "UPDATE":
        return UPDATE;
      case "DELETE":
        return DELETE;
      case "DETECT_DRIFT":
        return DETECT_DRIFT;
      default:
        return null;
    }
  }
}
