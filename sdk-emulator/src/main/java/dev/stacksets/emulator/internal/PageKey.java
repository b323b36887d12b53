package dev.stacksets.emulator.internal;

import java.util.Comparator;

/**
 * The position of an item in a sorted list: a number (e.g. creation millis, or an index) and a tie-breaking string
 * (e.g. the id). Paging tokens carry the key of the last item returned, so pages stay right while new items arrive.
 *
 * @param primary   main sort value
 * @param secondary tie breaker
 */
public record PageKey(long primary, String secondary) {
  /** Ascending by primary, then secondary. */
  public static final Comparator<PageKey> ASC =
      Comparator.comparingLong(PageKey::primary).thenComparing(PageKey::secondary);
  /** Descending by primary, then secondary. */
  public static final Comparator<PageKey> DESC = ASC.reversed();
}
