package dev.stacksets.rfs.model;

import dev.stacksets.codegen.BuilderMethod;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parameters the three List requests share after their own, in the API's order: written once. */
interface ListParameters {
  /**
   * The sorts, as matched key/direction pairs in order (sent as the parallel arrays {@code sort_key} and
   * {@code sort_dir}); empty for the service default (by creation time, newest first).
   */
  List<Sort> sorts();

  /**
   * The call identity (query {@code call_identity}); only meaningful for SERVICE_MANAGED stack sets. Null for the
   * service default ({@code SELF}).
   */
  @Nullable CallIdentity callIdentity();

  /**
   * The marker of the page to fetch (query {@code marker}): the previous page's {@code page_info.next_marker}. A
   * marker works only with otherwise identical parameters. Null for the first page; checked when sent: not blank.
   */
  @Nullable String marker();

  /** Most items per page (query {@code limit}), 10 to 1000 (checked when sent); null for the service default. */
  @Nullable Integer limit();

  /**
   * The {@code Client-Request-Id} header to send (the service wants a unique id per request; a UUID is recommended).
   * Null to have the SDK generate a fresh UUID per call; the same id is kept on every retry of one call. Checked when
   * sent: at most 128 printable ASCII characters without spaces.
   */
  @Nullable String clientRequestId();

  /**
   * Appends a sort on {@code create_time} in the given direction (sent as a matched {@code sort_key=create_time} /
   * {@code sort_dir} pair). Without any sort the service sorts by creation time, newest first.
   *
   * @throws IllegalArgumentException when {@code direction} is null
   */
  @BuilderMethod("addSort")
  static Sort sortByCreateTime(SortDirection direction) {
    return new Sort(SortKey.CREATE_TIME, direction);
  }

  /**
   * Replaces the sorts with the API's two parallel arrays, {@code sort_key} and {@code sort_dir}, paired by
   * position; null for both clears them.
   *
   * @throws IllegalArgumentException when the two lists differ in length (the service would answer 400) or hold a
   *     null
   */
  @BuilderMethod("sorts")
  static List<Sort> sort(List<SortKey> sortKeys, List<SortDirection> sortDirections) {
    int k = sortKeys == null ? 0 : sortKeys.size();
    int d = sortDirections == null ? 0 : sortDirections.size();
    if (k != d) {
      throw new IllegalArgumentException("sort_key and sort_dir must have the same number of entries: " + k
          + " sort_key, " + d + " sort_dir");
    }
    List<Sort> out = new java.util.ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(new Sort(sortKeys.get(i), sortDirections.get(i)));
    }
    return out;
  }
}
