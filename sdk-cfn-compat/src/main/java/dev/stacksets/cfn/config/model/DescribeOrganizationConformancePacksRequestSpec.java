package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DescribeOrganizationConformancePacks}: the settings of the named organization
 * conformance packs, or of all of them (page by page) when no name is given. The service applies {@code limit}
 * and {@code nextToken} only when no name is given.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DescribeOrganizationConformancePacksRequest request =
 *     DescribeOrganizationConformancePacksRequest.builder().organizationConformancePackNames("my-pack").build();
 * }</pre>
 */
@Model
interface DescribeOrganizationConformancePacksRequestSpec {
  /** The packs to describe, at most 25 (each 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}); all when empty. */
  @Presence List<String> organizationConformancePackNames();

  /** The most items per page, 0 to 100 (0 and absent mean the service default, 100). */
  @Nullable Integer limit();

  /** The token of the page to fetch; null for the first page. */
  @Nullable String nextToken();
}
