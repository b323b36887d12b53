package dev.stacksets.rfs.model;

/**
 * One sort criterion: a key with its direction. The API takes sorts as two parallel arrays, {@code sort_key} and
 * {@code sort_dir}, that must have the same length; keeping them as pairs makes a mismatch impossible.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Sort oldestFirst = new Sort(SortKey.CREATE_TIME, SortDirection.ASC);
 * }</pre>
 *
 * @param key       the field to sort on
 * @param direction the direction
 */
public record Sort(SortKey key, SortDirection direction) {
  /**
   * Checks both parts.
   *
   * @throws IllegalArgumentException when either is null
   */
  public Sort {
    if (key == null) {
      throw new IllegalArgumentException("sort key (sort_key) must not be null");
    }
    if (direction == null) {
      throw new IllegalArgumentException("sort direction (sort_dir) must not be null");
    }
  }

  @Override
  public String toString() {
    return key.value() + " " + direction.value();
  }
}
