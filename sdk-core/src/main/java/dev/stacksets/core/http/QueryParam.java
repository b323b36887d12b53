package dev.stacksets.core.http;

import dev.stacksets.core.internal.util.Require;

/**
 * One query parameter in decoded form. A request keeps its parameters in order and may repeat a name
 * ({@code sort_key=create_time&sort_key=...}); encoding happens once, when the URL and the signature are built.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * QueryParam p = new QueryParam("filter", "status==OPERATION_COMPLETE");
 * }</pre>
 *
 * @param name  decoded name, never null
 * @param value decoded value, never null (use {@code ""} for {@code name=})
 */
public record QueryParam(String name, String value) {
  /** Checks both parts. */
  public QueryParam {
    Require.nonNull(name, "query parameter name");
    if (value == null) {
      throw new IllegalArgumentException("query parameter value must not be null (" + name + ")");
    }
  }
}
