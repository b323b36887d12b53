package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * The request of CreateStackSet ({@code POST /v1/stack-sets}, body {@code CreateStackSetRequestBody}). Creates an
 * empty stack set (no instances yet) and returns its id; synchronous.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent, and nothing is sent when one is
 * wrong ({@link IllegalArgumentException} naming the fields): {@code stackSetName} is required and well formed; with
 * SELF_MANAGED (also when {@code permissionModel} is not set: it is the default) exactly one of
 * {@code administrationAgencyName} / {@code administrationAgencyUrn} and a {@code managedAgencyName} are required;
 * with SERVICE_MANAGED none of the three may be given; at most one of {@code templateBody} / {@code templateUri}, and
 * of {@code varsBody} / {@code varsUri}. Only the fields set are sent. {@link #toString()} never shows the template
 * or the variables.
 *
 * <pre>{@code
 * CreateStackSetRequest r = CreateStackSetRequest.builder()
 *     .stackSetName("my_stack_set")
 *     .permissionModel(PermissionModel.SELF_MANAGED)
 *     .administrationAgencyUrn("iam::0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6:agency:rfs_admin")
 *     .managedAgencyName("rfs_managed")
 *     .templateBody(terraformJson)
 *     .build();
 * }</pre>
 */
@Model
interface CreateStackSetRequestSpec extends WriteParameters {
  /**
   * The new stack set's name ({@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive; unique per
   * account and region. Required.
   */
  @Nullable String stackSetName();

  /** A description ({@code stack_set_description}). */
  @Nullable String stackSetDescription();

  /** The permission model ({@code permission_model}); the service default is SELF_MANAGED. */
  @Nullable PermissionModel permissionModel();

  /**
   * The administration agency's name ({@code administration_agency_name}): SELF_MANAGED only, and exactly one of it
   * and {@code administrationAgencyUrn}.
   */
  @Nullable String administrationAgencyName();

  /**
   * The administration agency's URN ({@code administration_agency_urn}), advised for a trust agency: SELF_MANAGED
   * only, and exactly one of it and {@code administrationAgencyName}.
   */
  @Nullable String administrationAgencyUrn();

  /**
   * The managed agency's name ({@code managed_agency_name}): required for SELF_MANAGED, refused for SERVICE_MANAGED.
   */
  @Nullable String managedAgencyName();

  /**
   * The template's content ({@code template_body}); at most one of it and {@code templateUri}. Never shown by {@code
   * toString()}.
   */
  @Redacted(before = "<", after = " chars>") @Nullable String templateBody();

  /** OBS URL of the template ({@code template_uri}); at most one of it and {@code templateBody}. */
  @Nullable String templateUri();

  /**
   * The variables ({@code vars_body}); at most one of it and {@code varsUri}. May hold secrets: never shown by {@code
   * toString()}.
   */
  @Redacted @Nullable String varsBody();

  /** OBS URL of the variables file ({@code vars_uri}); at most one of it and {@code varsBody}. */
  @Nullable String varsUri();

  /** The description given to the stacks the set creates ({@code initial_stack_description}). */
  @Nullable String initialStackDescription();

  /** How RFS manages the set's operations ({@code managed_operation}). */
  @Nullable ManagedOperation managedOperation();
}
