package dev.stacksets.core.internal;

import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The map stage for error replies: the server's request id, and the typed exception of a non-2xx reply through the
 * service's {@link ErrorMapper}, with every secret the attempt sent masked. Immutable and thread-safe.
 */
final class ReplyMapper {
  private final ServiceProfile profile;

  ReplyMapper(ServiceProfile profile) {
    this.profile = profile;
  }

  /** The server's request id: the first of the profile's request id headers present, or null. */
  String requestId(SdkHttpResponse response) {
    for (String name : profile.requestIdHeaders()) {
      String v = response.header(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * The exception for an error reply. Every text it shows that came from the reply passes through {@code secrets}
   * after the mapper decoded it ({@link ServiceError.Builder#redactor}), so an echoed secret is masked whatever
   * encoding the server used, also in an error the mapper failed on.
   */
  ServiceException toException(SdkHttpResponse response, EchoedSecrets secrets, String requestId,
      String clientRequestId, int attempt) {
    SdkHttpResponse redacted = redactEchoedSecrets(response, secrets);
    ServiceError.Builder error = ServiceError.builder()
        .redactor(secrets::mask)
        .service(profile.serviceName())
        .statusCode(redacted.statusCode())
        .requestId(requestId)
        .clientRequestId(clientRequestId)
        .attempts(attempt)
        .bodyExcerpt(excerpt(redacted.body()));
    ServiceException mapped;
    try {
      mapped = profile.errorMapper().toException(redacted, error);
    } catch (RuntimeException e) {
      mapped = null; // an error body so broken that the mapper itself failed
    }
    // either way the caller still gets the status-typed exception
    return mapped != null ? mapped : ServiceExceptions.forStatus(error.build());
  }

  /**
   * The error response as the mapper sees it: a secret this attempt sent or signed with (the {@code Authorization}
   * value or its signature, a security token, the secret key) that the service echoes in its error body, as AWS's
   * {@code SignatureDoesNotMatch} does with the canonical request, is masked as {@code ***} by {@link EchoedSecrets},
   * in whatever encoding the body carries it. Error path only.
   */
  static SdkHttpResponse redactEchoedSecrets(SdkHttpResponse response, EchoedSecrets secrets) {
    byte[] body = response.body();
    if (body.length == 0) {
      return response;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String redacted = secrets.mask(text);
    return redacted.equals(text) ? response
        : new SdkHttpResponse(response.statusCode(), response.headers(), redacted.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #redactEchoedSecrets(SdkHttpResponse, EchoedSecrets)} with the secrets of the signed request only. */
  static SdkHttpResponse redactEchoedSecrets(SdkHttpResponse response, SdkHttpRequest signed) {
    return redactEchoedSecrets(response, EchoedSecrets.of(signed, null));
  }

  private static String excerpt(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    // enough bytes for MAX_EXCERPT_CHARS characters (at most 4 bytes each); ServiceError cuts the rest
    int n = Math.min(body.length, ServiceError.MAX_EXCERPT_CHARS * 4);
    return new String(body, 0, n, StandardCharsets.UTF_8);
  }
}
