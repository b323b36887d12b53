package dev.stacksets.rfs.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The collection setters every model builder of this package has, written once: list fields that refuse null
 * elements, open-enum fields kept as wire strings, and the additional fields (JSON members this SDK version does not model, by name, as raw JSON text).
 * Stateless.
 */
final class BuilderFields {
  private BuilderFields() {}

  /**
   * Replaces the list's content with {@code values}; null clears it.
   *
   * @throws IllegalArgumentException naming the list when {@code values} holds a null
   */
  static <T> void replace(List<T> target, Collection<? extends T> values, String name) {
    target.clear();
    if (values != null) {
      for (T v : values) {
        add(target, v, name);
      }
    }
  }

  /**
   * Appends one element.
   *
   * @throws IllegalArgumentException naming the list when {@code value} is null
   */
  static <T> void add(List<T> target, T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not contain null");
    }
    target.add(value);
  }

  /**
   * The wire value of an open-enum constant for a model field, or null for null.
   *
   * @throws IllegalArgumentException naming the field for {@code UNKNOWN_TO_SDK_VERSION}, which has no wire value
   */
  static String wire(Enum<?> value, String name) {
    if (value == null) {
      return null;
    }
    if (value.name().equals("UNKNOWN_TO_SDK_VERSION")) {
      throw new IllegalArgumentException(name + ": UNKNOWN_TO_SDK_VERSION has no wire value; pass the raw string");
    }
    return value.toString();
  }

  /**
   * Replaces the additional fields with {@code fields}; null clears them.
   *
   * @throws IllegalArgumentException when a name or JSON text is null
   */
  static void replaceAdditional(Map<String, String> target, Map<String, String> fields) {
    target.clear();
    if (fields != null) {
      fields.forEach((name, json) -> putAdditional(target, name, json));
    }
  }

  /**
   * Adds one additional field.
   *
   * @throws IllegalArgumentException when the name or JSON text is null
   */
  static void putAdditional(Map<String, String> target, String name, String json) {
    if (name == null || json == null) {
      throw new IllegalArgumentException("additionalFields: name and JSON text are required");
    }
    target.put(name, json);
  }
}
