package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * The request of DeployStackSet ({@code POST /v1/stack-sets/{stack_set_name}/deployments}, body
 * {@code DeployStackSetRequestBody}). Deploys the template and variables to the set's existing instances selected by
 * the deployment targets (regions × accounts); starts an operation and returns its id. A deploy replaces the whole
 * template and variables: send them complete every time. A failed deploy does not roll back the set's template or
 * variables.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent, and nothing is sent when one is
 * wrong ({@link IllegalArgumentException} naming the fields): {@code stackSetName} and {@code deploymentTargets}
 * with its {@code regions} are required; at most one of {@code templateBody} / {@code templateUri} and of
 * {@code varsBody} / {@code varsUri}; the rules of {@link DeploymentTargets} and {@link OperationPreferences}. Only
 * the fields set are sent. {@link #toString()} never shows the template or the variables.
 *
 * <pre>{@code
 * String operationId = rfs.deployStackSet(r -> r
 *     .stackSetName("my_stack_set")
 *     .deploymentTargets(t -> t.regions("cn-north-4").domainIds("0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6"))
 *     .templateBody(terraformJson)
 *     .operationPreferences(p -> p.failureToleranceCount(1L).maxConcurrentCount(2L)))
 *     .operationId();
 * }</pre>
 */
@Model
interface DeployStackSetRequestSpec extends WriteParameters {
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

  /**
   * Where the operation runs ({@code deployment_targets}): {@code regions} required; at most one of
   * {@code domainIds} / {@code domainIdsUri}. Required.
   */
  @Nullable DeploymentTargets deploymentTargets();

  /**
   * The template's content ({@code template_body}); at most one of it and {@code templateUri}. Never shown by {@code
   * toString()}.
   */
  @Redacted(before = "<", after = " chars>") @Nullable String templateBody();

  /** OBS URL of the template ({@code template_uri}); at most one of it and {@code templateBody}. */
  @Nullable String templateUri();

  /** OBS URL of the variables file ({@code vars_uri}); at most one of it and {@code varsBody}. */
  @Nullable String varsUri();

  /**
   * The variables ({@code vars_body}); at most one of it and {@code varsUri}. May hold secrets: never shown by {@code
   * toString()}.
   */
  @Redacted @Nullable String varsBody();

  /** How the operation proceeds ({@code operation_preferences}); null for the service defaults. */
  @Nullable OperationPreferences operationPreferences();
}
