package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Renders the model as RFS JSON (the field names of the RFS API reference: StackSet, ShowStackSetMetadataResponse,
 * StackSetOperation, ShowStackSetOperationMetadataResponse, StackInstance). Knows nothing of requests; stateless.
 */
final class RfsJson {
  private RfsJson() {}

  /** A ListStackSets item. */
  static void stackSet(ObjectNode o, StackSet s, Instant now) {
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("stack_set_description", s.description());
    o.put("permission_model", s.permissionModel());
    o.put("status", s.rfsStatusAt(now));
    o.put("create_time", Times.iso(s.created()));
    o.put("update_time", Times.iso(s.updatedAt(now)));
  }

  /** ShowStackSetMetadata. */
  static void metadata(ObjectNode o, StackSet s, Instant now) {
    StackSet.Details d = s.details();
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("stack_set_description", s.description());
    putIfNotNull(o, "initial_stack_description", d.initialStackDescription());
    o.put("permission_model", s.permissionModel());
    putIfNotNull(o, "administration_agency_name", d.administrationAgencyName());
    putIfNotNull(o, "administration_agency_urn", d.administrationAgencyUrn());
    putIfNotNull(o, "managed_agency_name", d.managedAgencyName());
    o.put("status", s.rfsStatusAt(now));
    putIfNotNull(o, "vars_body", d.varsBody());
    o.put("create_time", Times.iso(s.created()));
    o.put("update_time", Times.iso(s.updatedAt(now)));
    o.putObject("managed_operation").put("enable_parallel_operation", d.enableParallelOperation());
    if (s.serviceManaged()) {
      ArrayNode ous = o.putArray("organizational_unit_ids");
      d.organizationalUnitIds().forEach(ous::add);
    }
  }

  /** A ListStackSetOperations item. */
  static void operationSummary(ObjectNode o, StackSet s, Operation op, Instant now) {
    o.put("operation_id", op.id());
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("action", op.action());
    o.put("status", op.statusAt(now).rfs());
    putIfNotNull(o, "status_message", op.statusReasonAt(now));
    o.put("create_time", Times.iso(op.created()));
    o.put("update_time", Times.iso(op.updatedAt(now)));
  }

  /** ShowStackSetOperationMetadata. */
  static void operation(ObjectNode o, StackSet s, Operation op, Instant now) {
    StackSet.Details d = s.details();
    o.put("stack_set_operation_id", op.id());
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("status", op.statusAt(now).rfs());
    putIfNotNull(o, "status_message", op.statusReasonAt(now));
    o.put("action", op.action());
    putIfNotNull(o, "administration_agency_name", d.administrationAgencyName());
    putIfNotNull(o, "administration_agency_urn", d.administrationAgencyUrn());
    putIfNotNull(o, "managed_agency_name", d.managedAgencyName());
    ObjectNode targets = o.putObject("deployment_targets");
    ArrayNode regions = targets.putArray("regions");
    op.regions().forEach(regions::add);
    if (s.serviceManaged()) {
      ArrayNode ous = targets.putArray("organizational_unit_ids");
      op.organizationalUnitIds().forEach(ous::add);
      targets.put("domain_id_filter_type", "NONE");
    } else {
      ArrayNode domains = targets.putArray("domain_ids");
      op.accounts().forEach(domains::add);
    }
    o.put("create_time", Times.iso(op.created()));
    o.put("update_time", Times.iso(op.updatedAt(now)));
    Preferences p = op.preferences();
    ObjectNode prefs = o.putObject("operation_preferences");
    prefs.put("region_concurrency_type", p.regionConcurrencyType());
    if (!p.regionOrder().isEmpty()) {
      ArrayNode order = prefs.putArray("region_order");
      p.regionOrder().forEach(order::add);
    }
    if (p.failureTolerancePercentage() != null) {
      prefs.put("failure_tolerance_percentage", p.failureTolerancePercentage());
    } else {
      prefs.put("failure_tolerance_count", p.failureToleranceCount());
    }
    if (p.maxConcurrentPercentage() != null) {
      prefs.put("max_concurrent_percentage", p.maxConcurrentPercentage());
    } else {
      prefs.put("max_concurrent_count", p.maxConcurrentCount());
    }
    prefs.put("failure_tolerance_mode", p.failureToleranceMode());
  }

  /** A stack instance (ListStackInstances item, and ShowStackInstance without var_overrides). */
  static void instance(ObjectNode o, InstanceState i) {
    Instance r = i.instance();
    StackSet s = r.stackSet();
    boolean stackExists = !(i.status() == TargetStatus.PENDING && i.lastOperation().kind() == OpKind.CREATE);
    if (stackExists) {
      o.put("stack_id", r.stackUuid());
    }
    o.put("stack_name", s.name());
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("status", i.rfsStatus());
    putIfNotNull(o, "status_message", i.reason());
    o.put("stack_domain_id", r.account());
    o.put("latest_stack_set_operation_id", i.lastOperation().id());
    o.put("region", r.region());
    o.put("create_time", Times.iso(i.created()));
    o.put("update_time", Times.iso(i.updated()));
  }

  static void putIfNotNull(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }
}
