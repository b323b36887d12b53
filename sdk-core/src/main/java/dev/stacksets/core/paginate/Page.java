package dev.stacksets.core.paginate;

import dev.stacksets.core.internal.util.Require;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged listing: its items and the token that asks for the next page (null or empty on the last).
 *
 * <p>Immutable and thread-safe when its items are.
 *
 * <pre>{@code
 * for (Page<StackSetSummary> page : rfs.listStackSetsPaginator(r -> r.limit(100)).pages()) {
 *   System.out.println(page.items().size() + " items, next " + page.nextToken());
 * }
 * }</pre>
 *
 * @param <T> item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextToken;

  private Page(List<T> items, String nextToken) {
    this.items = List.copyOf(Require.noNullElements(items, "items"));
    this.nextToken = nextToken;
  }

  /**
   * A page with the given items and continuation token (null when it is the last page).
   *
   * @throws IllegalArgumentException when {@code items} is null or holds a null item
   */
  public static <T> Page<T> of(List<T> items, @Nullable String nextToken) {
    return new Page<>(items, nextToken);
  }

  /** The items of this page, unmodifiable; may be empty even when more pages follow. */
  public List<T> items() {
    return items;
  }

  /** The token for the next page, or null when this page is the last. */
  public @Nullable String nextToken() {
    return nextToken;
  }

  /** True when another page follows. */
  public boolean hasNextPage() {
    return nextToken != null && !nextToken.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page && items.equals(((Page<?>) o).items)
        && Objects.equals(nextToken, ((Page<?>) o).nextToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextToken);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", nextToken=" + nextToken + "}";
  }
}
