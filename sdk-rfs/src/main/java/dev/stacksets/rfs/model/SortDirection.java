package dev.stacksets.rfs.model;

/**
 * A sort direction, sent as {@code sort_dir}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * rfs.listStackSets(r -> r.sortByCreateTime(SortDirection.ASC));   // ?sort_key=create_time&sort_dir=asc
 * }</pre>
 */
public enum SortDirection {
  /** Ascending: oldest first. */
  ASC("asc"),
  /** Descending: newest first (the service default). */
  DESC("desc");

  private final String value;

  SortDirection(String value) {
    this.value = value;
  }

  /** The wire value, {@code asc} or {@code desc}. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
