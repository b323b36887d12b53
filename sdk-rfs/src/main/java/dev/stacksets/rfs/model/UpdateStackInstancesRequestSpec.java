package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The request of UpdateStackInstances ({@code PATCH /v1/stack-sets/{stack_set_name}/stack-instances}, body
 * {@code UpdateStackInstancesRequestBody}). Updates the variable overrides of existing stack instances selected by the
 * deployment targets and deploys them; starts an operation and returns its id.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent, and nothing is sent when one is
 * wrong ({@link IllegalArgumentException} naming the fields): {@code stackSetName} and {@code deploymentTargets}
 * with its {@code regions} are required; at most one of {@code varsBody} / {@code varsUri} in
 * {@code varOverrides}; the rules of {@link DeploymentTargets} and {@link OperationPreferences}. Only the fields set
 * are sent.
 *
 * <pre>{@code
 * String operationId = rfs.updateStackInstances(r -> r
 *     .stackSetName("my_stack_set")
 *     .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds("0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6"))
 *     .varOverrides(v -> v.varsBody("instance_type = \"s6.small.1\""))
 *     .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL)))
 *     .operationId();
 * }</pre>
 */
@Model
interface UpdateStackInstancesRequestSpec extends WriteParameters {
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
   * Variables of these instances that differ from the set's ({@code var_overrides}); at most one of its {@code
   * varsBody} and {@code varsUri}.
   */
  @Nullable VarOverrides varOverrides();

  /** How the operation proceeds ({@code operation_preferences}); null for the service defaults. */
  @Nullable OperationPreferences operationPreferences();
}
