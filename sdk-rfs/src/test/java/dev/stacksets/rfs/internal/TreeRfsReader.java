package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.util.EpochTime;
import dev.stacksets.core.internal.util.IsoTime;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.CreateStackSetResponse;
import dev.stacksets.rfs.model.DeleteStackInstancesResponse;
import dev.stacksets.rfs.model.DeployStackSetResponse;
import dev.stacksets.rfs.model.DeploymentTargets;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import dev.stacksets.rfs.model.ManagedOperation;
import dev.stacksets.rfs.model.OperationPreferences;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.ShowStackInstanceResponse;
import dev.stacksets.rfs.model.ShowStackSetMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.VarOverrides;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tree-based RFS reply reader as it was before the streaming reader (ObjectMapper.readTree, then walking
 * JsonNodes; RfsResponseParser and RfsJson at commit c3e2ad0), kept unchanged as the oracle of
 * {@link StreamingReaderDifferentialTest}: the streaming reader must give equal models and the same errors.
 */
final class TreeRfsReader {
  private static final Set<String> PAGE_INFO = Set.of("next_marker", "previous_marker", "current_count");
  private static final Set<String> STACK_SET = Set.of("stack_set_id", "stack_set_name", "stack_set_description",
      "permission_model", "status", "create_time", "update_time", "initial_stack_description",
      "administration_agency_name", "administration_agency_urn", "managed_agency_name", "vars_uri_content",
      "vars_body", "managed_operation", "organizational_unit_ids");
  private static final Set<String> MANAGED_OPERATION = Set.of("enable_parallel_operation");
  private static final Set<String> OPERATION = Set.of("operation_id", "stack_set_operation_id", "stack_set_id",
      "stack_set_name", "action", "status", "status_message", "create_time", "update_time",
      "administration_agency_name", "administration_agency_urn", "managed_agency_name", "deployment_targets",
      "operation_preferences");
  private static final Set<String> DEPLOYMENT_TARGETS = Set.of("regions", "domain_ids", "domain_ids_uri",
      "organizational_unit_ids", "domain_id_filter_type");
  private static final Set<String> OPERATION_PREFERENCES = Set.of("region_concurrency_type", "region_order",
      "failure_tolerance_count", "failure_tolerance_percentage", "max_concurrent_count", "max_concurrent_percentage",
      "failure_tolerance_mode");
  private static final Set<String> INSTANCE = Set.of("stack_set_id", "stack_set_name", "status", "status_message",
      "stack_id", "stack_name", "stack_domain_id", "latest_stack_set_operation_id", "region", "create_time",
      "update_time", "var_overrides");
  private static final Set<String> VAR_OVERRIDES = Set.of("vars_uri", "vars_body", "use_stack_set_vars");
  private static final Set<String> STARTED = Set.of("stack_set_operation_id");

  private TreeRfsReader() {}


  /** CreateStackSet: {@code {stack_set_id}}. */
  public static CreateStackSetResponse createStackSet(byte[] body, ResponseMetadata metadata) throws IOException {
    JsonNode root = object(body);
    CreateStackSetResponse.Builder b = CreateStackSetResponse.builder()
        .stackSetId(requiredText(root, "stack_set_id")).responseMetadata(metadata);
    extras(root, Set.of("stack_set_id"), b::putAdditionalField);
    return b.build();
  }

  /** DeployStackSet: {@code {stack_set_operation_id}}. */
  public static DeployStackSetResponse deployStackSet(byte[] body, ResponseMetadata metadata) throws IOException {
    JsonNode root = object(body);
    DeployStackSetResponse.Builder b = DeployStackSetResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  /** CreateStackInstances: {@code {stack_set_operation_id}}. */
  public static CreateStackInstancesResponse createStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = object(body);
    CreateStackInstancesResponse.Builder b = CreateStackInstancesResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  /** UpdateStackInstances: {@code {stack_set_operation_id}}. */
  public static UpdateStackInstancesResponse updateStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = object(body);
    UpdateStackInstancesResponse.Builder b = UpdateStackInstancesResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  /** DeleteStackInstances: {@code {stack_set_operation_id}}. */
  public static DeleteStackInstancesResponse deleteStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = object(body);
    DeleteStackInstancesResponse.Builder b = DeleteStackInstancesResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  private static String operationId(JsonNode root) {
    return requiredText(root, "stack_set_operation_id");
  }

  /** A member the reply must carry, as text (not blank). */
  private static String requiredText(JsonNode root, String key) {
    String v = text(root, key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("the reply has no \"" + key + "\" (members: " + abbreviatedNames(root) + ")");
    }
    return v;
  }

  /** ListStackSets: {@code {stack_sets[], page_info}}. */
  public static ListStackSetsResponse listStackSets(byte[] body, ResponseMetadata metadata) throws IOException {
    JsonNode root = object(body);
    ListStackSetsResponse.Builder b = ListStackSetsResponse.builder().responseMetadata(metadata)
        .pageInfo(pageInfo(root));
    page(root, "stack_sets", TreeRfsReader::stackSet, b::addStackSet, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackSetMetadata: the stack set object itself. */
  public static ShowStackSetMetadataResponse showStackSetMetadata(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return ShowStackSetMetadataResponse.builder().stackSet(stackSet(object(body)))
        .responseMetadata(metadata).build();
  }

  /** ListStackSetOperations: {@code {stack_set_operations[], page_info}}. */
  public static ListStackSetOperationsResponse listStackSetOperations(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = object(body);
    ListStackSetOperationsResponse.Builder b = ListStackSetOperationsResponse.builder().responseMetadata(metadata)
        .pageInfo(pageInfo(root));
    page(root, "stack_set_operations", TreeRfsReader::operation, b::addStackSetOperation, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackSetOperationMetadata: the operation object itself. */
  public static ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(byte[] body,
      ResponseMetadata metadata) throws IOException {
    return ShowStackSetOperationMetadataResponse.builder().stackSetOperation(operation(object(body)))
        .responseMetadata(metadata).build();
  }

  /** ListStackInstances: {@code {stack_instances[], page_info}}. */
  public static ListStackInstancesResponse listStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = object(body);
    ListStackInstancesResponse.Builder b = ListStackInstancesResponse.builder().responseMetadata(metadata)
        .pageInfo(pageInfo(root));
    page(root, "stack_instances", TreeRfsReader::instance, b::addStackInstance, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackInstance: the instance object itself. */
  public static ShowStackInstanceResponse showStackInstance(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return ShowStackInstanceResponse.builder().stackInstance(instance(object(body)))
        .responseMetadata(metadata).build();
  }

  /**
   * The shared part of the List replies {@code {<itemsKey>[], page_info}}: maps and adds every item, and keeps the
   * top-level fields other than these two as additional fields.
   */
  private static <T> void page(JsonNode root, String itemsKey, Function<JsonNode, T> item, Consumer<T> add,
      BiConsumer<String, String> extra) {
    for (JsonNode n : objects(requireList(root, itemsKey), itemsKey)) {
      add.accept(item.apply(n));
    }
    extras(root, Set.of(itemsKey, "page_info"), extra);
  }

  /** The root, once it is known to hold the list member {@code key} (null counts as present: an empty list). */
  private static JsonNode requireList(JsonNode root, String key) {
    if (!root.has(key)) {
      throw new IllegalStateException("the reply has no \"" + key + "\" member, so it is not the expected list "
          + "document (members: " + abbreviatedNames(root) + ")");
    }
    return root;
  }

  private static String abbreviatedNames(JsonNode root) {
    StringBuilder sb = new StringBuilder("[");
    java.util.Iterator<String> names = root.fieldNames();
    for (int i = 0; names.hasNext(); i++) {
      String name = names.next();
      if (i == 5) {
        sb.append(", ...");
        break;
      }
      sb.append(i == 0 ? "" : ", ").append(name.length() > 40 ? name.substring(0, 40) + "..." : name);
    }
    return sb.append(']').toString();
  }

  /** The {@code page_info} block of a List reply, or null when there is none. */
  static PageInfo pageInfo(JsonNode root) {
    JsonNode n = child(root, "page_info");
    if (n == null) {
      return null;
    }
    PageInfo.Builder b = PageInfo.builder()
        .nextMarker(text(n, "next_marker"))
        .previousMarker(text(n, "previous_marker"))
        .currentCount(intValue(n, "current_count"));
    extras(n, PAGE_INFO, b::putAdditionalField);
    return b.build();
  }

  static StackSet stackSet(JsonNode n) {
    JsonNode managed = child(n, "managed_operation");
    StackSet.Builder b = StackSet.builder()
        .stackSetId(text(n, "stack_set_id"))
        .stackSetName(text(n, "stack_set_name"))
        .stackSetDescription(text(n, "stack_set_description"))
        .permissionModel(text(n, "permission_model"))
        .status(text(n, "status"))
        .createTime(instant(n, "create_time"))
        .updateTime(instant(n, "update_time"))
        .initialStackDescription(text(n, "initial_stack_description"))
        .administrationAgencyName(text(n, "administration_agency_name"))
        .administrationAgencyUrn(text(n, "administration_agency_urn"))
        .managedAgencyName(text(n, "managed_agency_name"))
        .varsUriContent(text(n, "vars_uri_content"))
        .varsBody(text(n, "vars_body"))
        .managedOperation(managed == null ? null : managedOperation(managed))
        .organizationalUnitIds(strings(n, "organizational_unit_ids"));
    extras(n, STACK_SET, b::putAdditionalField);
    return b.build();
  }

  static ManagedOperation managedOperation(JsonNode n) {
    ManagedOperation.Builder b = ManagedOperation.builder()
        .enableParallelOperation(bool(n, "enable_parallel_operation"));
    extras(n, MANAGED_OPERATION, b::putAdditionalField);
    return b.build();
  }

  static StackSetOperation operation(JsonNode n) {
    JsonNode targets = child(n, "deployment_targets");
    JsonNode preferences = child(n, "operation_preferences");
    StackSetOperation.Builder b = StackSetOperation.builder()
        .operationId(text(n, "stack_set_operation_id", "operation_id"))
        .stackSetId(text(n, "stack_set_id"))
        .stackSetName(text(n, "stack_set_name"))
        .action(text(n, "action"))
        .status(text(n, "status"))
        .statusMessage(text(n, "status_message"))
        .createTime(instant(n, "create_time"))
        .updateTime(instant(n, "update_time"))
        .administrationAgencyName(text(n, "administration_agency_name"))
        .administrationAgencyUrn(text(n, "administration_agency_urn"))
        .managedAgencyName(text(n, "managed_agency_name"))
        .deploymentTargets(targets == null ? null : deploymentTargets(targets))
        .operationPreferences(preferences == null ? null : operationPreferences(preferences));
    extras(n, OPERATION, b::putAdditionalField);
    return b.build();
  }

  static DeploymentTargets deploymentTargets(JsonNode n) {
    DeploymentTargets.Builder b = DeploymentTargets.builder()
        .regions(strings(n, "regions"))
        .domainIds(strings(n, "domain_ids"))
        .domainIdsUri(text(n, "domain_ids_uri"))
        .organizationalUnitIds(strings(n, "organizational_unit_ids"))
        .domainIdFilterType(text(n, "domain_id_filter_type"));
    extras(n, DEPLOYMENT_TARGETS, b::putAdditionalField);
    return b.build();
  }

  static OperationPreferences operationPreferences(JsonNode n) {
    OperationPreferences.Builder b = OperationPreferences.builder()
        .regionConcurrencyType(text(n, "region_concurrency_type"))
        .regionOrder(strings(n, "region_order"))
        .failureToleranceCount(longValue(n, "failure_tolerance_count"))
        .failureTolerancePercentage(longValue(n, "failure_tolerance_percentage"))
        .maxConcurrentCount(longValue(n, "max_concurrent_count"))
        .maxConcurrentPercentage(longValue(n, "max_concurrent_percentage"))
        .failureToleranceMode(text(n, "failure_tolerance_mode"));
    extras(n, OPERATION_PREFERENCES, b::putAdditionalField);
    return b.build();
  }

  static StackInstance instance(JsonNode n) {
    JsonNode overrides = child(n, "var_overrides");
    StackInstance.Builder b = StackInstance.builder()
        .stackSetId(text(n, "stack_set_id"))
        .stackSetName(text(n, "stack_set_name"))
        .status(text(n, "status"))
        .statusMessage(text(n, "status_message"))
        .stackId(text(n, "stack_id"))
        .stackName(text(n, "stack_name"))
        .stackDomainId(text(n, "stack_domain_id"))
        .latestStackSetOperationId(text(n, "latest_stack_set_operation_id"))
        .region(text(n, "region"))
        .createTime(instant(n, "create_time"))
        .updateTime(instant(n, "update_time"))
        .varOverrides(overrides == null ? null : varOverrides(overrides));
    extras(n, INSTANCE, b::putAdditionalField);
    return b.build();
  }

  static VarOverrides varOverrides(JsonNode n) {
    VarOverrides.Builder b = VarOverrides.builder()
        .varsUri(text(n, "vars_uri"))
        .varsBody(text(n, "vars_body"))
        .useStackSetVars(strings(n, "use_stack_set_vars"));
    extras(n, VAR_OVERRIDES, b::putAdditionalField);
    return b.build();
  }

  // ---- the tree readers of RfsJson as they were ----

  /** Parses a body that must be a JSON object. */
  static JsonNode object(byte[] body) throws IOException {
    JsonNode root = body.length == 0 ? null : Json.mapper().readTree(body);
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("expected a JSON object, got "
          + (root == null || root.isMissingNode() ? "an empty body" : root.getNodeType().toString().toLowerCase()));
    }
    return root;
  }

  /** The field as text, or null. */
  static String text(JsonNode node, String field) {
    return text(node.get(field));
  }

  /** The first of the fields that is present and not null, as text, or null. */
  static String text(JsonNode node, String field, String fallback) {
    String v = text(node, field);
    return v != null ? v : text(node, fallback);
  }

  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return v.isContainerNode() ? v.toString() : v.asText();
  }

  /** A list of strings; a single scalar reads as one element; absent or null reads as empty. */
  static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return Collections.emptyList();
    }
    if (!v.isArray()) {
      return List.of(text(v));
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      String s = text(e);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The object elements of an array field (other elements are skipped); empty when absent. */
  static List<JsonNode> objects(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      if (v != null && !v.isNull() && !v.isMissingNode()) {
        throw new IllegalStateException(field + ": expected an array, got " + v.getNodeType());
      }
      return Collections.emptyList();
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      if (e.isObject()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The field if it is an object, else null. */
  static JsonNode child(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isObject() ? v : null;
  }

  /**
   * An RFS time. The API documents a UTC string {@code YYYY-MM-DDTHH:mm:ss.SSSZ} ({@code 2023-05-15T17:39:25.210Z});
   * offsets, a missing zone (UTC) and a JSON integer of epoch milliseconds (negative: before 1970) also read. An
   * integer outside what an {@link Instant} holds, a fractional number and any other text are errors naming the
   * field; never a wrapped-around time.
   */
  static Instant instant(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return EpochTime.ofMillis(v.decimalValue(), field); // exact for any size: never wraps around
    }
    String s = text(v).trim();
    if (s.isEmpty()) {
      return null;
    }
    Instant fast = IsoTime.parseOrNull(s);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // try the other ISO shapes below
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try without a zone
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(field + ": not a time: '" + s + "'", e);
    }
  }

  /** A whole number, also when sent as a numeric string. */
  static Long longValue(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    try {
      return Long.parseLong(text(v).trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(field + ": not a whole number: " + v, e);
    }
  }

  /** A whole number that fits an int. */
  static Integer intValue(JsonNode node, String field) {
    Long v = longValue(node, field);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new IllegalStateException(field + ": out of range: " + v);
    }
    return v.intValue();
  }

  /** A boolean, also when sent as {@code "true"} / {@code "false"}. */
  static Boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String s = text(v).trim();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
      return Boolean.valueOf(s);
    }
    throw new IllegalStateException(field + ": not a boolean: " + v);
  }

  /** Json.extras as it was: every member not in {@code known}, in document order, as its JSON text. */
  static void extras(JsonNode node, Set<String> known, BiConsumer<String, String> sink) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        sink.accept(e.getKey(), e.getValue().toString());
      }
    }
  }
}
