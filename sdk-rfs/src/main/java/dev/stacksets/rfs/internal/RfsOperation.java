package dev.stacksets.rfs.internal;

/** The RFS operations this client calls, with their API names (used in logs and for the 404 rule). */
public enum RfsOperation {
  /** {@code GET /v1/stack-sets}. */
  LIST_STACK_SETS("ListStackSets"),
  /** {@code GET /v1/stack-sets/{stack_set_name}/metadata}. */
  SHOW_STACK_SET_METADATA("ShowStackSetMetadata"),
  /** {@code GET /v1/stack-sets/{stack_set_name}/operations}. */
  LIST_STACK_SET_OPERATIONS("ListStackSetOperations"),
  /** {@code GET /v1/stack-sets/{stack_set_name}/operations/{stack_set_operation_id}/metadata}. */
  SHOW_STACK_SET_OPERATION_METADATA("ShowStackSetOperationMetadata"),
  /** {@code GET /v1/stack-sets/{stack_set_name}/stack-instances}. */
  LIST_STACK_INSTANCES("ListStackInstances"),
  /** {@code GET /v1/stack-sets/{stack_set_name}/stack-instances/{stack_instance_addr}}. */
  SHOW_STACK_INSTANCE("ShowStackInstance");

  private final String apiName;

  RfsOperation(String apiName) {
    this.apiName = apiName;
  }

  /** The API name, e.g. {@code ListStackSets}. */
  public String apiName() {
    return apiName;
  }
}
