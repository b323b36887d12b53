package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.rfs.model.CreateStackInstancesRequest;
import dev.stacksets.rfs.model.CreateStackSetRequest;
import dev.stacksets.rfs.model.DeleteStackInstancesRequest;
import dev.stacksets.rfs.model.DeployStackSetRequest;
import dev.stacksets.rfs.model.DeploymentTargets;
import dev.stacksets.rfs.model.ManagedOperation;
import dev.stacksets.rfs.model.OperationPreferences;
import dev.stacksets.rfs.model.UpdateStackInstancesRequest;
import dev.stacksets.rfs.model.UpdateStackSetRequest;
import dev.stacksets.rfs.model.VarOverrides;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the JSON bodies of the RFS writes, each after its checks ({@link RfsValidation}; a mistake throws
 * {@link IllegalArgumentException} naming the fields, and nothing is sent). Members are written by their JSON names
 * in the order of the API's request-body models; only what is set is sent: a null value, an empty list and an
 * absent nested object are left out (the API documents no use for an empty list in these bodies). Open-enum values
 * go as their raw strings, so a value this SDK does not know yet is sent as given. A nested model's
 * {@code additionalFields()} (the members a reply carried that this SDK does not model) are never sent: a write
 * body holds the documented members only, also when the nested object was copied from a reply. Compact UTF-8 JSON,
 * non-ASCII characters as they are.
 *
 * <p>Stateless and thread-safe.
 */
public final class RfsRequestBodies {
  /** The content type of every body. */
  public static final String CONTENT_TYPE = "application/json";

  private RfsRequestBodies() {}

  /** CreateStackSetRequestBody. */
  public static byte[] createStackSet(CreateStackSetRequest r) {
    RfsValidation.createStackSet(r);
    ObjectNode o = Json.mapper().createObjectNode();
    text(o, "stack_set_name", r.stackSetName());
    text(o, "stack_set_description", r.stackSetDescription());
    text(o, "permission_model", r.permissionModelAsString());
    text(o, "administration_agency_name", r.administrationAgencyName());
    text(o, "administration_agency_urn", r.administrationAgencyUrn());
    text(o, "managed_agency_name", r.managedAgencyName());
    text(o, "template_body", r.templateBody());
    text(o, "template_uri", r.templateUri());
    text(o, "vars_body", r.varsBody());
    text(o, "vars_uri", r.varsUri());
    text(o, "initial_stack_description", r.initialStackDescription());
    managedOperation(o, r.managedOperation());
    text(o, "call_identity", r.callIdentityAsString());
    return bytes(o);
  }

  /** UpdateStackSetRequestBody. */
  public static byte[] updateStackSet(UpdateStackSetRequest r) {
    RfsValidation.updateStackSet(r);
    ObjectNode o = Json.mapper().createObjectNode();
    text(o, "stack_set_id", r.stackSetId());
    text(o, "stack_set_description", r.stackSetDescription());
    text(o, "initial_stack_description", r.initialStackDescription());
    text(o, "administration_agency_name", r.administrationAgencyName());
    text(o, "managed_agency_name", r.managedAgencyName());
    text(o, "administration_agency_urn", r.administrationAgencyUrn());
    managedOperation(o, r.managedOperation());
    text(o, "call_identity", r.callIdentityAsString());
    return bytes(o);
  }

  /** DeployStackSetRequestBody. */
  public static byte[] deployStackSet(DeployStackSetRequest r) {
    RfsValidation.deployStackSet(r);
    ObjectNode o = Json.mapper().createObjectNode();
    text(o, "stack_set_id", r.stackSetId());
    deploymentTargets(o, r.deploymentTargets());
    text(o, "template_body", r.templateBody());
    text(o, "template_uri", r.templateUri());
    text(o, "vars_uri", r.varsUri());
    text(o, "vars_body", r.varsBody());
    operationPreferences(o, r.operationPreferences());
    text(o, "call_identity", r.callIdentityAsString());
    return bytes(o);
  }

  /** CreateStackInstanceRequestBody. */
  public static byte[] createStackInstances(CreateStackInstancesRequest r) {
    RfsValidation.createStackInstances(r);
    return instances(r.stackSetId(), r.deploymentTargets(), r.varOverrides(), r.operationPreferences(),
        r.callIdentityAsString());
  }

  /** UpdateStackInstancesRequestBody. */
  public static byte[] updateStackInstances(UpdateStackInstancesRequest r) {
    RfsValidation.updateStackInstances(r);
    return instances(r.stackSetId(), r.deploymentTargets(), r.varOverrides(), r.operationPreferences(),
        r.callIdentityAsString());
  }

  /** DeleteStackInstanceRequestBody. */
  public static byte[] deleteStackInstances(DeleteStackInstancesRequest r) {
    RfsValidation.deleteStackInstances(r);
    return instances(r.stackSetId(), r.deploymentTargets(), null, r.operationPreferences(),
        r.callIdentityAsString());
  }

  private static byte[] instances(String stackSetId, DeploymentTargets targets, VarOverrides overrides,
      OperationPreferences preferences, String callIdentity) {
    ObjectNode o = Json.mapper().createObjectNode();
    text(o, "stack_set_id", stackSetId);
    deploymentTargets(o, targets);
    if (overrides != null) {
      ObjectNode v = o.putObject("var_overrides");
      text(v, "vars_uri", overrides.varsUri());
      text(v, "vars_body", overrides.varsBody());
      texts(v, "use_stack_set_vars", overrides.useStackSetVars());
    }
    operationPreferences(o, preferences);
    text(o, "call_identity", callIdentity);
    return bytes(o);
  }

  private static void deploymentTargets(ObjectNode parent, DeploymentTargets t) {
    ObjectNode o = parent.putObject("deployment_targets");
    texts(o, "regions", t.regions());
    texts(o, "domain_ids", t.domainIds());
    text(o, "domain_ids_uri", t.domainIdsUri());
    texts(o, "organizational_unit_ids", t.organizationalUnitIds());
    text(o, "domain_id_filter_type", t.domainIdFilterTypeAsString());
  }

  private static void operationPreferences(ObjectNode parent, OperationPreferences p) {
    if (p == null) {
      return;
    }
    ObjectNode o = parent.putObject("operation_preferences");
    text(o, "region_concurrency_type", p.regionConcurrencyTypeAsString());
    texts(o, "region_order", p.regionOrder());
    number(o, "failure_tolerance_count", p.failureToleranceCount());
    number(o, "failure_tolerance_percentage", p.failureTolerancePercentage());
    number(o, "max_concurrent_count", p.maxConcurrentCount());
    number(o, "max_concurrent_percentage", p.maxConcurrentPercentage());
    text(o, "failure_tolerance_mode", p.failureToleranceModeAsString());
  }

  private static void managedOperation(ObjectNode parent, ManagedOperation m) {
    if (m != null) {
      ObjectNode o = parent.putObject("managed_operation");
      if (m.enableParallelOperation() != null) {
        o.put("enable_parallel_operation", m.enableParallelOperation());
      }
    }
  }

  private static void text(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void texts(ObjectNode o, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(a::add);
    }
  }

  private static void number(ObjectNode o, String name, Long value) {
    if (value != null) {
      o.put(name, value.longValue());
    }
  }

  private static byte[] bytes(ObjectNode o) {
    try {
      return Json.mapper().writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of strings, numbers and booleans always serializes
    }
  }
}
