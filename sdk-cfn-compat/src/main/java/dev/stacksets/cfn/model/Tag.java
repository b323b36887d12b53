package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A key/value tag.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Tag t = Tag.builder().key("team").value("platform").build();
 * }</pre>
 */
public final class Tag {
  private final String key;
  private final String value;

  private Tag(Builder b) {
    this.key = b.key;
    this.value = b.value;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.key = key;
    b.value = value;
    return b;
  }

  /** The tag key. */
  public @Nullable String key() {
    return key;
  }

  /** The tag value. */
  public @Nullable String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Tag)) {
      return false;
    }
    Tag o = (Tag) other;
    return Objects.equals(key, o.key)
        && Objects.equals(value, o.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value);
  }

  @Override
  public String toString() {
    return new ModelText("Tag")
        .add("key", key)
        .add("value", value)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String key;
    private String value;

    private Builder() {}

    /** The tag key. */
    public Builder key(@Nullable String value) {
      this.key = value;
      return this;
    }

    /** The tag value. */
    public Builder value(@Nullable String value) {
      this.value = value;
      return this;
    }

    /** Builds the immutable object. */
    public Tag build() {
      return new Tag(this);
    }
  }
}
