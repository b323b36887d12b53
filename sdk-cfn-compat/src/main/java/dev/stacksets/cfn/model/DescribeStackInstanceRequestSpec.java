package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DescribeStackInstance}. {@code stackSetName}, {@code stackInstanceAccount} and
 * {@code stackInstanceRegion} are required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DescribeStackInstanceRequest request = DescribeStackInstanceRequest.builder().stackSetName("my-set")
 *     .stackInstanceAccount("111122223333").stackInstanceRegion("eu-west-1").build();
 * }</pre>
 */
@Model
interface DescribeStackInstanceRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** The 12-digit account id of the stack instance (required). */
  @Nullable String stackInstanceAccount();

  /** The Region of the stack instance (required). */
  @Nullable String stackInstanceRegion();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
