package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The request of UpdateStackSet ({@code PATCH /v1/stack-sets/{stack_set_name}}, body
 * {@code UpdateStackSetRequestBody}). Overwrites the fields given and leaves the others as they are; refused while
 * the set is OPERATION_IN_PROGRESS. The agency fields apply to SELF_MANAGED sets only, which the service checks (the
 * request does not say which model the set has).
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent, and nothing is sent when one is
 * wrong ({@link IllegalArgumentException} naming the fields): {@code stackSetName} is required and well formed, and
 * at most one of {@code administrationAgencyName} / {@code administrationAgencyUrn} is given. Only the fields set
 * are sent.
 *
 * <pre>{@code
 * rfs.updateStackSet(r -> r.stackSetName("my_stack_set").stackSetDescription("audit logs, all regions"));
 * }</pre>
 */
@Model
interface UpdateStackSetRequestSpec extends WriteParameters {
  /**
   * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
   */
  @Nullable String stackSetName();

  /**
   * The stack set's id ({@code stack_set_id}): when it differs from the current set's id the service answers 400, so
   * a re-created set of the same name is never touched by mistake. Checked when sent: 1 to 128 letters, digits,
   * {@code _} and {@code -}.
   */
  @Nullable String stackSetId();

  /** The new description ({@code stack_set_description}). */
  @Nullable String stackSetDescription();

  /** The new description given to the stacks the set creates ({@code initial_stack_description}). */
  @Nullable String initialStackDescription();

  /**
   * The new administration agency's name ({@code administration_agency_name}); at most one of it and {@code
   * administrationAgencyUrn}.
   */
  @Nullable String administrationAgencyName();

  /** The new managed agency's name ({@code managed_agency_name}). */
  @Nullable String managedAgencyName();

  /**
   * The new administration agency's URN ({@code administration_agency_urn}); at most one of it and {@code
   * administrationAgencyName}.
   */
  @Nullable String administrationAgencyUrn();

  /** How RFS manages the set's operations ({@code managed_operation}). */
  @Nullable ManagedOperation managedOperation();
}
