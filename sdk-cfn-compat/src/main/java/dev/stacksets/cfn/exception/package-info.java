/**
 * Service exceptions specific to CloudFormation and AWS Config, for the cases where a caller acts differently.
 *
 * <p>Every AWS error reply becomes one of the core {@link dev.stacksets.core.exception.ServiceException} types,
 * chosen by its error code first and its HTTP status second (AWS sends most of these with HTTP 400). A not-found
 * code becomes its own type only from the operations that document it (e.g. {@code StackSetNotFoundException} from
 * every stack-set operation but {@code ListStackSets}); from any other operation it is a plain
 * {@link dev.stacksets.core.exception.NotFoundException}:
 *
 * <table>
 *   <caption>Error codes and exception types</caption>
 *   <tr><th>Error code</th><th>Exception</th></tr>
 *   <tr><td>{@code StackSetNotFoundException}</td>
 *       <td>{@link dev.stacksets.core.exception.StackSetNotFoundException}</td></tr>
 *   <tr><td>{@code OperationNotFoundException}</td>
 *       <td>{@link dev.stacksets.core.exception.OperationNotFoundException}</td></tr>
 *   <tr><td>{@code NoSuchOrganizationConformancePackException}</td>
 *       <td>{@link dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException}</td></tr>
 *   <tr><td>{@code StackInstanceNotFoundException} from {@code DescribeStackInstance}</td>
 *       <td>{@link dev.stacksets.cfn.exception.StackInstanceNotFoundException}</td></tr>
 *   <tr><td>{@code StackInstanceNotFoundException} from another operation, {@code StackNotFoundException}, other
 *       {@code *NotFound*}</td>
 *       <td>{@link dev.stacksets.core.exception.NotFoundException}</td></tr>
 *   <tr><td>{@code InvalidNextTokenException}</td>
 *       <td>{@link dev.stacksets.cfn.exception.InvalidNextTokenException}</td></tr>
 *   <tr><td>{@code InvalidOperationException}, {@code LimitExceededException} from the stack-set writes</td>
 *       <td>{@link dev.stacksets.cfn.exception.InvalidOperationException},
 *       {@link dev.stacksets.cfn.exception.LimitExceededException}</td></tr>
 *   <tr><td>{@code OrganizationConformancePackTemplateValidationException},
 *       {@code MaxNumberOfOrganizationConformancePacksExceededException},
 *       {@code OrganizationAllFeaturesNotEnabledException}, {@code NoAvailableOrganizationException} from
 *       {@code PutOrganizationConformancePack}</td>
 *       <td>their types here, {@link dev.stacksets.core.exception.BadRequestException} subtypes</td></tr>
 *   <tr><td>{@code InsufficientPermissionsException} from {@code PutOrganizationConformancePack}</td>
 *       <td>{@link dev.stacksets.cfn.exception.InsufficientPermissionsException}, an
 *       {@link dev.stacksets.core.exception.AccessDeniedException}</td></tr>
 *   <tr><td>{@code ValidationError}, {@code InvalidLimitException}, {@code InvalidOperationException} and
 *       {@code LimitExceededException} from other operations, {@code InvalidParameterValueException} and similar</td>
 *       <td>{@link dev.stacksets.core.exception.BadRequestException} (read {@code errorCode()})</td></tr>
 *   <tr><td>{@code Throttling}, {@code ThrottlingException} and the other AWS throttling codes</td>
 *       <td>{@link dev.stacksets.core.exception.ThrottlingException}, retried</td></tr>
 *   <tr><td>{@code AccessDeniedException}, {@code OrganizationAccessDeniedException}, {@code NotAuthorized},
 *       {@code OptInRequired}</td>
 *       <td>{@link dev.stacksets.core.exception.AccessDeniedException}</td></tr>
 *   <tr><td>{@code SignatureDoesNotMatch}, {@code IncompleteSignature}, {@code InvalidClientTokenId},
 *       {@code RequestExpired}, {@code ExpiredToken} and similar</td>
 *       <td>{@link dev.stacksets.core.exception.AuthenticationException}</td></tr>
 *   <tr><td>{@code NameAlreadyExistsException}, {@code OperationInProgressException},
 *       {@code StackSetNotEmptyException} (from any operation)</td>
 *       <td>{@link dev.stacksets.core.exception.NameAlreadyExistsException},
 *       {@link dev.stacksets.core.exception.OperationInProgressException},
 *       {@link dev.stacksets.core.exception.StackSetNotEmptyException}</td></tr>
 *   <tr><td>{@code OperationIdAlreadyExistsException}, {@code StaleRequestException},
 *       {@code CreatedButModifiedException} from the stack-set writes; {@code ResourceInUseException} from the
 *       conformance-pack writes (sent with HTTP 400: a pack being changed)</td>
 *       <td>their types here, {@link dev.stacksets.core.exception.ConflictException} subtypes</td></tr>
 *   <tr><td>other conflicts</td>
 *       <td>{@link dev.stacksets.core.exception.ConflictException}</td></tr>
 *   <tr><td>{@code InternalError}, {@code InternalFailure}, {@code RequestTimeout}, {@code ServiceUnavailable},
 *       {@code PriorRequestNotComplete}</td>
 *       <td>by HTTP status, flagged retryable</td></tr>
 *   <tr><td>anything else</td><td>by HTTP status</td></tr>
 * </table>
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.cfn.exception;

import org.jspecify.annotations.NullMarked;
