package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DeleteOrganizationConformancePack}. {@code organizationConformancePackName} is required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DeleteOrganizationConformancePackRequest request = DeleteOrganizationConformancePackRequest.builder()
 *     .organizationConformancePackName("my-pack").build();
 * }</pre>
 */
@Model
interface DeleteOrganizationConformancePackRequestSpec {
  /** The pack's name (required; 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}). */
  @Nullable String organizationConformancePackName();
}
