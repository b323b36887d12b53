package dev.stacksets.cfn.internal;

import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ErrorMapper;
import dev.stacksets.core.internal.ServiceExceptions;
import dev.stacksets.core.internal.util.XmlNode;
import dev.stacksets.core.internal.util.XmlParser;

/**
 * Reads AWS Query error replies, {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>
 * </ErrorResponse>} in any namespace (also the {@code <Errors><Error>} nesting), takes the request id from the body
 * when the {@code x-amzn-RequestId} header is missing, and maps the code with {@link AwsErrors}. A body that is not
 * XML (a proxy's HTML page, an empty reply) falls back to the HTTP status. Stateless and thread-safe.
 */
public final class QueryErrorMapper implements ErrorMapper {
  /** The one instance. */
  public static final QueryErrorMapper INSTANCE = new QueryErrorMapper();

  private QueryErrorMapper() {}

  @Override
  public ServiceException toException(SdkHttpResponse response, ServiceError.Builder error) {
    XmlNode root;
    try {
      root = response.body().length == 0 ? null : XmlParser.parse(response.body());
    } catch (RuntimeException notXml) {
      root = null;
    }
    if (root == null) {
      return ServiceExceptions.forStatus(error.build());
    }
    if (error.requestId() == null) {
      String id = root.childText("RequestId");
      if (id == null) {
        id = root.childText("RequestID");
      }
      if (id == null) {
        id = CfnResponses.requestId(root);
      }
      if (id != null && !id.isBlank()) {
        error.requestId(id.trim());
      }
    }
    XmlNode e = errorElement(root);
    if (e == null) {
      return ServiceExceptions.forStatus(error.build());
    }
    return AwsErrors.toException(error, blankToNull(e.childText("Code")), blankToNull(e.childText("Message")));
  }

  private static XmlNode errorElement(XmlNode root) {
    if (root.name().equals("Error")) {
      return root;
    }
    XmlNode e = root.child("Error");
    if (e == null && root.child("Errors") != null) {
      e = root.child("Errors").child("Error");
    }
    return e;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
