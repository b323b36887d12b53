package dev.stacksets.rfs.model;

/**
 * A field the list APIs can sort on, sent as {@code sort_key}. The API documents one: {@code create_time}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * rfs.listStackSetOperations(r -> r.stackSetName("my_set")
 *     .sort(List.of(SortKey.CREATE_TIME), List.of(SortDirection.ASC)));
 * }</pre>
 */
public enum SortKey {
  /** The creation time. */
  CREATE_TIME("create_time");

  private final String value;

  SortKey(String value) {
    this.value = value;
  }

  /** The wire value, e.g. {@code create_time}. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
