package dev.stacksets.cfn.internal;

import static dev.stacksets.cfn.internal.XmlValues.bool;
import static dev.stacksets.cfn.internal.XmlValues.instant;
import static dev.stacksets.cfn.internal.XmlValues.integer;
import static dev.stacksets.cfn.internal.XmlValues.strings;
import static dev.stacksets.cfn.internal.XmlValues.struct;
import static dev.stacksets.cfn.internal.XmlValues.structs;
import static dev.stacksets.cfn.internal.XmlValues.text;

import dev.stacksets.cfn.model.AccountGateResult;
import dev.stacksets.cfn.model.AutoDeployment;
import dev.stacksets.cfn.model.DeploymentTargets;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.CreateStackSetResponse;
import dev.stacksets.cfn.model.DeleteStackInstancesResponse;
import dev.stacksets.cfn.model.DeleteStackSetResponse;
import dev.stacksets.cfn.model.DetectStackSetDriftResponse;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsResponse;
import dev.stacksets.cfn.model.StackSetAutoDeploymentTargetSummary;
import dev.stacksets.cfn.model.StopStackSetOperationResponse;
import dev.stacksets.cfn.model.UpdateStackInstancesResponse;
import dev.stacksets.cfn.model.UpdateStackSetResponse;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.ManagedExecution;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.StackInstance;
import dev.stacksets.cfn.model.StackInstanceComprehensiveStatus;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSet;
import dev.stacksets.cfn.model.StackSetDriftDetectionDetails;
import dev.stacksets.cfn.model.StackSetOperation;
import dev.stacksets.cfn.model.StackSetOperationPreferences;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationStatusDetails;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.cfn.model.Tag;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.core.internal.util.XmlNode;
import dev.stacksets.core.internal.util.XmlParser;
import java.util.function.BiFunction;

/**
 * Reads CloudFormation Query replies: {@code <XResponse><XResult>...</XResult><ResponseMetadata>} by local name,
 * namespace ignored, lists in {@code <member>} elements, absent and empty lists told
 * apart. The request id comes from the {@code x-amzn-RequestId} header, or from {@code <RequestId>} in the body
 * when the header is missing. A 2xx reply must be the operation's document: a {@code <XResponse>} root holding a
 * {@code <XResult>}; anything else (a proxy's HTML page, another operation's reply) throws
 * {@link IllegalStateException} naming what is missing, which the pipeline reports as an unreadable body, instead
 * of reading as an empty page. The child elements of a structure (and of {@code <XResult>}) that the reader did not
 * look up, the members this SDK version does not model, are kept in the model's {@code additionalFields()} by
 * {@link XmlNode#unreadChildren()}: that call comes last in each builder chain, after every modelled read. Stateless
 * and thread-safe.
 */
public final class CfnResponses {
  private CfnResponses() {}

  /** {@code ListStackSetOperationResults}. */
  static ListStackSetOperationResultsResponse listStackSetOperationResults(XmlNode r, ResponseMetadata md) {
    return ListStackSetOperationResultsResponse.builder()
        .summaries(structs(r, "Summaries", CfnResponses::operationResultSummary))
        .nextToken(text(r, "NextToken"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code ListStackSetOperations}. */
  static ListStackSetOperationsResponse listStackSetOperations(XmlNode r, ResponseMetadata md) {
    return ListStackSetOperationsResponse.builder()
        .summaries(structs(r, "Summaries", CfnResponses::operationSummary))
        .nextToken(text(r, "NextToken"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code DescribeStackSetOperation}. */
  static DescribeStackSetOperationResponse describeStackSetOperation(XmlNode r, ResponseMetadata md) {
    return DescribeStackSetOperationResponse.builder()
        .stackSetOperation(struct(r, "StackSetOperation", CfnResponses::operation))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code ListStackSets}. */
  static ListStackSetsResponse listStackSets(XmlNode r, ResponseMetadata md) {
    return ListStackSetsResponse.builder()
        .summaries(structs(r, "Summaries", CfnResponses::stackSetSummary))
        .nextToken(text(r, "NextToken"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code ListStackInstances}. */
  static ListStackInstancesResponse listStackInstances(XmlNode r, ResponseMetadata md) {
    return ListStackInstancesResponse.builder()
        .summaries(structs(r, "Summaries", CfnResponses::stackInstanceSummary))
        .nextToken(text(r, "NextToken"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code DescribeStackSet}. */
  static DescribeStackSetResponse describeStackSet(XmlNode r, ResponseMetadata md) {
    return DescribeStackSetResponse.builder()
        .stackSet(struct(r, "StackSet", CfnResponses::stackSet))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code DescribeStackInstance}. */
  static DescribeStackInstanceResponse describeStackInstance(XmlNode r, ResponseMetadata md) {
    return DescribeStackInstanceResponse.builder()
        .stackInstance(struct(r, "StackInstance", CfnResponses::stackInstance))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code CreateStackSet}. */
  static CreateStackSetResponse createStackSet(XmlNode r, ResponseMetadata md) {
    return CreateStackSetResponse.builder()
        .stackSetId(text(r, "StackSetId"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code UpdateStackSet}. */
  static UpdateStackSetResponse updateStackSet(XmlNode r, ResponseMetadata md) {
    return UpdateStackSetResponse.builder()
        .operationId(text(r, "OperationId"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code DeleteStackSet} (no members). */
  static DeleteStackSetResponse deleteStackSet(XmlNode r, ResponseMetadata md) {
    return DeleteStackSetResponse.builder().responseMetadata(md).additionalFields(r.unreadChildren()).build();
  }

  /** {@code CreateStackInstances}. */
  static CreateStackInstancesResponse createStackInstances(XmlNode r, ResponseMetadata md) {
    return CreateStackInstancesResponse.builder()
        .operationId(text(r, "OperationId"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code UpdateStackInstances}. */
  static UpdateStackInstancesResponse updateStackInstances(XmlNode r, ResponseMetadata md) {
    return UpdateStackInstancesResponse.builder()
        .operationId(text(r, "OperationId"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code DeleteStackInstances}. */
  static DeleteStackInstancesResponse deleteStackInstances(XmlNode r, ResponseMetadata md) {
    return DeleteStackInstancesResponse.builder()
        .operationId(text(r, "OperationId"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code StopStackSetOperation} (no members). */
  static StopStackSetOperationResponse stopStackSetOperation(XmlNode r, ResponseMetadata md) {
    return StopStackSetOperationResponse.builder().responseMetadata(md).additionalFields(r.unreadChildren()).build();
  }

  /** {@code DetectStackSetDrift}. */
  static DetectStackSetDriftResponse detectStackSetDrift(XmlNode r, ResponseMetadata md) {
    return DetectStackSetDriftResponse.builder()
        .operationId(text(r, "OperationId"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  /** {@code ListStackSetAutoDeploymentTargets}. */
  static ListStackSetAutoDeploymentTargetsResponse listStackSetAutoDeploymentTargets(XmlNode r,
      ResponseMetadata md) {
    return ListStackSetAutoDeploymentTargetsResponse.builder()
        .summaries(structs(r, "Summaries", CfnResponses::autoDeploymentTarget))
        .nextToken(text(r, "NextToken"))
        .responseMetadata(md)
        .additionalFields(r.unreadChildren())
        .build();
  }

  static StackSetAutoDeploymentTargetSummary autoDeploymentTarget(XmlNode n) {
    return StackSetAutoDeploymentTargetSummary.builder()
        .organizationalUnitId(text(n, "OrganizationalUnitId"))
        .regions(strings(n, "Regions"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  /**
   * The reader of a Query reply to {@code action}: checks the {@code <ActionResponse>} root and its
   * {@code <ActionResult>}, fills a missing request id from the body, and hands the result element to
   * {@code reader}.
   */
  static <T> ResponseParser<T> parser(String action, BiFunction<XmlNode, ResponseMetadata, T> reader) {
    return parser(action, reader, false);
  }

  /**
   * As {@link #parser(String, BiFunction)}, for an operation whose result has no members: a reply without
   * {@code <ActionResult>} (only its {@code <ResponseMetadata>}) reads as an empty result.
   */
  static <T> ResponseParser<T> parserOfEmpty(String action, BiFunction<XmlNode, ResponseMetadata, T> reader) {
    return parser(action, reader, true);
  }

  private static <T> ResponseParser<T> parser(String action, BiFunction<XmlNode, ResponseMetadata, T> reader,
      boolean resultMayBeMissing) {
    String document = action + "Response";
    String wrapper = action + "Result";
    return (response, metadata) -> {
      XmlNode root = XmlParser.parse(response.body());
      if (!root.name().equals(document)) {
        throw new IllegalStateException("expected a <" + document + "> document, got <" + abbreviate(root.name())
            + ">");
      }
      XmlNode result = root.child(wrapper);
      if (result == null && resultMayBeMissing) {
        result = XmlNode.empty(wrapper);
      }
      if (result == null) {
        throw new IllegalStateException("the <" + document + "> holds no <" + wrapper + ">");
      }
      ResponseMetadata md = metadata;
      if (md.requestId() == null) {
        String id = requestId(root);
        if (id != null) {
          md = new ResponseMetadata(id, md.clientRequestId(), md.statusCode(), md.attempts());
        }
      }
      return reader.apply(result, md);
    };
  }

  private static String abbreviate(String name) {
    return name.length() > 64 ? name.substring(0, 64) + "..." : name;
  }

  /** {@code <ResponseMetadata><RequestId>} of a reply, or {@code <RequestId>} directly under the root; or null. */
  static String requestId(XmlNode root) {
    XmlNode meta = root.child("ResponseMetadata");
    String id = meta != null ? meta.childText("RequestId") : root.childText("RequestId");
    return id == null || id.isBlank() ? null : id.trim();
  }

  static StackSetOperationResultSummary operationResultSummary(XmlNode n) {
    return StackSetOperationResultSummary.builder()
        .account(text(n, "Account"))
        .region(text(n, "Region"))
        .status(text(n, "Status"))
        .statusReason(text(n, "StatusReason"))
        .accountGateResult(struct(n, "AccountGateResult", CfnResponses::accountGateResult))
        .organizationalUnitId(text(n, "OrganizationalUnitId"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static AccountGateResult accountGateResult(XmlNode n) {
    return AccountGateResult.builder()
        .status(text(n, "Status"))
        .statusReason(text(n, "StatusReason"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackSetOperationSummary operationSummary(XmlNode n) {
    return StackSetOperationSummary.builder()
        .operationId(text(n, "OperationId"))
        .action(text(n, "Action"))
        .status(text(n, "Status"))
        .creationTimestamp(instant(n, "CreationTimestamp"))
        .endTimestamp(instant(n, "EndTimestamp"))
        .statusReason(text(n, "StatusReason"))
        .statusDetails(struct(n, "StatusDetails", CfnResponses::statusDetails))
        .operationPreferences(struct(n, "OperationPreferences", CfnResponses::preferences))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackSetOperationStatusDetails statusDetails(XmlNode n) {
    return StackSetOperationStatusDetails.builder()
        .failedStackInstancesCount(integer(n, "FailedStackInstancesCount"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackSetOperationPreferences preferences(XmlNode n) {
    return StackSetOperationPreferences.builder()
        .regionConcurrencyType(text(n, "RegionConcurrencyType"))
        .regionOrder(strings(n, "RegionOrder"))
        .failureToleranceCount(integer(n, "FailureToleranceCount"))
        .failureTolerancePercentage(integer(n, "FailureTolerancePercentage"))
        .maxConcurrentCount(integer(n, "MaxConcurrentCount"))
        .maxConcurrentPercentage(integer(n, "MaxConcurrentPercentage"))
        .concurrencyMode(text(n, "ConcurrencyMode"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackSetOperation operation(XmlNode n) {
    return StackSetOperation.builder()
        .operationId(text(n, "OperationId"))
        .stackSetId(text(n, "StackSetId"))
        .action(text(n, "Action"))
        .status(text(n, "Status"))
        .operationPreferences(struct(n, "OperationPreferences", CfnResponses::preferences))
        .retainStacks(bool(n, "RetainStacks"))
        .administrationRoleArn(text(n, "AdministrationRoleARN"))
        .executionRoleName(text(n, "ExecutionRoleName"))
        .creationTimestamp(instant(n, "CreationTimestamp"))
        .endTimestamp(instant(n, "EndTimestamp"))
        .deploymentTargets(struct(n, "DeploymentTargets", CfnResponses::deploymentTargets))
        .stackSetDriftDetectionDetails(struct(n, "StackSetDriftDetectionDetails", CfnResponses::driftDetails))
        .statusReason(text(n, "StatusReason"))
        .statusDetails(struct(n, "StatusDetails", CfnResponses::statusDetails))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static DeploymentTargets deploymentTargets(XmlNode n) {
    return DeploymentTargets.builder()
        .accounts(strings(n, "Accounts"))
        .accountsUrl(text(n, "AccountsUrl"))
        .organizationalUnitIds(strings(n, "OrganizationalUnitIds"))
        .accountFilterType(text(n, "AccountFilterType"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackSetDriftDetectionDetails driftDetails(XmlNode n) {
    return StackSetDriftDetectionDetails.builder()
        .driftStatus(text(n, "DriftStatus"))
        .driftDetectionStatus(text(n, "DriftDetectionStatus"))
        .lastDriftCheckTimestamp(instant(n, "LastDriftCheckTimestamp"))
        .totalStackInstancesCount(integer(n, "TotalStackInstancesCount"))
        .driftedStackInstancesCount(integer(n, "DriftedStackInstancesCount"))
        .inSyncStackInstancesCount(integer(n, "InSyncStackInstancesCount"))
        .inProgressStackInstancesCount(integer(n, "InProgressStackInstancesCount"))
        .failedStackInstancesCount(integer(n, "FailedStackInstancesCount"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackSetSummary stackSetSummary(XmlNode n) {
    return StackSetSummary.builder()
        .stackSetName(text(n, "StackSetName"))
        .stackSetId(text(n, "StackSetId"))
        .description(text(n, "Description"))
        .status(text(n, "Status"))
        .autoDeployment(struct(n, "AutoDeployment", CfnResponses::autoDeployment))
        .permissionModel(text(n, "PermissionModel"))
        .driftStatus(text(n, "DriftStatus"))
        .lastDriftCheckTimestamp(instant(n, "LastDriftCheckTimestamp"))
        .managedExecution(struct(n, "ManagedExecution", CfnResponses::managedExecution))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static AutoDeployment autoDeployment(XmlNode n) {
    return AutoDeployment.builder()
        .enabled(bool(n, "Enabled"))
        .retainStacksOnAccountRemoval(bool(n, "RetainStacksOnAccountRemoval"))
        .dependsOn(strings(n, "DependsOn"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static ManagedExecution managedExecution(XmlNode n) {
    return ManagedExecution.builder().active(bool(n, "Active")).additionalFields(n.unreadChildren()).build();
  }

  static StackInstanceSummary stackInstanceSummary(XmlNode n) {
    return StackInstanceSummary.builder()
        .stackSetId(text(n, "StackSetId"))
        .region(text(n, "Region"))
        .account(text(n, "Account"))
        .stackId(text(n, "StackId"))
        .status(text(n, "Status"))
        .statusReason(text(n, "StatusReason"))
        .stackInstanceStatus(struct(n, "StackInstanceStatus", CfnResponses::comprehensiveStatus))
        .organizationalUnitId(text(n, "OrganizationalUnitId"))
        .driftStatus(text(n, "DriftStatus"))
        .lastDriftCheckTimestamp(instant(n, "LastDriftCheckTimestamp"))
        .lastOperationId(text(n, "LastOperationId"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackInstance stackInstance(XmlNode n) {
    return StackInstance.builder()
        .stackSetId(text(n, "StackSetId"))
        .region(text(n, "Region"))
        .account(text(n, "Account"))
        .stackId(text(n, "StackId"))
        .parameterOverrides(structs(n, "ParameterOverrides", CfnResponses::parameter))
        .status(text(n, "Status"))
        .stackInstanceStatus(struct(n, "StackInstanceStatus", CfnResponses::comprehensiveStatus))
        .statusReason(text(n, "StatusReason"))
        .organizationalUnitId(text(n, "OrganizationalUnitId"))
        .driftStatus(text(n, "DriftStatus"))
        .lastDriftCheckTimestamp(instant(n, "LastDriftCheckTimestamp"))
        .lastOperationId(text(n, "LastOperationId"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static StackInstanceComprehensiveStatus comprehensiveStatus(XmlNode n) {
    return StackInstanceComprehensiveStatus.builder().detailedStatus(text(n, "DetailedStatus")).additionalFields(n.unreadChildren()).build();
  }

  static StackSet stackSet(XmlNode n) {
    return StackSet.builder()
        .stackSetName(text(n, "StackSetName"))
        .stackSetId(text(n, "StackSetId"))
        .description(text(n, "Description"))
        .status(text(n, "Status"))
        .templateBody(text(n, "TemplateBody"))
        .parameters(structs(n, "Parameters", CfnResponses::parameter))
        .capabilitiesWithStrings(strings(n, "Capabilities"))
        .tags(structs(n, "Tags", CfnResponses::tag))
        .stackSetArn(text(n, "StackSetARN"))
        .administrationRoleArn(text(n, "AdministrationRoleARN"))
        .executionRoleName(text(n, "ExecutionRoleName"))
        .stackSetDriftDetectionDetails(struct(n, "StackSetDriftDetectionDetails", CfnResponses::driftDetails))
        .autoDeployment(struct(n, "AutoDeployment", CfnResponses::autoDeployment))
        .permissionModel(text(n, "PermissionModel"))
        .organizationalUnitIds(strings(n, "OrganizationalUnitIds"))
        .managedExecution(struct(n, "ManagedExecution", CfnResponses::managedExecution))
        .regions(strings(n, "Regions"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static Parameter parameter(XmlNode n) {
    return Parameter.builder()
        .parameterKey(text(n, "ParameterKey"))
        .parameterValue(text(n, "ParameterValue"))
        .usePreviousValue(bool(n, "UsePreviousValue"))
        .resolvedValue(text(n, "ResolvedValue"))
        .additionalFields(n.unreadChildren())
        .build();
  }

  static Tag tag(XmlNode n) {
    return Tag.builder().key(text(n, "Key")).value(text(n, "Value")).additionalFields(n.unreadChildren()).build();
  }
}
