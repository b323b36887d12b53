package dev.stacksets.cfn.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ErrorMapper;
import dev.stacksets.core.internal.util.Json;

/**
 * Reads AWS JSON 1.1 error replies: the type from the {@code X-Amzn-Errortype} header, or the body's
 * {@code __type} or {@code code}; the message from {@code message} or {@code Message}. A type given as a full shape
 * id ({@code aws.protocoltests.json#FooError:http://internal.amazon.com/...}) is cut to its shape name
 * ({@code FooError}). Codes are mapped with {@link AwsErrors}; a body that is not JSON falls back to the HTTP
 * status. Stateless and thread-safe.
 */
public final class JsonErrorMapper implements ErrorMapper {
  /** The one instance. */
  public static final JsonErrorMapper INSTANCE = new JsonErrorMapper();

  private JsonErrorMapper() {}

  @Override
  public ServiceException toException(SdkHttpResponse response, ServiceError.Builder error) {
    JsonNode body = null;
    if (response.body().length > 0) {
      try {
        body = Json.mapper().readTree(response.body());
      } catch (java.io.IOException | RuntimeException notJson) {
        body = null;
      }
    }
    String type = response.header("X-Amzn-Errortype");
    String message = null;
    if (body != null && body.isObject()) {
      if (type == null || type.isBlank()) {
        type = textField(body, "__type");
      }
      if (type == null) {
        type = textField(body, "code");
      }
      message = textField(body, "message");
      if (message == null) {
        message = textField(body, "Message");
      }
    }
    return AwsErrors.toException(error, normalize(type), message);
  }

  /** {@code ns#Name:uri} to {@code Name}: the part before the first {@code :}, then after the last {@code #}. */
  static String normalize(String type) {
    if (type == null) {
      return null;
    }
    String t = type.trim();
    int colon = t.indexOf(':');
    if (colon >= 0) {
      t = t.substring(0, colon);
    }
    int hash = t.lastIndexOf('#');
    if (hash >= 0) {
      t = t.substring(hash + 1);
    }
    return t.isEmpty() ? null : t;
  }

  private static String textField(JsonNode body, String name) {
    JsonNode n = body.get(name);
    return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
  }
}
