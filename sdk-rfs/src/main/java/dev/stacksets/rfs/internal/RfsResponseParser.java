package dev.stacksets.rfs.internal;

import static dev.stacksets.core.internal.util.Json.extras;
import static dev.stacksets.rfs.internal.RfsJson.bool;
import static dev.stacksets.rfs.internal.RfsJson.child;
import static dev.stacksets.rfs.internal.RfsJson.instant;
import static dev.stacksets.rfs.internal.RfsJson.intValue;
import static dev.stacksets.rfs.internal.RfsJson.longValue;
import static dev.stacksets.rfs.internal.RfsJson.objects;
import static dev.stacksets.rfs.internal.RfsJson.strings;
import static dev.stacksets.rfs.internal.RfsJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.CreateStackSetResponse;
import dev.stacksets.rfs.model.DeleteStackInstancesResponse;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
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
import dev.stacksets.rfs.model.ShowStackSetTemplateResponse;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import dev.stacksets.rfs.model.VarOverrides;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps RFS response bodies onto the models by hand (no databinding): every documented field by its JSON name, the
 * rest kept in each model's {@code additionalFields()}. Unknown enum values stay as raw strings.
 *
 * <p>A 2xx body must be the document the operation returns: a JSON object, and for the list operations one that
 * holds the list member ({@code stack_sets}, {@code stack_set_operations}, {@code stack_instances}; an empty array
 * is an empty page). Anything else (a proxy's {@code {}} or HTML page) throws {@link IllegalStateException} naming
 * what is missing, which the pipeline reports as an unreadable body, instead of becoming an empty last page that
 * silently ends a paginator. Unknown extra members are kept, not refused. The same holds for the writes: the replies
 * that carry an id ({@code stack_set_id}, {@code stack_set_operation_id}) must carry it, or the caller would be told
 * of a write without being able to follow it; the {@code 204} replies of UpdateStackSet and DeleteStackSet are not
 * read. ShowStackSetTemplate's answer is a redirect: {@link #SHOW_STACK_SET_TEMPLATE} reads its {@code Location}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RfsResponseParser {
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

  /**
   * ShowStackSetTemplate: the {@code Location} header of the temporary redirect (any 2xx or 3xx reply is the
   * answer; the redirect is never followed). A reply without a {@code Location}, or with one that is not a URI,
   * throws {@link IllegalStateException} (an unreadable reply). The URI's text is never put into a message: a
   * pre-signed URL grants access.
   */
  public static final ResponseParser<ShowStackSetTemplateResponse> SHOW_STACK_SET_TEMPLATE = new ResponseParser<>() {
    @Override
    public ShowStackSetTemplateResponse parse(SdkHttpResponse response, ResponseMetadata metadata) {
      String location = response.header("Location");
      if (location == null || location.isBlank()) {
        throw new IllegalStateException("the reply (status " + response.statusCode() + ") has no Location header");
      }
      URI uri;
      try {
        uri = new URI(location.strip());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("the reply's Location header is not a URI (" + e.getReason() + " at index "
            + e.getIndex() + ")");
      }
      return ShowStackSetTemplateResponse.builder().location(uri).responseMetadata(metadata).build();
    }

    @Override
    public boolean accepts(int statusCode) {
      return statusCode >= 200 && statusCode < 400;
    }
  };

  private RfsResponseParser() {}

  /** CreateStackSet: {@code {stack_set_id}}. */
  public static CreateStackSetResponse createStackSet(byte[] body, ResponseMetadata metadata) throws IOException {
    JsonNode root = RfsJson.object(body);
    CreateStackSetResponse.Builder b = CreateStackSetResponse.builder()
        .stackSetId(requiredText(root, "stack_set_id")).responseMetadata(metadata);
    extras(root, Set.of("stack_set_id"), b::putAdditionalField);
    return b.build();
  }

  /** UpdateStackSet: {@code 204}, the body (none) is not read. */
  public static UpdateStackSetResponse updateStackSet(byte[] body, ResponseMetadata metadata) {
    return UpdateStackSetResponse.builder().responseMetadata(metadata).build();
  }

  /** DeleteStackSet: {@code 204}, the body (none) is not read. */
  public static DeleteStackSetResponse deleteStackSet(byte[] body, ResponseMetadata metadata) {
    return DeleteStackSetResponse.builder().responseMetadata(metadata).build();
  }

  /** DeployStackSet: {@code {stack_set_operation_id}}. */
  public static DeployStackSetResponse deployStackSet(byte[] body, ResponseMetadata metadata) throws IOException {
    JsonNode root = RfsJson.object(body);
    DeployStackSetResponse.Builder b = DeployStackSetResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  /** CreateStackInstances: {@code {stack_set_operation_id}}. */
  public static CreateStackInstancesResponse createStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = RfsJson.object(body);
    CreateStackInstancesResponse.Builder b = CreateStackInstancesResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  /** UpdateStackInstances: {@code {stack_set_operation_id}}. */
  public static UpdateStackInstancesResponse updateStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = RfsJson.object(body);
    UpdateStackInstancesResponse.Builder b = UpdateStackInstancesResponse.builder().operationId(operationId(root))
        .responseMetadata(metadata);
    extras(root, STARTED, b::putAdditionalField);
    return b.build();
  }

  /** DeleteStackInstances: {@code {stack_set_operation_id}}. */
  public static DeleteStackInstancesResponse deleteStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = RfsJson.object(body);
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
    JsonNode root = RfsJson.object(body);
    ListStackSetsResponse.Builder b = ListStackSetsResponse.builder().responseMetadata(metadata)
        .pageInfo(pageInfo(root));
    page(root, "stack_sets", RfsResponseParser::stackSet, b::addStackSet, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackSetMetadata: the stack set object itself. */
  public static ShowStackSetMetadataResponse showStackSetMetadata(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return ShowStackSetMetadataResponse.builder().stackSet(stackSet(RfsJson.object(body)))
        .responseMetadata(metadata).build();
  }

  /** ListStackSetOperations: {@code {stack_set_operations[], page_info}}. */
  public static ListStackSetOperationsResponse listStackSetOperations(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = RfsJson.object(body);
    ListStackSetOperationsResponse.Builder b = ListStackSetOperationsResponse.builder().responseMetadata(metadata)
        .pageInfo(pageInfo(root));
    page(root, "stack_set_operations", RfsResponseParser::operation, b::addStackSetOperation, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackSetOperationMetadata: the operation object itself. */
  public static ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(byte[] body,
      ResponseMetadata metadata) throws IOException {
    return ShowStackSetOperationMetadataResponse.builder().stackSetOperation(operation(RfsJson.object(body)))
        .responseMetadata(metadata).build();
  }

  /** ListStackInstances: {@code {stack_instances[], page_info}}. */
  public static ListStackInstancesResponse listStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    JsonNode root = RfsJson.object(body);
    ListStackInstancesResponse.Builder b = ListStackInstancesResponse.builder().responseMetadata(metadata)
        .pageInfo(pageInfo(root));
    page(root, "stack_instances", RfsResponseParser::instance, b::addStackInstance, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackInstance: the instance object itself. */
  public static ShowStackInstanceResponse showStackInstance(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return ShowStackInstanceResponse.builder().stackInstance(instance(RfsJson.object(body)))
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
}
