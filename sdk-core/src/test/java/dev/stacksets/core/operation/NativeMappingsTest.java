package dev.stacksets.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NativeMappingsTest {

  @ParameterizedTest
  @CsvSource({
      "RFS, QUEUE_IN_PROGRESS, QUEUED", "RFS, OPERATION_IN_PROGRESS, RUNNING", "RFS, OPERATION_COMPLETE, SUCCEEDED",
      "RFS, OPERATION_FAILED, FAILED", "RFS, STOP_IN_PROGRESS, STOPPING", "RFS, STOP_COMPLETE, STOPPED",
      "RFS, STOP_FAILED, STOP_FAILED", "RFS, SOMETHING_NEW, UNKNOWN", "RFS, QUEUED, UNKNOWN",
      "CLOUDFORMATION, QUEUED, QUEUED", "CLOUDFORMATION, RUNNING, RUNNING", "CLOUDFORMATION, SUCCEEDED, SUCCEEDED",
      "CLOUDFORMATION, FAILED, FAILED", "CLOUDFORMATION, STOPPING, STOPPING", "CLOUDFORMATION, STOPPED, STOPPED",
      "CLOUDFORMATION, OPERATION_COMPLETE, UNKNOWN", "CLOUDFORMATION, running, UNKNOWN",
      "CONFIG, SUCCEEDED, UNKNOWN"})
  void operationStatuses(Provider provider, String nativeStatus, OperationStatus expected) {
    assertThat(NativeMappings.operationStatus(provider, nativeStatus)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "RFS, CREATE_STACK_INSTANCES, CREATE", "RFS, UPDATE_STACK_INSTANCES, UPDATE",
      "RFS, DELETE_STACK_INSTANCES, DELETE", "RFS, DEPLOY_STACK_SET, DEPLOY", "RFS, DEPLOY_STACK_INSTANCES, DEPLOY",
      "RFS, CREATE, UNKNOWN", "CLOUDFORMATION, CREATE, CREATE", "CLOUDFORMATION, UPDATE, UPDATE",
      "CLOUDFORMATION, DELETE, DELETE", "CLOUDFORMATION, DETECT_DRIFT, DETECT_DRIFT",
      "CLOUDFORMATION, IMPORT, UNKNOWN"})
  void actions(Provider provider, String nativeAction, OperationAction expected) {
    assertThat(NativeMappings.action(provider, nativeAction)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "RFS, WAIT_IN_PROGRESS, PENDING", "RFS, OPERATION_IN_PROGRESS, RUNNING", "RFS, OPERATION_COMPLETE, SUCCEEDED",
      "RFS, OPERATION_FAILED, FAILED", "RFS, INOPERABLE, FAILED", "RFS, CANCEL_COMPLETE, CANCELLED",
      "RFS, NEW_STATE, UNKNOWN",
      "CLOUDFORMATION, PENDING, PENDING", "CLOUDFORMATION, RUNNING, RUNNING", "CLOUDFORMATION, SUCCEEDED, SUCCEEDED",
      "CLOUDFORMATION, FAILED, FAILED", "CLOUDFORMATION, CANCELLED, CANCELLED", "CLOUDFORMATION, SKIPPED, UNKNOWN",
      "CONFIG, CREATE_SUCCESSFUL, SUCCEEDED", "CONFIG, CREATE_IN_PROGRESS, RUNNING", "CONFIG, CREATE_FAILED, FAILED",
      "CONFIG, UPDATE_SUCCESSFUL, SUCCEEDED", "CONFIG, UPDATE_IN_PROGRESS, RUNNING", "CONFIG, UPDATE_FAILED, FAILED",
      "CONFIG, DELETE_SUCCESSFUL, SUCCEEDED", "CONFIG, DELETE_IN_PROGRESS, RUNNING", "CONFIG, DELETE_FAILED, FAILED",
      "CONFIG, ROLLBACK_FAILED, UNKNOWN"})
  void targetStatuses(Provider provider, String nativeStatus, TargetStatus expected) {
    assertThat(NativeMappings.targetStatus(provider, nativeStatus)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void nullNativeValuesAreUnknown() {
    for (Provider p : Provider.values()) {
      assertThat(NativeMappings.operationStatus(p, null)).isEqualTo(OperationStatus.UNKNOWN);
      assertThat(NativeMappings.action(p, null)).isEqualTo(OperationAction.UNKNOWN);
      assertThat(NativeMappings.targetStatus(p, null)).isEqualTo(TargetStatus.UNKNOWN);
    }
  }

  @org.junit.jupiter.api.Test
  void tablesListEveryDocumentedValue() {
    assertThat(NativeMappings.operationStatusTable(Provider.RFS)).hasSize(7);
    assertThat(NativeMappings.operationStatusTable(Provider.CLOUDFORMATION)).hasSize(6);
    assertThat(NativeMappings.actionTable(Provider.RFS)).hasSize(5);
    assertThat(NativeMappings.actionTable(Provider.CLOUDFORMATION)).hasSize(4);
    assertThat(NativeMappings.targetStatusTable(Provider.RFS)).hasSize(6);
    assertThat(NativeMappings.targetStatusTable(Provider.CLOUDFORMATION)).hasSize(5);
    assertThat(NativeMappings.targetStatusTable(Provider.CONFIG)).hasSize(9);
  }
}
