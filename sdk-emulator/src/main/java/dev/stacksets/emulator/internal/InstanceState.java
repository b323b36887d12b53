package dev.stacksets.emulator.internal;

import java.time.Instant;

/**
 * A stack instance as seen at one model time.
 *
 * @param instance       the record
 * @param lastOperation  the latest operation that targeted it (not counting drift detection)
 * @param target         that operation's target for this instance
 * @param status         that target's status now
 * @param inoperable     a delete failed on it
 * @param created        when the creating operation was started
 * @param updated        the last status change
 * @param drifted        result of the latest finished drift detection, or null when never checked
 * @param driftCheckedAt when that drift check ended, or null
 * @param driftOperation the drift operation, or null
 */
public record InstanceState(Instance instance, Operation lastOperation, Target target, TargetStatus status,
    boolean inoperable, Instant created, Instant updated, Boolean drifted, Instant driftCheckedAt,
    Operation driftOperation) {

  /** The reason for a failed or cancelled status, else null. */
  public String reason() {
    if (inoperable) {
      return target.reason() != null ? target.reason() : "The stack instance could not be deleted.";
    }
    return status == TargetStatus.FAILED || status == TargetStatus.CANCELLED ? target.reason() : null;
  }

  /** RFS stack-instance status. */
  public String rfsStatus() {
    return inoperable ? "INOPERABLE" : status.rfs();
  }

  /** CloudFormation StackInstanceStatus: CURRENT, OUTDATED or INOPERABLE. */
  public String cfnStatus() {
    if (inoperable) {
      return "INOPERABLE";
    }
    return status == TargetStatus.SUCCEEDED ? "CURRENT" : "OUTDATED";
  }

  /** CloudFormation StackInstanceDetailedStatus. */
  public String cfnDetailedStatus() {
    return inoperable ? "INOPERABLE" : status.cfn();
  }

  /** CloudFormation drift status. */
  public String driftStatus() {
    return drifted == null ? "NOT_CHECKED" : drifted ? "DRIFTED" : "IN_SYNC";
  }
}
