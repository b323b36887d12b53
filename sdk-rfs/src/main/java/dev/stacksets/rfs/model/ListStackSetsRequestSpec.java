package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request of ListStackSets ({@code GET /v1/stack-sets}). Lists the stack sets of the account in the client's region.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent: one that breaks the documented rules throws
 * {@link IllegalArgumentException} naming the parameter, and nothing is sent. A null argument unsets an optional
 * value.
 *
 * <pre>{@code
 * ListStackSetsRequest r = ListStackSetsRequest.builder()
 *     .filter(StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED))
 *     .sortByCreateTime(SortDirection.ASC)
 *     .build();
 * }</pre>
 */
@Model
interface ListStackSetsRequestSpec extends ListParameters {
  /** The filter (query {@code filter}); see {@link StackSetFilter}. Null for none. */
  @Nullable StackSetFilter filter();
}
