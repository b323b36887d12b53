package dev.stacksets.emulator.internal;

import static dev.stacksets.emulator.internal.RestFrontEnd.Route.read;
import static dev.stacksets.emulator.internal.RestFrontEnd.Route.write;

import java.util.List;

/**
 * RFS's stack-set API (REST + JSON under {@code /v1/stack-sets}, RFS reference §3): the table of routes. Adding an
 * API is a line here and a handler in {@link RfsReads} or {@link RfsWrites}; the protocol is {@link RestFrontEnd},
 * the JSON shapes {@link RfsJson}, the state rules {@link StackSetWrites}.
 */
public final class RfsRouter {
  private static final String SET = "/v1/stack-sets/{stack_set_name}";

  private RfsRouter() {}

  /** The RFS front end over this model. */
  public static ServiceRouter create(EmulatorModel model, HuaweiAuth auth, PageTokens tokens, StackSetWrites writes) {
    RfsReads reads = new RfsReads(model);
    RfsWrites w = new RfsWrites(model, writes);
    return new RestFrontEnd(List.of(
        read("GET", "/v1/stack-sets", "ListStackSets", reads::listStackSets),
        write("POST", "/v1/stack-sets", "CreateStackSet", w::createStackSet),
        read("GET", SET + "/metadata", "ShowStackSetMetadata", reads::showStackSetMetadata),
        read("GET", SET + "/templates", "ShowStackSetTemplate", reads::showTemplate),
        write("PATCH", SET, "UpdateStackSet", w::updateStackSet),
        write("DELETE", SET, "DeleteStackSet", w::deleteStackSet),
        write("POST", SET + "/deployments", "DeployStackSet", w::deployStackSet),
        read("GET", SET + "/operations", "ListStackSetOperations", reads::listOperations),
        read("GET", SET + "/operations/{stack_set_operation_id}/metadata", "ShowStackSetOperationMetadata",
            reads::showOperation),
        read("GET", SET + "/stack-instances", "ListStackInstances", reads::listInstances),
        write("POST", SET + "/stack-instances", "CreateStackInstances", w::createStackInstances),
        write("PATCH", SET + "/stack-instances", "UpdateStackInstances", w::updateStackInstances),
        write("POST", SET + "/stack-instances/deletion", "DeleteStackInstances", w::deleteStackInstances),
        write("DELETE", SET + "/stack-instances", "DeleteStackInstancesDeprecated", w::deleteStackInstances),
        read("GET", SET + "/stack-instances/{stack_instance_addr+}", "ShowStackInstance", reads::showInstance)),
        auth, model.clock(), tokens);
  }
}
