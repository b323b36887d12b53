package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
public final class PageInfo {
  private final String nextMarker;
  private final String previousMarker;
  private final Integer currentCount;
  private final Map<String, String> additionalFields;

  private PageInfo(Builder b) {
    this.nextMarker = b.nextMarker;
    this.previousMarker = b.previousMarker;
    this.currentCount = b.currentCount;
    this.additionalFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalFields));
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The marker that asks for the next page ({@code next_marker}); null on the last page. */
  public @Nullable String nextMarker() {
    return nextMarker;
  }

  /** The marker of the previous page ({@code previous_marker}). */
  public @Nullable String previousMarker() {
    return previousMarker;
  }

  /** How many items this page holds ({@code current_count}). */
  public @Nullable Integer currentCount() {
    return currentCount;
  }

  /** JSON fields this SDK version does not model, by name, each as its raw JSON text (e.g. {@code "\"x\""} or {@code "{...}"}); empty when there are none. Unmodifiable. */
  public Map<String, String> additionalFields() {
    return additionalFields;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PageInfo)) {
      return false;
    }
    PageInfo that = (PageInfo) o;
    return Objects.equals(nextMarker, that.nextMarker)
        && Objects.equals(previousMarker, that.previousMarker)
        && Objects.equals(currentCount, that.currentCount)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nextMarker, previousMarker, currentCount, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("PageInfo")
        .add("nextMarker", nextMarker)
        .add("previousMarker", previousMarker)
        .add("currentCount", currentCount)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String nextMarker;
    private String previousMarker;
    private Integer currentCount;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PageInfo m) {
      this.nextMarker = m.nextMarker;
      this.previousMarker = m.previousMarker;
      this.currentCount = m.currentCount;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Sets {@code nextMarker}. */
    public Builder nextMarker(@Nullable String value) {
      this.nextMarker = value;
      return this;
    }

    /** Sets {@code previousMarker}. */
    public Builder previousMarker(@Nullable String value) {
      this.previousMarker = value;
      return this;
    }

    /** Sets {@code currentCount}. */
    public Builder currentCount(@Nullable Integer value) {
      this.currentCount = value;
      return this;
    }

    /** Replaces the additional fields (name to raw JSON text); null clears them. */
    public Builder additionalFields(@Nullable Map<String, String> fields) {
      BuilderFields.replaceAdditional(additionalFields, fields);
      return this;
    }

    /** Adds one additional field (name to raw JSON text). */
    public Builder putAdditionalField(String name, String json) {
      BuilderFields.putAdditional(additionalFields, name, json);
      return this;
    }

    /** Builds the immutable object. */
    public PageInfo build() {
      return new PageInfo(this);
    }
  }
}
