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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tolerant readers for RFS JSON values, on the shared {@link Json#mapper()} tree model. Absent and {@code null} read
 * as null (or an empty list); a string field that arrives as a number or boolean reads as its text, and one that
 * arrives as an object or array reads as its JSON text; a list field that arrives as a single string reads as a
 * one-element list (the ShowStackSetOperationMetadata example sends {@code "regions" : "cn-north-5"}). Values that
 * cannot mean what the field says (a time or number that does not parse, a time out of {@link Instant}'s range) throw
 * {@link IllegalStateException} or {@link IllegalArgumentException} naming the field, which the pipeline reports as an
 * unreadable body ({@code ClientSideException}).
 */
public final class RfsJson {
  private RfsJson() {}

  /** Parses a body that must be a JSON object. */
  public static JsonNode object(byte[] body) throws IOException {
    JsonNode root = body.length == 0 ? null : Json.mapper().readTree(body);
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("expected a JSON object, got "
          + (root == null || root.isMissingNode() ? "an empty body" : root.getNodeType().toString().toLowerCase()));
    }
    return root;
  }

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

  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return v.isContainerNode() ? v.toString() : v.asText();
  }

  /** A list of strings; a single scalar reads as one element; absent or null reads as empty. */
  public static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return Collections.emptyList();
    }
    if (!v.isArray()) {
      return List.of(text(v));
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      String s = text(e);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The object elements of an array field (other elements are skipped); empty when absent. */
  public static List<JsonNode> objects(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      if (v != null && !v.isNull() && !v.isMissingNode()) {
        throw new IllegalStateException(field + ": expected an array, got " + v.getNodeType());
      }
      return Collections.emptyList();
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      if (e.isObject()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The field if it is an object, else null. */
  public static JsonNode child(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isObject() ? v : null;
  }

  /**
   * An RFS time. The API documents a UTC string {@code YYYY-MM-DDTHH:mm:ss.SSSZ} ({@code 2023-05-15T17:39:25.210Z});
   * offsets, a missing zone (UTC) and a JSON integer of epoch milliseconds (negative: before 1970) also read. An
   * integer outside what an {@link Instant} holds, a fractional number and any other text are errors naming the
   * field; never a wrapped-around time.
   */
  public static Instant instant(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return EpochTime.ofMillis(v.decimalValue(), field); // exact for any size: never wraps around
    }
    String s = text(v).trim();
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

  /** A whole number, also when sent as a numeric string. */
  public static Long longValue(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    try {
      return Long.parseLong(text(v).trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(field + ": not a whole number: " + v, e);
    }
  }

  /** A whole number that fits an int. */
  public static Integer intValue(JsonNode node, String field) {
    Long v = longValue(node, field);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new IllegalStateException(field + ": out of range: " + v);
    }
    return v.intValue();
  }

  /** A boolean, also when sent as {@code "true"} / {@code "false"}. */
  public static Boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String s = text(v).trim();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
      return Boolean.valueOf(s);
    }
    throw new IllegalStateException(field + ": not a boolean: " + v);
  }
}
