package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stack set. ListStackSets fills the summary fields; ShowStackSetMetadata also fills the metadata fields (their accessors say so; they are null or empty in list results).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out. {@link #toString()} never shows variable contents.
 *
 * <pre>{@code
 * StackSet s = rfs.showStackSetMetadata(r -> r.stackSetName("my_stack_set")).stackSet();
 * System.out.println(s.stackSetId() + " " + s.status());
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetSpec {
  /** Unique id of the stack set ({@code stack_set_id}). */
  @Nullable String stackSetId();

  /** Name of the stack set ({@code stack_set_name}). */
  @Nullable String stackSetName();

  /** Description ({@code stack_set_description}). */
  @Nullable String stackSetDescription();

  /** Permission model ({@code permission_model}). */
  @Nullable PermissionModel permissionModel();

  /** Status ({@code status}). */
  @Nullable StackSetStatus status();

  /** When it was created ({@code create_time}). */
  @Nullable Instant createTime();

  /** When it was last updated ({@code update_time}). */
  @Nullable Instant updateTime();

  /** ShowStackSetMetadata only: description given to new stacks ({@code initial_stack_description}). */
  @Nullable String initialStackDescription();

  /** ShowStackSetMetadata only: administration agency name ({@code administration_agency_name}). */
  @Nullable String administrationAgencyName();

  /** ShowStackSetMetadata only: administration agency URN ({@code administration_agency_urn}). */
  @Nullable String administrationAgencyUrn();

  /** ShowStackSetMetadata only: managed agency name ({@code managed_agency_name}). */
  @Nullable String managedAgencyName();

  /** ShowStackSetMetadata only: content of the variables file ({@code vars_uri_content}). May hold secrets: never shown by {@code toString()}. */
  @Redacted @Nullable String varsUriContent();

  /** ShowStackSetMetadata only: the variables ({@code vars_body}). May hold secrets: never shown by {@code toString()}. */
  @Redacted @Nullable String varsBody();

  /** ShowStackSetMetadata only: operation management settings ({@code managed_operation}). */
  @Nullable ManagedOperation managedOperation();

  /** ShowStackSetMetadata only: organizational units managed by the set ({@code organizational_unit_ids}). */
  List<String> organizationalUnitIds();
}
