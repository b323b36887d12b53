package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.exception.InvalidNextTokenException;
import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotEmptyException;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.core.internal.ServiceExceptions;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The AWS error-code table shared by the Query (CloudFormation) and JSON 1.1 (Config) error mappers: picks the
 * exception type from the code (AWS sends most client errors with HTTP 400 whatever they mean), sets the throttling
 * and retryable flags, and falls back to the HTTP status; a not-found code it does not know is a plain
 * {@link NotFoundException}, which an operation's own modeled errors (declared with it in {@link CfnOperations} and
 * {@link ConfigOperations}) refine. The code lists follow the AWS SDK for Java v2 ({@code AwsErrorCode}) and the
 * CloudFormation common-errors page. Stateless and thread-safe.
 */
public final class AwsErrors {
  /** Throttling codes (AWS SDK v2 {@code THROTTLING_ERROR_CODES}). */
  static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException",
      "ProvisionedThroughputExceededException", "SlowDown", "TooManyRequestsException", "RequestLimitExceeded",
      "BandwidthLimitExceeded", "RequestThrottled", "RequestThrottledException", "EC2ThrottledException",
      "TransactionInProgressException");

  /** Transient server-side codes, retried whatever the status (AWS SDK v2 {@code RETRYABLE_ERROR_CODES} and more). */
  static final Set<String> RETRYABLE = Set.of("PriorRequestNotComplete", "RequestTimeout",
      "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable");

  private static final Map<String, Function<ServiceError, ServiceException>> BY_CODE = Map.ofEntries(
      Map.entry("InvalidNextTokenException", InvalidNextTokenException::new),
      // bad requests that must not be mistaken for anything else, whatever the status
      Map.entry("ValidationError", BadRequestException::new),
      Map.entry("ValidationException", BadRequestException::new),
      Map.entry("InvalidLimitException", BadRequestException::new),
      Map.entry("InvalidOperationException", BadRequestException::new),
      Map.entry("InvalidParameterValueException", BadRequestException::new),
      Map.entry("InvalidParameterCombination", BadRequestException::new),
      Map.entry("InvalidParameterValue", BadRequestException::new),
      Map.entry("MissingParameter", BadRequestException::new),
      Map.entry("InvalidAction", BadRequestException::new),
      Map.entry("InvalidQueryParameter", BadRequestException::new),
      Map.entry("MalformedQueryString", BadRequestException::new),
      Map.entry("LimitExceededException", BadRequestException::new),
      // authorization
      Map.entry("AccessDenied", AccessDeniedException::new),
      Map.entry("AccessDeniedException", AccessDeniedException::new),
      Map.entry("OrganizationAccessDeniedException", AccessDeniedException::new),
      Map.entry("NotAuthorized", AccessDeniedException::new),
      Map.entry("OptInRequired", AccessDeniedException::new),
      Map.entry("UnauthorizedOperation", AccessDeniedException::new),
      // authentication and signing (the clock-skew ones are also seen by the pipeline's skew detection)
      Map.entry("IncompleteSignature", AuthenticationException::new),
      Map.entry("InvalidClientTokenId", AuthenticationException::new),
      Map.entry("UnrecognizedClientException", AuthenticationException::new),
      Map.entry("SignatureDoesNotMatch", AuthenticationException::new),
      Map.entry("InvalidSignatureException", AuthenticationException::new),
      Map.entry("MissingAuthenticationToken", AuthenticationException::new),
      Map.entry("MissingAuthenticationTokenException", AuthenticationException::new),
      Map.entry("ExpiredToken", AuthenticationException::new),
      Map.entry("ExpiredTokenException", AuthenticationException::new),
      Map.entry("RequestExpired", AuthenticationException::new),
      Map.entry("RequestTimeTooSkewed", AuthenticationException::new),
      Map.entry("RequestInTheFuture", AuthenticationException::new),
      Map.entry("AuthFailure", AuthenticationException::new),
      // conflicts (CloudFormation write operations): the cross-cloud ones have their core types whatever the
      // operation; the CloudFormation-specific ones are refined by the operations that model them (CfnOperations)
      Map.entry("NameAlreadyExistsException", NameAlreadyExistsException::new),
      Map.entry("OperationInProgressException", OperationInProgressException::new),
      Map.entry("StackSetNotEmptyException", StackSetNotEmptyException::new),
      Map.entry("OperationIdAlreadyExistsException", ConflictException::new),
      Map.entry("StaleRequestException", ConflictException::new),
      Map.entry("CreatedButModifiedException", ConflictException::new));

  private AwsErrors() {}

  /**
   * Completes {@code error} with the parsed code and message and builds the typed exception.
   *
   * @param code    the normalized error code, or null when the body had none
   * @param message the error message, or null
   */
  public static ServiceException toException(ServiceError.Builder error, String code, String message) {
    error.errorCode(code).errorMessage(message);
    if (code == null) {
      return ServiceExceptions.forStatus(error.build());
    }
    if (THROTTLING.contains(code)) {
      return new ThrottlingException(error.throttling(true).build());
    }
    if (RETRYABLE.contains(code)) {
      error.retryableCode(true);
    }
    Function<ServiceError, ServiceException> factory = BY_CODE.get(code);
    if (factory != null) {
      return factory.apply(error.build());
    }
    ServiceError built = error.build();
    if (code.endsWith("NotFoundException") || code.endsWith("NotFound") || code.startsWith("NoSuch")) {
      return new NotFoundException(built);
    }
    return ServiceExceptions.forStatus(built);
  }
}
