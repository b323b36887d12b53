package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The paging block of a list response ({@code page_info}): the marker of the next and previous page and the number of items on this page.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * String next = response.pageInfo() == null ? null : response.pageInfo().nextMarker();
 * }</pre>
 */
@Model(additionalFields = true)
interface PageInfoSpec {
  /** The marker that asks for the next page ({@code next_marker}); null on the last page. */
  @Nullable String nextMarker();

  /** The marker of the previous page ({@code previous_marker}). */
  @Nullable String previousMarker();

  /** How many items this page holds ({@code current_count}). */
  @Nullable Integer currentCount();
}
