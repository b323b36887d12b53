package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the three List replies share: one page of items, the {@code page_info} block, the response metadata and the
 * JSON fields this SDK version does not model; held, checked, compared and rendered in one place.
 *
 * <p>A reply builder owns a mutable instance; {@link #frozen()} gives the reply its own copy with unmodifiable
 * collections, which it never changes. Not thread-safe on its own.
 *
 * @param <T> the item type
 */
final class PageFields<T> {
  /** The Java name of the item list, used in messages and {@code toString()}. */
  private final String itemsName;
  List<T> items = new ArrayList<>();
  PageInfo pageInfo;
  ResponseMetadata responseMetadata;
  Map<String, String> additionalFields = new LinkedHashMap<>();

  PageFields(String itemsName) {
    this.itemsName = itemsName;
  }

  /** A copy with unmodifiable collections: what a built reply keeps. */
  PageFields<T> frozen() {
    PageFields<T> c = copy();
    c.items = Collections.unmodifiableList(c.items);
    c.additionalFields = Collections.unmodifiableMap(c.additionalFields);
    return c;
  }

  /** A mutable copy: what {@code toBuilder()} starts from. */
  PageFields<T> copy() {
    PageFields<T> c = new PageFields<>(itemsName);
    c.items = new ArrayList<>(items);
    c.pageInfo = pageInfo;
    c.responseMetadata = responseMetadata;
    c.additionalFields = new LinkedHashMap<>(additionalFields);
    return c;
  }

  /** Replaces the items with a copy of {@code values} (null clears them); null elements are refused. */
  void items(Collection<T> values) {
    BuilderFields.replace(items, values, itemsName);
  }

  /** Appends one item; null is refused. */
  void add(T value) {
    BuilderFields.add(items, value, itemsName);
  }

  /** Replaces the additional fields (name to raw JSON text); null clears them. */
  void additionalFields(Map<String, String> fields) {
    BuilderFields.replaceAdditional(additionalFields, fields);
  }

  /** Adds one additional field (name to raw JSON text); both are required. */
  void putAdditionalField(String name, String json) {
    BuilderFields.putAdditional(additionalFields, name, json);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PageFields<?> that)) {
      return false;
    }
    return items.equals(that.items)
        && Objects.equals(pageInfo, that.pageInfo)
        && Objects.equals(responseMetadata, that.responseMetadata)
        && additionalFields.equals(that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, pageInfo, responseMetadata, additionalFields);
  }

  /** {@code TypeName{items=..., pageInfo=..., ...}} with the set values only; additional fields by name only. */
  String render(String typeName) {
    return new ModelText(typeName)
        .addIfAny(itemsName, items)
        .add("pageInfo", pageInfo)
        .add("responseMetadata", responseMetadata)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }
}
