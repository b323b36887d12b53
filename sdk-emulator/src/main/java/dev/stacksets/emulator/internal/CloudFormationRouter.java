package dev.stacksets.emulator.internal;

import static java.util.Map.entry;

import dev.stacksets.emulator.model.EmulatorService;
import java.util.Map;

/**
 * CloudFormation's stack-set API over the Query protocol (version 2010-05-15): the table of actions. Adding an
 * action is a line here and a handler in {@link CfnReads} or {@link CfnWrites}; the protocol is {@link QueryFrontEnd},
 * the XML shapes {@link CfnXml}, the state rules {@link StackSetWrites}.
 */
public final class CloudFormationRouter {
  static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  static final String VERSION = "2010-05-15";

  private CloudFormationRouter() {}

  /** The CloudFormation front end over this model. */
  public static ServiceRouter create(EmulatorModel model, AwsAuth auth, PageTokens tokens, StackSetWrites writes) {
    CfnReads reads = new CfnReads(model);
    CfnWrites w = new CfnWrites(model, writes);
    Map<String, QueryFrontEnd.Action> actions = Map.ofEntries(
        entry("ListStackSets", reads::listStackSets),
        entry("DescribeStackSet", reads::describeStackSet),
        entry("ListStackSetOperations", reads::listOperations),
        entry("DescribeStackSetOperation", reads::describeOperation),
        entry("ListStackSetOperationResults", reads::listResults),
        entry("ListStackInstances", reads::listInstances),
        entry("DescribeStackInstance", reads::describeInstance),
        entry("ListStackSetAutoDeploymentTargets", reads::listAutoDeploymentTargets),
        entry("CreateStackSet", w::createStackSet),
        entry("UpdateStackSet", w::updateStackSet),
        entry("DeleteStackSet", w::deleteStackSet),
        entry("CreateStackInstances", w::createStackInstances),
        entry("UpdateStackInstances", w::updateStackInstances),
        entry("DeleteStackInstances", w::deleteStackInstances),
        entry("StopStackSetOperation", w::stopStackSetOperation),
        entry("DetectStackSetDrift", w::detectStackSetDrift));
    return new QueryFrontEnd(EmulatorService.CLOUDFORMATION, VERSION, NAMESPACE, actions, auth, model.clock(), tokens);
  }
}
