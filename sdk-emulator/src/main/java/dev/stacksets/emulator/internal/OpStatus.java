package dev.stacksets.emulator.internal;

/** Status of a whole stack-set operation, with each service's wire name. */
public enum OpStatus {
  QUEUED("QUEUE_IN_PROGRESS", "QUEUED"),
  RUNNING("OPERATION_IN_PROGRESS", "RUNNING"),
  SUCCEEDED("OPERATION_COMPLETE", "SUCCEEDED"),
  FAILED("OPERATION_FAILED", "FAILED"),
  STOPPING("STOP_IN_PROGRESS", "STOPPING"),
  STOPPED("STOP_COMPLETE", "STOPPED");

  private final String rfs;
  private final String cfn;

  OpStatus(String rfs, String cfn) {
    this.rfs = rfs;
    this.cfn = cfn;
  }

  /** RFS wire value. */
  public String rfs() {
    return rfs;
  }

  /** CloudFormation wire value. */
  public String cfn() {
    return cfn;
  }

  /** True for SUCCEEDED, FAILED and STOPPED. */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED || this == STOPPED;
  }

  /** The status whose RFS name is {@code s}, or null. */
  public static OpStatus fromRfs(String s) {
    for (OpStatus v : values()) {
      if (v.rfs.equals(s)) {
        return v;
      }
    }
    return null;
  }
}
