package dev.stacksets.rfs.model;

/** Turns enum constants into filter values, refusing null and {@code UNKNOWN_TO_SDK_VERSION}. */
final class FilterValues {
  private FilterValues() {}

  static String wire(PermissionModel v, String field) {
    return check(v == null ? null : v.value(), v, field);
  }

  static String wire(Action v, String field) {
    return check(v == null ? null : v.value(), v, field);
  }

  static String wire(OperationStatus v, String field) {
    return check(v == null ? null : v.value(), v, field);
  }

  private static String check(String wire, Enum<?> constant, String field) {
    if (constant == null) {
      throw new IllegalArgumentException("filter: a value for " + field + " is required");
    }
    if (wire == null) {
      throw new IllegalArgumentException("filter: " + field + " value UNKNOWN_TO_SDK_VERSION cannot be sent; pass the "
          + "raw string instead");
    }
    return wire;
  }
}
