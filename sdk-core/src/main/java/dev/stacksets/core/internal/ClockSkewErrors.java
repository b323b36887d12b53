package dev.stacksets.core.internal;

import dev.stacksets.core.exception.ServiceException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which service errors mean "your request's timestamp is off". The pipeline only acts on them when the reply's
 * {@code Date} header is also more than a minute away from the client's clock, so a genuine signature mistake is not
 * retried for nothing.
 */
public final class ClockSkewErrors {
  private static final Set<String> AWS_CODES = Set.of("RequestTimeTooSkewed", "RequestExpired",
      "RequestInTheFuture", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure");

  private ClockSkewErrors() {}

  /** Huawei API Gateway: an {@code APIGW.*} error whose message says the signature expired. */
  public static Predicate<ServiceException> huawei() {
    return e -> e.errorCode() != null && e.errorCode().startsWith("APIGW.") && e.errorMessage() != null
        && e.errorMessage().toLowerCase(Locale.ROOT).contains("signature expired");
  }

  /** AWS: the definite and possible clock-skew codes the AWS SDK v2 recognises. */
  public static Predicate<ServiceException> aws() {
    return e -> e.errorCode() != null && AWS_CODES.contains(e.errorCode());
  }

  /** Never a skew error (services or tests without signing). */
  public static Predicate<ServiceException> none() {
    return e -> false;
  }
}
