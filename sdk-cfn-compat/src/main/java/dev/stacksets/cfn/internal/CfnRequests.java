package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.cfn.model.StackInstanceFilter;
import dev.stacksets.cfn.model.StackInstanceFilterName;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The request halves of the {@link CfnOperations} entries: {@code validate} checks a request against the documented
 * constraints (BC-cfn model, reference §2.3), {@code write} adds its members to the Query form after {@code Action}
 * and {@code Version}. Member order follows the reference bodies (§2.2): the stack-set name, the operation id or
 * status, {@code MaxResults}, {@code CallAs}, {@code Filters}, the instance account and Region, and
 * {@code NextToken} last. Stateless and thread-safe.
 */
final class CfnRequests {
  /** {@code StackSetNameOrId}: a name, or {@code name:uuid}. */
  private static final Pattern STACK_SET_NAME_OR_ID = Pattern.compile(
      "[a-zA-Z][-a-zA-Z0-9]*(?::[a-zA-Z0-9]{8}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{12})?");
  static final Pattern OPERATION_ID = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");
  static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  static final Pattern REGION = Pattern.compile("[a-zA-Z0-9-]{1,128}");
  private static final Pattern RESULT_FILTER_VALUE = Pattern.compile("\\S{6,9}");
  private static final Pattern INSTANCE_FILTER_VALUE = Pattern.compile("\\S{1,128}");

  private CfnRequests() {}

  /** Checks {@code ListStackSetOperationResults}. */
  static void validate(ListStackSetOperationResultsRequest r) {
    stackSetName(r.stackSetName());
    operationId(r.operationId());
    paging(r.maxResults(), r.callAsAsString(), r.nextToken());
    filters(r.filters(), 1, OperationResultFilter::nameAsString, OperationResultFilter::values,
        f -> f.name() == OperationResultFilterName.OPERATION_RESULT_STATUS, "OPERATION_RESULT_STATUS",
        RESULT_FILTER_VALUE, "be 6 to 9 characters without spaces, e.g. FAILED");
  }

  /** Writes {@code ListStackSetOperationResults}. */
  static void write(ListStackSetOperationResultsRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("OperationId", r.operationId())
        .add("MaxResults", r.maxResults())
        .add("CallAs", r.callAsAsString());
    addFilters(form, r.hasFilters(), r.filters(), OperationResultFilter::nameAsString, OperationResultFilter::values);
    form.add("NextToken", r.nextToken());
  }

  /** Checks {@code ListStackSetOperations}. */
  static void validate(ListStackSetOperationsRequest r) {
    stackSetName(r.stackSetName());
    paging(r.maxResults(), r.callAsAsString(), r.nextToken());
  }

  /** Writes {@code ListStackSetOperations}. */
  static void write(ListStackSetOperationsRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("MaxResults", r.maxResults())
        .add("CallAs", r.callAsAsString())
        .add("NextToken", r.nextToken());
  }

  /** Checks {@code DescribeStackSetOperation}. */
  static void validate(DescribeStackSetOperationRequest r) {
    stackSetName(r.stackSetName());
    operationId(r.operationId());
    callAs(r.callAsAsString());
  }

  /** Writes {@code DescribeStackSetOperation}. */
  static void write(DescribeStackSetOperationRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("OperationId", r.operationId())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code ListStackSets}. */
  static void validate(ListStackSetsRequest r) {
    Validation.notBlank(r.statusAsString(), "status");
    paging(r.maxResults(), r.callAsAsString(), r.nextToken());
  }

  /** Writes {@code ListStackSets}. */
  static void write(ListStackSetsRequest r, QueryForm form) {
    form.add("Status", r.statusAsString())
        .add("MaxResults", r.maxResults())
        .add("CallAs", r.callAsAsString())
        .add("NextToken", r.nextToken());
  }

  /** Checks {@code ListStackInstances}. */
  static void validate(ListStackInstancesRequest r) {
    stackSetName(r.stackSetName());
    paging(r.maxResults(), r.callAsAsString(), r.nextToken());
    instanceAddress(r.stackInstanceAccount(), r.stackInstanceRegion());
    filters(r.filters(), 3, StackInstanceFilter::nameAsString, StackInstanceFilter::values,
        f -> f.name() != StackInstanceFilterName.UNKNOWN_TO_SDK_VERSION,
        "one of " + StackInstanceFilterName.knownValues(), INSTANCE_FILTER_VALUE,
        "be 1 to 128 characters without spaces");
  }

  /** Writes {@code ListStackInstances}. */
  static void write(ListStackInstancesRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("MaxResults", r.maxResults())
        .add("CallAs", r.callAsAsString());
    addFilters(form, r.hasFilters(), r.filters(), StackInstanceFilter::nameAsString, StackInstanceFilter::values);
    form.add("StackInstanceAccount", r.stackInstanceAccount())
        .add("StackInstanceRegion", r.stackInstanceRegion())
        .add("NextToken", r.nextToken());
  }

  /** Checks {@code DescribeStackSet}. */
  static void validate(DescribeStackSetRequest r) {
    stackSetName(r.stackSetName());
    callAs(r.callAsAsString());
  }

  /** Writes {@code DescribeStackSet}. */
  static void write(DescribeStackSetRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code DescribeStackInstance}. */
  static void validate(DescribeStackInstanceRequest r) {
    stackSetName(r.stackSetName());
    Validation.required(r.stackInstanceAccount(), "stackInstanceAccount");
    Validation.required(r.stackInstanceRegion(), "stackInstanceRegion");
    instanceAddress(r.stackInstanceAccount(), r.stackInstanceRegion());
    callAs(r.callAsAsString());
  }

  /** Writes {@code DescribeStackInstance}. */
  static void write(DescribeStackInstanceRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("StackInstanceAccount", r.stackInstanceAccount())
        .add("StackInstanceRegion", r.stackInstanceRegion())
        .add("CallAs", r.callAsAsString());
  }

  static void stackSetName(String value) {
    Validation.required(value, "stackSetName");
    Validation.pattern(value, "stackSetName", STACK_SET_NAME_OR_ID,
        "be a stack-set name (a letter, then letters, digits and hyphens) or a stack-set id (name:uuid)");
    int colon = value.indexOf(':');
    Validation.length(colon < 0 ? value : value.substring(0, colon), "stackSetName", 1, 128);
  }

  /** The account and Region of a stack instance; each optional here, both required where the caller says. */
  private static void instanceAddress(String account, String region) {
    Validation.pattern(account, "stackInstanceAccount", ACCOUNT, "be a 12-digit account id");
    Validation.pattern(region, "stackInstanceRegion", REGION, "be 1 to 128 letters, digits or hyphens");
  }

  static void operationId(String value) {
    Validation.required(value, "operationId");
    Validation.length(value, "operationId", 1, 128);
    Validation.pattern(value, "operationId", OPERATION_ID,
        "start with a letter or digit and hold only letters, digits and hyphens");
  }

  /** The checks of the paged operations, in this order: {@code maxResults}, {@code callAs}, {@code nextToken}. */
  static void paging(Integer maxResults, String callAs, String nextToken) {
    Validation.range(maxResults, "maxResults", 1, 100);
    callAs(callAs);
    Validation.length(nextToken, "nextToken", 1, 1024);
  }

  static void callAs(String value) {
    // any non-blank value is passed through, so a value newer than this SDK can still be sent
    Validation.notBlank(value, "callAs");
  }

  /**
   * Checks a {@code Filters} list: at most {@code max} filters, each with a name that {@code nameAccepted} takes
   * (else "must be {@code expectedName}") and values matching {@code valuePattern}.
   */
  private static <F> void filters(List<F> filters, int max, Function<F, String> name, Function<F, String> values,
      Predicate<F> nameAccepted, String expectedName, Pattern valuePattern, String valueDescription) {
    if (filters.size() > max) {
      throw new IllegalArgumentException("filters may hold at most " + max + (max == 1 ? " filter" : " filters")
          + ", had " + filters.size());
    }
    for (int i = 0; i < filters.size(); i++) {
      F f = filters.get(i);
      String at = "filters[" + i + "]";
      Validation.required(name.apply(f), at + ".name");
      if (!nameAccepted.test(f)) {
        throw new IllegalArgumentException(at + ".name must be " + expectedName + ": '" + name.apply(f) + "'");
      }
      Validation.required(values.apply(f), at + ".values");
      Validation.pattern(values.apply(f), at + ".values", valuePattern, valueDescription);
    }
  }

  /** Adds {@code Filters.member.N.Name/Values}; a present but empty list is sent as {@code Filters=}. */
  private static <F> void addFilters(QueryForm form, boolean present, List<F> filters, Function<F, String> name,
      Function<F, String> values) {
    if (present && filters.isEmpty()) {
      form.add("Filters", "");
    }
    for (int i = 0; i < filters.size(); i++) {
      String prefix = "Filters.member." + (i + 1) + ".";
      form.add(prefix + "Name", name.apply(filters.get(i))).add(prefix + "Values", values.apply(filters.get(i)));
    }
  }
}
