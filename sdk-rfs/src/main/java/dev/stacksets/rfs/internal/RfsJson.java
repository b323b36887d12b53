package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.internal.util.EpochTime;
import dev.stacksets.core.internal.util.IsoTime;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Tolerant readers for RFS JSON values on the shared {@link Json#mapper()} tree model: the error mapper reads error
 * bodies with them, and the streaming reader of success bodies ({@link RfsJsonValues}) hands them the values it
 * meets rarely (fractional numbers, booleans where text is expected, objects and arrays where a scalar is expected),
 * so both read a value the same way. Absent and {@code null} read as null; a string field that arrives as a number
 * or boolean reads as its text, and one that arrives as an object or array reads as its JSON text. Values that
 * cannot mean what the field says (a time or number that does not parse, a time out of {@link Instant}'s range)
 * throw {@link IllegalStateException} or {@link IllegalArgumentException} naming the field, which the pipeline
 * reports as an unreadable body ({@code ClientSideException}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RfsJson {
  private RfsJson() {}

  /** Parses a body if it is a JSON object, else returns null (HTML pages, empty or truncated bodies). */
  public static JsonNode objectOrNull(byte[] body) {
    int i = 0;
    while (i < body.length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i == body.length || body[i] != '{') {
      return null;
    }
    try {
      JsonNode root = Json.mapper().readTree(body);
      return root != null && root.isObject() ? root : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The field as text, or null. */
  public static String text(JsonNode node, String field) {
    return text(node.get(field));
  }

  /** The first of the fields that is present and not null, as text, or null. */
  public static String text(JsonNode node, String field, String fallback) {
    String v = text(node, field);
    return v != null ? v : text(node, fallback);
  }

  /** The field if it is an object, else null. */
  public static JsonNode child(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isObject() ? v : null;
  }

  /** A value as text: a string's text, a number's or boolean's text, a container's JSON text; null for null. */
  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return v.isContainerNode() ? v.toString() : v.asText();
  }

  /**
   * A value as an RFS time. The API documents a UTC string {@code YYYY-MM-DDTHH:mm:ss.SSSZ}
   * ({@code 2023-05-15T17:39:25.210Z}); offsets, a missing zone (UTC) and a JSON integer of epoch milliseconds
   * (negative: before 1970) also read. An integer outside what an {@link Instant} holds, a fractional number and any
   * other text are errors naming the field; never a wrapped-around time.
   */
  static Instant instant(JsonNode v, String field) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return EpochTime.ofMillis(v.decimalValue(), field); // exact for any size: never wraps around
    }
    return instantOfText(text(v), field);
  }

  /** A time sent as text (see {@link #instant(JsonNode, String)}); blank text reads as null. */
  static Instant instantOfText(String text, String field) {
    String s = text.trim();
    if (s.isEmpty()) {
      return null;
    }
    Instant fast = IsoTime.parseOrNull(s);
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // try the other ISO shapes below
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try without a zone
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(field + ": not a time: '" + s + "'", e);
    }
  }

  /** A value as a whole number, also when sent as a numeric string. */
  static Long longValue(JsonNode v, String field) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    try {
      return Long.parseLong(text(v).trim());
    } catch (NumberFormatException e) {
      throw notAWholeNumber(field, v.toString(), e);
    }
  }

  static IllegalStateException notAWholeNumber(String field, String json, NumberFormatException cause) {
    return new IllegalStateException(field + ": not a whole number: " + json, cause);
  }

  /** A whole number that fits an int. */
  static Integer intValue(Long v, String field) {
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new IllegalStateException(field + ": out of range: " + v);
    }
    return v.intValue();
  }

  /** A value as a boolean, also when sent as {@code "true"} / {@code "false"}. */
  static Boolean bool(JsonNode v, String field) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    Boolean b = boolOfTextOrNull(text(v));
    if (b == null) {
      throw notABoolean(field, v.toString());
    }
    return b;
  }

  /** A boolean sent as text ({@code "true"} or {@code "false"}, any case, blanks around), or null for other text. */
  static Boolean boolOfTextOrNull(String text) {
    String s = text.trim();
    return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") ? Boolean.valueOf(s) : null;
  }

  static IllegalStateException notABoolean(String field, String json) {
    return new IllegalStateException(field + ": not a boolean: " + json);
  }
}
