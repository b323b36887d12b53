package dev.stacksets.rfs.internal;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.PercentEncoding;
import dev.stacksets.rfs.model.ListStackInstancesRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetsRequest;
import dev.stacksets.rfs.model.ShowStackInstanceRequest;
import dev.stacksets.rfs.model.ShowStackSetMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.Sort;
import java.util.List;

/**
 * Turns the typed RFS requests into {@link SdkHttpRequest}s (REST: method, percent-encoded path, query, headers).
 * The one place request values are checked (required values, patterns, ranges), throwing
 * {@link IllegalArgumentException} naming the parameter before anything is sent; the model builders only refuse
 * null list elements and {@code UNKNOWN_TO_SDK_VERSION}.
 *
 * <p>Path segments are encoded one by one with {@link PercentEncoding#encode(String)} (RFC 3986), so a Chinese name
 * becomes UTF-8 {@code %XX} sequences and the {@code /} inside {@code stack_instance_addr} becomes {@code %2F}. Query
 * values stay decoded here; the transport and the signer encode them with the same encoder. Query parameters follow
 * the API's field order: {@code stack_set_id, filter, sort_key..., sort_dir..., call_identity, marker, limit}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RfsRequestSerializer {
  /** Header carrying the project id when the client has one. */
  public static final String PROJECT_ID_HEADER = "X-Project-Id";
  /** Header carrying the caller's request id. */
  public static final String CLIENT_REQUEST_ID_HEADER = "Client-Request-Id";

  private static final String STACK_SETS = "/v1/stack-sets";

  private final String projectId;

  /** @param projectId sent as {@code X-Project-Id} on every call, or null */
  public RfsRequestSerializer(String projectId) {
    this.projectId = projectId;
  }

  /** ListStackSets. */
  public SdkHttpRequest listStackSets(ListStackSetsRequest r) {
    SdkHttpRequest.Builder b = get(STACK_SETS, r.clientRequestId());
    String filter = r.filter() == null ? null : r.filter().toQueryValue();
    return listQuery(b, null, filter, r.sorts(), r.callIdentityAsString(), r.marker(), r.limit());
  }

  /** ShowStackSetMetadata. */
  public SdkHttpRequest showStackSetMetadata(ShowStackSetMetadataRequest r) {
    SdkHttpRequest.Builder b = get(stackSet(r.stackSetName()) + "/metadata", r.clientRequestId());
    stackSetId(b, r.stackSetId());
    callIdentity(b, r.callIdentityAsString());
    return b.build();
  }

  /** ListStackSetOperations. */
  public SdkHttpRequest listStackSetOperations(ListStackSetOperationsRequest r) {
    SdkHttpRequest.Builder b = get(stackSet(r.stackSetName()) + "/operations", r.clientRequestId());
    String filter = r.filter() == null ? null : r.filter().toQueryValue();
    return listQuery(b, r.stackSetId(), filter, r.sorts(), r.callIdentityAsString(), r.marker(), r.limit());
  }

  /** ShowStackSetOperationMetadata. */
  public SdkHttpRequest showStackSetOperationMetadata(ShowStackSetOperationMetadataRequest r) {
    String path = stackSet(r.stackSetName()) + "/operations/"
        + segment(RfsValidation.required(RfsValidation.operationId(r.operationId()), "operationId",
            "stack_set_operation_id")) + "/metadata";
    SdkHttpRequest.Builder b = get(path, r.clientRequestId());
    stackSetId(b, r.stackSetId());
    callIdentity(b, r.callIdentityAsString());
    return b.build();
  }

  /** ListStackInstances. */
  public SdkHttpRequest listStackInstances(ListStackInstancesRequest r) {
    SdkHttpRequest.Builder b = get(stackSet(r.stackSetName()) + "/stack-instances", r.clientRequestId());
    String filter = r.filter() == null ? null : r.filter().toQueryValue();
    return listQuery(b, r.stackSetId(), filter, r.sorts(), r.callIdentityAsString(), r.marker(), r.limit());
  }

  /** ShowStackInstance: {@code stack_instance_addr} is {@code region/stack_domain_id} in one segment. */
  public SdkHttpRequest showStackInstance(ShowStackInstanceRequest r) {
    String prefix = stackSet(r.stackSetName());
    String addr = RfsValidation.required(RfsValidation.region(r.region()), "region", "stack_instance_addr") + "/"
        + RfsValidation.required(RfsValidation.stackDomainId(r.stackDomainId()), "stackDomainId",
            "stack_instance_addr");
    SdkHttpRequest.Builder b = get(prefix + "/stack-instances/" + segment(addr), r.clientRequestId());
    stackSetId(b, r.stackSetId());
    callIdentity(b, r.callIdentityAsString());
    return b.build();
  }

  private SdkHttpRequest.Builder get(String encodedPath, String clientRequestId) {
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method("GET").encodedPath(encodedPath);
    if (projectId != null) {
      b.header(PROJECT_ID_HEADER, projectId);
    }
    if (RfsValidation.clientRequestId(clientRequestId) != null) {
      b.header(CLIENT_REQUEST_ID_HEADER, clientRequestId);
    }
    return b;
  }

  private static String stackSet(String name) {
    return STACK_SETS + "/" + segment(RfsValidation.required(RfsValidation.stackSetName(name), "stackSetName",
        "stack_set_name"));
  }

  private static String segment(String value) {
    return PercentEncoding.encode(value);
  }

  private static void stackSetId(SdkHttpRequest.Builder b, String stackSetId) {
    if (RfsValidation.id(stackSetId, "stackSetId", "stack_set_id") != null) {
      b.addQuery("stack_set_id", stackSetId);
    }
  }

  /** The query of the three List operations, in the API's order; null values are left out. */
  private static SdkHttpRequest listQuery(SdkHttpRequest.Builder b, String stackSetId, String filter, List<Sort> sorts,
      String callIdentity, String marker, Integer limit) {
    stackSetId(b, stackSetId);
    if (filter != null) {
      b.addQuery("filter", filter);
    }
    for (Sort s : sorts) {
      b.addQuery("sort_key", s.key().value());
    }
    for (Sort s : sorts) {
      b.addQuery("sort_dir", s.direction().value());
    }
    callIdentity(b, callIdentity);
    if (RfsValidation.marker(marker) != null) {
      b.addQuery("marker", marker);
    }
    if (RfsValidation.limit(limit) != null) {
      b.addQuery("limit", Integer.toString(limit));
    }
    return b.build();
  }

  private static void callIdentity(SdkHttpRequest.Builder b, String callIdentity) {
    if (callIdentity != null) {
      b.addQuery("call_identity", callIdentity);
    }
  }
}
