package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ErrorMapper;
import dev.stacksets.core.internal.ServiceExceptions;
import java.util.Set;

/**
 * Reads RFS and API Gateway error replies.
 *
 * <ul>
 *   <li>RFS: {@code {"error_code", "error_msg", "encoded_authorization_message", "details": [{"error_code",
 *       "error_msg"}]}}; every field goes onto the {@link ServiceError}.</li>
 *   <li>API Gateway ({@code APIGW.*} codes): {@code {"error_code", "error_msg", "request_id"}}. The body's
 *       {@code request_id} is used only when the {@code X-Request-Id} header is missing.</li>
 *   <li>Other JSON shapes seen on Huawei Cloud ({@code {"code", "message"}}, {@code {"error": {...}}}) are read
 *       too; a body that is not a JSON object (an HTML page from a proxy, an empty body) leaves code and message
 *       null, and the raw text stays in {@code bodyExcerpt()}.</li>
 * </ul>
 *
 * <p>The type comes from the status ({@link ServiceExceptions#forStatus(ServiceError)}): 400 BadRequest, 401
 * Authentication, 403 AccessDenied, 404 NotFound, 409 Conflict, 429 or {@code APIGW.0308} Throttling (retried), 5xx
 * ServerError (500, 502, 503, 504 retried). A 404 is made more specific afterwards by {@link RfsNotFoundRule}, which
 * knows the call.
 *
 * <p>Stateless and thread-safe.
 */
public final class RfsErrorMapper implements ErrorMapper {
  /** API Gateway codes that mean the caller is being throttled. */
  static final Set<String> THROTTLING_CODES = Set.of("APIGW.0308");

  @Override
  public ServiceException toException(SdkHttpResponse response, ServiceError.Builder error) {
    JsonNode root = RfsJson.objectOrNull(response.body());
    String code = null;
    if (root != null) {
      JsonNode source = root;
      if (RfsJson.text(root, "error_code", "code") == null && RfsJson.text(root, "error_msg", "message") == null
          && RfsJson.child(root, "error") != null) {
        source = RfsJson.child(root, "error");
      }
      code = RfsJson.text(source, "error_code", "code");
      error.errorCode(code)
          .errorMessage(RfsJson.text(source, "error_msg", "message"))
          .encodedAuthorizationMessage(RfsJson.text(source, "encoded_authorization_message"));
      JsonNode details = source.get("details");
      if (details != null && details.isArray()) {
        for (JsonNode d : details) {
          if (d.isObject()) {
            error.addDetail(RfsJson.text(d, "error_code", "code"), RfsJson.text(d, "error_msg", "message"));
          }
        }
      }
      if (error.requestId() == null) {
        error.requestId(RfsJson.text(root, "request_id"));
      }
    }
    if (response.statusCode() == 429 || (code != null && THROTTLING_CODES.contains(code))) {
      error.throttling(true);
    }
    return ServiceExceptions.forStatus(error.build());
  }
}
