package dev.stacksets.emulator.internal;

/** Result of an operation in one (region, account) target, with each service's wire name. */
public enum TargetStatus {
  PENDING("WAIT_IN_PROGRESS"),
  RUNNING("OPERATION_IN_PROGRESS"),
  SUCCEEDED("OPERATION_COMPLETE"),
  FAILED("OPERATION_FAILED"),
  CANCELLED("CANCEL_COMPLETE");

  private final String rfs;

  TargetStatus(String rfs) {
    this.rfs = rfs;
  }

  /** RFS stack-instance status. */
  public String rfs() {
    return rfs;
  }

  /** CloudFormation result status (also the instance detailed status). */
  public String cfn() {
    return name();
  }

  /** True once the target is done. */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
