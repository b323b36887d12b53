package dev.stacksets.benchmarks;

import java.time.Instant;

/**
 * Fixed reply bodies the benchmarks serve: a 100-operation RFS ListStackSetOperations page and a 100-summary
 * CloudFormation ListStackSetOperationResults page, shaped like the API documents' examples.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fixtures {
  /** Items per page in every fixture. */
  public static final int ITEMS = 100;

  private Fixtures() {}

  /** RFS {@code GET /v1/stack-sets/{name}/operations} reply with {@link #ITEMS} operations, the last page. */
  public static String rfsOperationsPage() {
    return rfsOperationsPage(null);
  }

  /**
   * RFS {@code GET /v1/stack-sets/{name}/operations} reply with {@link #ITEMS} operations and
   * {@code page_info.next_marker} set to {@code nextMarker} (null: the last page).
   */
  public static String rfsOperationsPage(String nextMarker) {
    StringBuilder sb = new StringBuilder("{\"stack_set_operations\":[");
    Instant t = Instant.parse("2023-05-15T17:39:25.210Z");
    for (int i = 0; i < ITEMS; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"operation_id\":\"").append(String.format("0a1b2c3d-0000-4000-8000-%012d", i))
          .append("\",\"stack_set_id\":\"1b2c3d4e-1111-4111-8111-111111111111\"")
          .append(",\"stack_set_name\":\"my_stack_set\"")
          .append(",\"action\":\"").append(i % 2 == 0 ? "DEPLOY_STACK_SET" : "CREATE_STACK_INSTANCES")
          .append("\",\"status\":\"").append(i % 7 == 0 ? "OPERATION_FAILED" : "OPERATION_COMPLETE")
          .append("\",\"status_message\":\"").append(i % 7 == 0 ? "too many failed stack instances" : "")
          .append("\",\"create_time\":\"").append(t.plusSeconds(60L * i))
          .append("\",\"update_time\":\"").append(t.plusSeconds(60L * i + 42)).append("\"}");
    }
    return sb.append("],\"page_info\":{\"next_marker\":")
        .append(nextMarker == null ? "null" : "\"" + nextMarker + "\"")
        .append(",\"previous_marker\":null,\"current_count\":").append(ITEMS).append("}}").toString();
  }

  /** CloudFormation {@code ListStackSetOperationResults} reply with {@link #ITEMS} summaries, the last page. */
  public static String cfnOperationResultsPage() {
    return cfnOperationResultsPage(null);
  }

  /**
   * CloudFormation {@code ListStackSetOperationResults} reply with {@link #ITEMS} summaries and {@code NextToken}
   * set to {@code nextToken} (null: the last page, no element). The token must not need XML escaping.
   */
  public static String cfnOperationResultsPage(String nextToken) {
    StringBuilder sb = new StringBuilder(
        "<ListStackSetOperationResultsResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
            + "<ListStackSetOperationResultsResult><Summaries>");
    for (int i = 0; i < ITEMS; i++) {
      boolean failed = i % 7 == 0;
      sb.append("<member><Account>").append(String.format("%012d", 100000000000L + i)).append("</Account>")
          .append("<Region>").append(i % 2 == 0 ? "us-east-1" : "eu-west-1").append("</Region>")
          .append("<Status>").append(failed ? "FAILED" : "SUCCEEDED").append("</Status>")
          .append(failed ? "<StatusReason>Account has no permission</StatusReason>" : "")
          .append("<AccountGateResult><Status>SKIPPED</Status>")
          .append("<StatusReason>Function not found</StatusReason></AccountGateResult>")
          .append("<OrganizationalUnitId>ou-abcd-12345678</OrganizationalUnitId></member>");
    }
    sb.append("</Summaries>");
    if (nextToken != null) {
      sb.append("<NextToken>").append(nextToken).append("</NextToken>");
    }
    return sb.append("</ListStackSetOperationResultsResult><ResponseMetadata>")
        .append("<RequestId>5ccc7dcd-744c-11e5-be70-1b08c228efb3</RequestId></ResponseMetadata>")
        .append("</ListStackSetOperationResultsResponse>").toString();
  }
}
