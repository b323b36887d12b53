package dev.stacksets.rfs.internal;

import static dev.stacksets.rfs.internal.RfsJsonValues.bool;
import static dev.stacksets.rfs.internal.RfsJsonValues.instant;
import static dev.stacksets.rfs.internal.RfsJsonValues.intValue;
import static dev.stacksets.rfs.internal.RfsJsonValues.json;
import static dev.stacksets.rfs.internal.RfsJsonValues.longValue;
import static dev.stacksets.rfs.internal.RfsJsonValues.skip;
import static dev.stacksets.rfs.internal.RfsJsonValues.strings;
import static dev.stacksets.rfs.internal.RfsJsonValues.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stacksets.rfs.model.DeploymentTargets;
import dev.stacksets.rfs.model.ManagedOperation;
import dev.stacksets.rfs.model.OperationPreferences;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.VarOverrides;
import java.io.IOException;

/**
 * Reads one RFS object from a {@link JsonParser} straight into its model's builder: a switch on each member's name,
 * every documented member by its JSON name, every other member kept as its compact JSON text in
 * {@code additionalFields()} (document order; a repeated name keeps its first place and its last value). Each reader
 * starts on the object's {@code START_OBJECT} and returns on its {@code END_OBJECT}.
 *
 * <p>The result is what a tree ({@code readTree}) reader gives for the same object, repeated names included: the
 * last occurrence of a member wins. A value that cannot mean what its member says is an error only if it is the
 * last occurrence, so errors are held per member while the object is read, and the first of them, in the order the
 * members are listed in each reader's {@code throwFirst}, is thrown once the whole object has been read (the parser
 * then stands on its {@code END_OBJECT}, so a caller may hold the error and read on). Errors are
 * {@link IllegalStateException} or {@link IllegalArgumentException} naming the member; malformed JSON is the
 * parser's {@link IOException}.
 *
 * <p>The item readers take a {@link RepeatedText} (or null) that shares the text of the members that repeat from
 * item to item of a page.
 *
 * <p>Stateless and thread-safe.
 */
final class RfsModelReader {
  private static final int CREATE_TIME = 0;
  private static final int UPDATE_TIME = 1;
  private static final int NESTED = 2;
  private static final int FAILURE_TOLERANCE_COUNT = 0;
  private static final int FAILURE_TOLERANCE_PERCENTAGE = 1;
  private static final int MAX_CONCURRENT_COUNT = 2;
  private static final int MAX_CONCURRENT_PERCENTAGE = 3;

  private RfsModelReader() {}

  /** The {@code page_info} block of a List reply. */
  static PageInfo pageInfo(JsonParser p) throws IOException {
    PageInfo.Builder b = PageInfo.builder();
    RuntimeException currentCountError = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "next_marker" -> b.nextMarker(text(p));
        case "previous_marker" -> b.previousMarker(text(p));
        case "current_count" -> {
          currentCountError = null;
          try {
            b.currentCount(intValue(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            currentCountError = e;
          }
        }
        default -> b.putAdditionalField(name, json(p));
      }
    }
    if (currentCountError != null) {
      throw currentCountError;
    }
    return b.build();
  }

  /** A stack set (ListStackSets item, ShowStackSetMetadata). */
  static StackSet stackSet(JsonParser p, RepeatedText repeated) throws IOException {
    StackSet.Builder b = StackSet.builder();
    RuntimeException[] errors = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "stack_set_id" -> b.stackSetId(text(p, repeated));
        case "stack_set_name" -> b.stackSetName(text(p, repeated));
        case "stack_set_description" -> b.stackSetDescription(text(p));
        case "permission_model" -> b.permissionModel(text(p, repeated));
        case "status" -> b.status(text(p, repeated));
        case "create_time" -> {
          clear(errors, CREATE_TIME);
          try {
            b.createTime(instant(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, CREATE_TIME, e);
          }
        }
        case "update_time" -> {
          clear(errors, UPDATE_TIME);
          try {
            b.updateTime(instant(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, UPDATE_TIME, e);
          }
        }
        case "initial_stack_description" -> b.initialStackDescription(text(p));
        case "administration_agency_name" -> b.administrationAgencyName(text(p, repeated));
        case "administration_agency_urn" -> b.administrationAgencyUrn(text(p, repeated));
        case "managed_agency_name" -> b.managedAgencyName(text(p, repeated));
        case "vars_uri_content" -> b.varsUriContent(text(p));
        case "vars_body" -> b.varsBody(text(p));
        case "managed_operation" -> {
          clear(errors, NESTED);
          if (t != JsonToken.START_OBJECT) {
            skip(p);
            b.managedOperation((ManagedOperation) null);
          } else {
            try {
              b.managedOperation(managedOperation(p));
            } catch (IllegalStateException | IllegalArgumentException e) {
              errors = hold(errors, NESTED, e);
            }
          }
        }
        case "organizational_unit_ids" -> b.organizationalUnitIds(strings(p));
        default -> b.putAdditionalField(name, json(p));
      }
    }
    throwFirst(errors);
    return b.build();
  }

  static ManagedOperation managedOperation(JsonParser p) throws IOException {
    ManagedOperation.Builder b = ManagedOperation.builder();
    RuntimeException error = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (name.equals("enable_parallel_operation")) {
        error = null;
        try {
          b.enableParallelOperation(bool(p, name));
        } catch (IllegalStateException | IllegalArgumentException e) {
          error = e;
        }
      } else {
        b.putAdditionalField(name, json(p));
      }
    }
    if (error != null) {
      throw error;
    }
    return b.build();
  }

  /**
   * A stack-set operation (ListStackSetOperations item, ShowStackSetOperationMetadata). The id is
   * {@code stack_set_operation_id} when that is present and not null, else {@code operation_id}.
   */
  static StackSetOperation operation(JsonParser p, RepeatedText repeated) throws IOException {
    StackSetOperation.Builder b = StackSetOperation.builder();
    String stackSetOperationId = null;
    String operationId = null;
    RuntimeException[] errors = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "operation_id" -> operationId = text(p);
        case "stack_set_operation_id" -> stackSetOperationId = text(p);
        case "stack_set_id" -> b.stackSetId(text(p, repeated));
        case "stack_set_name" -> b.stackSetName(text(p, repeated));
        case "action" -> b.action(text(p, repeated));
        case "status" -> b.status(text(p, repeated));
        case "status_message" -> b.statusMessage(text(p, repeated));
        case "create_time" -> {
          clear(errors, CREATE_TIME);
          try {
            b.createTime(instant(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, CREATE_TIME, e);
          }
        }
        case "update_time" -> {
          clear(errors, UPDATE_TIME);
          try {
            b.updateTime(instant(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, UPDATE_TIME, e);
          }
        }
        case "administration_agency_name" -> b.administrationAgencyName(text(p, repeated));
        case "administration_agency_urn" -> b.administrationAgencyUrn(text(p, repeated));
        case "managed_agency_name" -> b.managedAgencyName(text(p, repeated));
        case "deployment_targets" -> {
          if (t != JsonToken.START_OBJECT) {
            skip(p);
            b.deploymentTargets((DeploymentTargets) null);
          } else {
            b.deploymentTargets(deploymentTargets(p)); // nothing in it can fail
          }
        }
        case "operation_preferences" -> {
          clear(errors, NESTED);
          if (t != JsonToken.START_OBJECT) {
            skip(p);
            b.operationPreferences((OperationPreferences) null);
          } else {
            try {
              b.operationPreferences(operationPreferences(p));
            } catch (IllegalStateException | IllegalArgumentException e) {
              errors = hold(errors, NESTED, e);
            }
          }
        }
        default -> b.putAdditionalField(name, json(p));
      }
    }
    throwFirst(errors);
    return b.operationId(stackSetOperationId != null ? stackSetOperationId : operationId).build();
  }

  static DeploymentTargets deploymentTargets(JsonParser p) throws IOException {
    DeploymentTargets.Builder b = DeploymentTargets.builder();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "regions" -> b.regions(strings(p));
        case "domain_ids" -> b.domainIds(strings(p));
        case "domain_ids_uri" -> b.domainIdsUri(text(p));
        case "organizational_unit_ids" -> b.organizationalUnitIds(strings(p));
        case "domain_id_filter_type" -> b.domainIdFilterType(text(p));
        default -> b.putAdditionalField(name, json(p));
      }
    }
    return b.build();
  }

  static OperationPreferences operationPreferences(JsonParser p) throws IOException {
    OperationPreferences.Builder b = OperationPreferences.builder();
    RuntimeException[] errors = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "region_concurrency_type" -> b.regionConcurrencyType(text(p));
        case "region_order" -> b.regionOrder(strings(p));
        case "failure_tolerance_count" -> {
          clear(errors, FAILURE_TOLERANCE_COUNT);
          try {
            b.failureToleranceCount(longValue(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, FAILURE_TOLERANCE_COUNT, e);
          }
        }
        case "failure_tolerance_percentage" -> {
          clear(errors, FAILURE_TOLERANCE_PERCENTAGE);
          try {
            b.failureTolerancePercentage(longValue(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, FAILURE_TOLERANCE_PERCENTAGE, e);
          }
        }
        case "max_concurrent_count" -> {
          clear(errors, MAX_CONCURRENT_COUNT);
          try {
            b.maxConcurrentCount(longValue(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, MAX_CONCURRENT_COUNT, e);
          }
        }
        case "max_concurrent_percentage" -> {
          clear(errors, MAX_CONCURRENT_PERCENTAGE);
          try {
            b.maxConcurrentPercentage(longValue(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, MAX_CONCURRENT_PERCENTAGE, e);
          }
        }
        case "failure_tolerance_mode" -> b.failureToleranceMode(text(p));
        default -> b.putAdditionalField(name, json(p));
      }
    }
    throwFirst(errors);
    return b.build();
  }

  /** A stack instance (ListStackInstances item, ShowStackInstance). */
  static StackInstance instance(JsonParser p, RepeatedText repeated) throws IOException {
    StackInstance.Builder b = StackInstance.builder();
    RuntimeException[] errors = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "stack_set_id" -> b.stackSetId(text(p, repeated));
        case "stack_set_name" -> b.stackSetName(text(p, repeated));
        case "status" -> b.status(text(p, repeated));
        case "status_message" -> b.statusMessage(text(p, repeated));
        case "stack_id" -> b.stackId(text(p));
        case "stack_name" -> b.stackName(text(p));
        case "stack_domain_id" -> b.stackDomainId(text(p, repeated));
        case "latest_stack_set_operation_id" -> b.latestStackSetOperationId(text(p, repeated));
        case "region" -> b.region(text(p, repeated));
        case "create_time" -> {
          clear(errors, CREATE_TIME);
          try {
            b.createTime(instant(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, CREATE_TIME, e);
          }
        }
        case "update_time" -> {
          clear(errors, UPDATE_TIME);
          try {
            b.updateTime(instant(p, name));
          } catch (IllegalStateException | IllegalArgumentException e) {
            errors = hold(errors, UPDATE_TIME, e);
          }
        }
        case "var_overrides" -> {
          if (t != JsonToken.START_OBJECT) {
            skip(p);
            b.varOverrides((VarOverrides) null);
          } else {
            b.varOverrides(varOverrides(p)); // nothing in it can fail
          }
        }
        default -> b.putAdditionalField(name, json(p));
      }
    }
    throwFirst(errors);
    return b.build();
  }

  static VarOverrides varOverrides(JsonParser p) throws IOException {
    VarOverrides.Builder b = VarOverrides.builder();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "vars_uri" -> b.varsUri(text(p));
        case "vars_body" -> b.varsBody(text(p));
        case "use_stack_set_vars" -> b.useStackSetVars(strings(p));
        default -> b.putAdditionalField(name, json(p));
      }
    }
    return b.build();
  }

  /** Forgets the held error of a member that occurs again (the last occurrence decides). */
  private static void clear(RuntimeException[] errors, int slot) {
    if (errors != null) {
      errors[slot] = null;
    }
  }

  /** Holds a member's error until the object has been read; the array is made on the first error only. */
  private static RuntimeException[] hold(RuntimeException[] errors, int slot, RuntimeException e) {
    RuntimeException[] held = errors != null ? errors : new RuntimeException[4];
    held[slot] = e;
    return held;
  }

  /** Throws the held error of the lowest slot, if any. */
  private static void throwFirst(RuntimeException[] errors) {
    if (errors != null) {
      for (RuntimeException e : errors) {
        if (e != null) {
          throw e;
        }
      }
    }
  }
}
