package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One AWS JSON 1.1 request as a handler sees it: the body object, the model time it is served at, and readers that
 * check members as the AWS model constrains them (wrong JSON types are {@code SerializationException}s, constraint
 * violations are collected into one {@code ValidationException}). Not thread-safe; one per request.
 */
public final class JsonRequest {
  private final JsonNode body;
  private final Instant now;
  private final PageTokens tokens;

  JsonRequest(JsonNode body, Instant now, PageTokens tokens) {
    this.body = body;
    this.now = now;
    this.tokens = tokens;
  }

  public JsonNode body() {
    return body;
  }

  public Instant now() {
    return now;
  }

  public PageTokens tokens() {
    return tokens;
  }

  /** A string member of {@code node}, or null. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadInput("SerializationException", field + " must be a string");
    }
    return v.asText();
  }

  /** A string member of the body, or null. */
  public String text(String field) {
    return text(body, field);
  }

  /** An integer member (0 when absent). */
  public int integer(String field) {
    JsonNode v = body.get(field);
    if (v != null && !v.isNull() && !v.canConvertToInt()) {
      throw new BadInput("SerializationException", field + " must be an integer");
    }
    return v == null || v.isNull() ? 0 : v.asInt();
  }

  /** A structure member, or null. */
  public JsonNode structure(String field) {
    JsonNode v = body.get(field);
    if (v != null && !v.isNull() && !v.isObject()) {
      throw new BadInput("SerializationException", field + " must be a structure");
    }
    return v == null || v.isNull() ? null : v;
  }

  /** A list of strings (empty when absent). */
  public List<String> strings(String field) {
    JsonNode v = body.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new BadInput("SerializationException", field + " must be a list");
    }
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw new BadInput("SerializationException", field + " must be a list of strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  /** A list of structures (empty when absent). */
  public List<JsonNode> structures(String field) {
    JsonNode v = body.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new BadInput("SerializationException", field + " must be a list");
    }
    for (JsonNode item : v) {
      if (!item.isObject()) {
        throw new BadInput("SerializationException", field + " must be a list of structures");
      }
      out.add(item);
    }
    return out;
  }

  /** Checks a conformance-pack name: required or not, pattern and length. */
  public static void packName(String name, String member, boolean required, List<String> v) {
    if (name == null) {
      if (required) {
        v.add(AwsErrors.violation(null, member, "Member must not be null"));
      }
    } else if (name.isEmpty() || name.length() > 128 || !PACK_NAME.matcher(name).matches()) {
      v.add(AwsErrors.violation(name, member,
          "Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]* and length 1 to 128"));
    }
  }

  /** Checks a Limit of 0..100. */
  public static void limit(int limit, List<String> v) {
    if (limit < 0) {
      v.add(AwsErrors.violation(limit, "limit", "Member must have value greater than or equal to 0"));
    } else if (limit > 100) {
      v.add(AwsErrors.violation(limit, "limit", "Member must have value less than or equal to 100"));
    }
  }

  /** Throws one ValidationException for all violations, if any. */
  public static void fail(List<String> violations) {
    String message = AwsErrors.validationMessage(violations);
    if (message != null) {
      throw new BadInput("ValidationException", message);
    }
  }

  /** Where a page continues, or null for the first page. */
  public PageTokens.Cursor cursor(String token, String scope) {
    if (token == null) {
      return null;
    }
    PageTokens.Cursor cursor = token.isEmpty() ? null : tokens.parse(token, scope);
    if (cursor == null) {
      throw new BadInput("InvalidNextTokenException", "The specified next token is not valid for this request");
    }
    return cursor;
  }

  private static final Pattern PACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
}
