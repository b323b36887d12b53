package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stacksets.core.internal.util.EpochTime;
import dev.stacksets.core.internal.util.IsoTime;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the value at a {@link JsonParser}'s current token the way {@link RfsJson} reads the same value as a tree
 * node: same result, same error. Strings, nulls and integers (what RFS sends) are read from the token; anything
 * rarer (a fractional number, a boolean where text is expected, an object or array where a scalar is expected) is
 * read as a {@link JsonNode} with the shared mapper and handed to {@link RfsJson}, so its text (a container's JSON
 * text, a double's rendering) is exactly the tree's. Every method consumes the whole value: afterwards the current
 * token is its last token (or cleared), and the caller moves on with {@code nextToken()} / {@code nextFieldName()}.
 *
 * <p>Stateless and thread-safe (a parser is confined to the thread reading it).
 */
final class RfsJsonValues {
  private RfsJsonValues() {}

  /** The value as text (see {@link RfsJson#text(JsonNode)}), or null for null. */
  static String text(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return integerText(p);
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        return RfsJson.text(tree(p));
    }
  }

  /**
   * The value as text, like {@link #text(JsonParser)}; a string is shared with an equal earlier one through
   * {@code repeated} (when not null).
   */
  static String text(JsonParser p, RepeatedText repeated) throws IOException {
    return repeated != null && p.currentToken() == JsonToken.VALUE_STRING ? repeated.text(p) : text(p);
  }

  /**
   * The value as compact JSON text, exactly as the tree's {@code JsonNode.toString()} renders it ({@code "x"},
   * {@code 1}, {@code null}, {@code {"a":1}}): how unknown members are kept in {@code additionalFields()}.
   */
  static String json(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return quoted(p.getText());
      case VALUE_NULL:
        return "null";
      case VALUE_NUMBER_INT:
        return integerText(p);
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        return tree(p).toString(); // containers, fractions: the tree's own rendering (duplicates collapsed)
    }
  }

  /** A list of strings; a single scalar or object reads as one element, null elements are dropped. */
  static List<String> strings(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Collections.emptyList();
    }
    if (t != JsonToken.START_ARRAY) {
      return List.of(text(p));
    }
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String s = text(p);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** A time (see {@link RfsJson#instant(JsonNode, String)}). */
  static Instant instant(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        if (p instanceof FastJsonParser fast) { // the usual shape, read from the body's bytes without a String
          Instant t = IsoTime.parseOrNull(fast.buffer(), fast.textStart(), fast.getTextLength());
          if (t != null) {
            return t;
          }
        }
        return RfsJson.instantOfText(p.getText(), field);
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return EpochTime.ofMillis(new BigDecimal(p.getBigIntegerValue()), field);
        }
        return Instant.ofEpochMilli(p.getLongValue()); // any long is in range, and floors as EpochTime does
      default:
        return RfsJson.instant(tree(p), field);
    }
  }

  /** A whole number, also when sent as a numeric string (see {@link RfsJson#longValue(JsonNode, String)}). */
  static Long longValue(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return p.getLongValue();
        }
        String digits = p.getBigIntegerValue().toString();
        try {
          return Long.parseLong(digits); // too big for a long, so this throws: the tree reader's error
        } catch (NumberFormatException e) {
          throw RfsJson.notAWholeNumber(field, digits, e);
        }
      case VALUE_STRING:
        String s = p.getText();
        try {
          return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
          throw RfsJson.notAWholeNumber(field, quoted(s), e);
        }
      default:
        return RfsJson.longValue(tree(p), field);
    }
  }

  /** A whole number that fits an int. */
  static Integer intValue(JsonParser p, String field) throws IOException {
    return RfsJson.intValue(longValue(p, field), field);
  }

  /** A boolean, also when sent as {@code "true"} / {@code "false"} (see {@link RfsJson#bool(JsonNode, String)}). */
  static Boolean bool(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_STRING:
        String s = p.getText();
        Boolean b = RfsJson.boolOfTextOrNull(s);
        if (b == null) {
          throw RfsJson.notABoolean(field, quoted(s));
        }
        return b;
      default:
        return RfsJson.bool(tree(p), field);
    }
  }

  /** Skips the value (all of a container, still checking that it is well-formed JSON). */
  static void skip(JsonParser p) throws IOException {
    p.skipChildren();
  }

  /** The tree's name of the value's JSON type ({@code STRING}, {@code NUMBER}, ...), for messages. */
  static String nodeType(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "OBJECT";
      case START_ARRAY:
        return "ARRAY";
      case VALUE_STRING:
        return "STRING";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "NUMBER";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "BOOLEAN";
      case VALUE_NULL:
        return "NULL";
      default:
        return t.toString();
    }
  }

  /** An integer token's text as its tree node renders it (the value, not the literal: {@code -0} is {@code 0}). */
  private static String integerText(JsonParser p) throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return Integer.toString(p.getIntValue());
      case LONG:
        return Long.toString(p.getLongValue());
      default:
        return p.getBigIntegerValue().toString();
    }
  }

  /**
   * A string as JSON text, as the tree renders a text node: quoted, with control characters, {@code "} and
   * {@code \} escaped (every other character, non-ASCII too, is written as is).
   */
  static String quoted(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return TextNode.valueOf(s).toString(); // needs escaping: the tree's own escaper
      }
    }
    return '"' + s + '"';
  }

  /**
   * The current value as a tree node, read with the shared mapper exactly as {@code readTree} reads it. The
   * {@link FastJsonParser} gives up here ({@link FastJsonParser.Unsupported}): the body is read again with Jackson's
   * parser, so the tree and its rendering are always Jackson's.
   */
  private static JsonNode tree(JsonParser p) throws IOException {
    if (p instanceof FastJsonParser) {
      throw FastJsonParser.UNSUPPORTED;
    }
    return Json.mapper().readTree(p);
  }
}
