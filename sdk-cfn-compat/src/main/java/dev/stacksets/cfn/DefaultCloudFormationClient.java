package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.operation.StackSetOperationView;

/** The {@link CloudFormationClient} over the core pipeline. Immutable and thread-safe. */
final class DefaultCloudFormationClient implements CloudFormationClient {
  private final ClientRuntime runtime;
  private final CfnOperationView operations;

  /** Builds the pipeline once. */
  public DefaultCloudFormationClient(ClientConfiguration configuration) {
    this.runtime = new ClientRuntime(configuration, AwsProfiles.cloudFormation(configuration.region()));
    this.operations = new CfnOperationView(this);
  }

  @Override
  public ClientConfiguration configuration() {
    return runtime.configuration();
  }

  @Override
  public ListStackSetOperationResultsResponse listStackSetOperationResults(
      ListStackSetOperationResultsRequest request) {
    return runtime.execute(CfnOperations.LIST_STACK_SET_OPERATION_RESULTS.descriptor(), request);
  }

  @Override
  public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    return runtime.execute(CfnOperations.LIST_STACK_SET_OPERATIONS.descriptor(), request);
  }

  @Override
  public DescribeStackSetOperationResponse describeStackSetOperation(DescribeStackSetOperationRequest request) {
    return runtime.execute(CfnOperations.DESCRIBE_STACK_SET_OPERATION.descriptor(), request);
  }

  @Override
  public ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    return runtime.execute(CfnOperations.LIST_STACK_SETS.descriptor(), request);
  }

  @Override
  public ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    return runtime.execute(CfnOperations.LIST_STACK_INSTANCES.descriptor(), request);
  }

  @Override
  public DescribeStackSetResponse describeStackSet(DescribeStackSetRequest request) {
    return runtime.execute(CfnOperations.DESCRIBE_STACK_SET.descriptor(), request);
  }

  @Override
  public DescribeStackInstanceResponse describeStackInstance(DescribeStackInstanceRequest request) {
    return runtime.execute(CfnOperations.DESCRIBE_STACK_INSTANCE.descriptor(), request);
  }

  @Override
  public StackSetOperationView operations() {
    return operations;
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "CloudFormationClient{endpoint=" + runtime.configuration().endpoint() + ", region="
        + AwsProfiles.signingRegion(runtime.configuration().region()) + "}";
  }
}
