package dev.stacksets.cfn.internal;

import java.util.regex.Pattern;

/**
 * Argument checks run before anything is sent. Each failure is an {@link IllegalArgumentException} whose message
 * starts with the parameter's name.
 */
final class Validation {
  private Validation() {}

  static String required(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  static void length(String value, String name, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      throw new IllegalArgumentException(name + " must be " + min + " to " + max + " characters long, was "
          + value.length());
    }
  }

  static void pattern(String value, String name, Pattern pattern, String description) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must " + description + ": '" + value + "'");
    }
  }

  static void range(Integer value, String name, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  static void atLeast(Integer value, String name, int min) {
    if (value != null && value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }

  static void atMost(java.util.List<?> values, String name, int max) {
    if (values.size() > max) {
      throw new IllegalArgumentException(name + " may hold at most " + max + " items, had " + values.size());
    }
  }

  /** Refuses {@code a} and {@code b} together (each "given" as its caller decides). */
  static void exclusive(boolean hasA, String a, boolean hasB, String b) {
    if (hasA && hasB) {
      throw new IllegalArgumentException(a + " and " + b + " exclude each other: give one of them");
    }
  }

  static void notBlank(String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
