package dev.stacksets.emulator.internal;

import java.util.List;

/** Builds AWS-style validation messages: {@code 1 validation error detected: Value ... at '...' failed ...}. */
final class AwsErrors {
  private AwsErrors() {}

  /** "Value 'x' at 'member' failed to satisfy constraint: ..." for one violated constraint. */
  static String violation(Object value, String member, String constraint) {
    String v = value == null ? "null" : "'" + value + "'";
    return "Value " + v + " at '" + member + "' failed to satisfy constraint: " + constraint;
  }

  /** Joins violations into the service's message, or null when there are none. */
  static String validationMessage(List<String> violations) {
    if (violations.isEmpty()) {
      return null;
    }
    return violations.size() + " validation error" + (violations.size() == 1 ? "" : "s") + " detected: "
        + String.join("; ", violations);
  }
}
