package dev.stacksets.emulator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts one page out of a sorted list by key: the items after (or before) a cursor's key, at most {@code limit} of
 * them, and whether more items lie beyond each end.
 */
public final class Pager {
  private Pager() {}

  /**
   * One page.
   *
   * @param items      the page
   * @param moreAfter  items follow the page's last item
   * @param moreBefore items precede the page's first item
   * @param <T>        item type
   */
  public record Page<T>(List<T> items, boolean moreAfter, boolean moreBefore) {}

  /**
   * @param sorted items sorted by {@code order} over their keys
   * @param key    an item's key
   * @param order  the sort order
   * @param cursor where to continue, or null for the first page
   * @param limit  page size
   */
  public static <T> Page<T> page(List<T> sorted, Function<T, PageKey> key, Comparator<PageKey> order,
      PageTokens.Cursor cursor, int limit) {
    if (cursor == null) {
      List<T> items = new ArrayList<>(sorted.subList(0, Math.min(limit, sorted.size())));
      return new Page<>(items, sorted.size() > items.size(), false);
    }
    if (!cursor.backwards()) {
      int from = 0;
      while (from < sorted.size() && order.compare(key.apply(sorted.get(from)), cursor.key()) <= 0) {
        from++;
      }
      int to = Math.min(sorted.size(), from + limit);
      return new Page<>(new ArrayList<>(sorted.subList(from, to)), to < sorted.size(), from > 0);
    }
    int to = 0;
    while (to < sorted.size() && order.compare(key.apply(sorted.get(to)), cursor.key()) < 0) {
      to++;
    }
    int from = Math.max(0, to - limit);
    return new Page<>(new ArrayList<>(sorted.subList(from, to)), to < sorted.size(), from > 0);
  }
}
