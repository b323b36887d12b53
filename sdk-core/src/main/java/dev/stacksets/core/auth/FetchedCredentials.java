package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reading temporary credentials out of a token or metadata service's reply, and describing what went wrong without
 * quoting a secret: messages name the service and endpoint, the HTTP status and the service's own error code and
 * message (with every secret of the exchange masked), never the reply body. Stateless.
 */
final class FetchedCredentials {
  /** The most of a service's error message shown. */
  private static final int MAX_MESSAGE = 300;

  private FetchedCredentials() {}

  /**
   * The JSON object of a reply body.
   *
   * @param where names the service and endpoint, for messages
   * @throws CredentialsException when the reply is not JSON
   */
  static JsonNode json(byte[] body, String where) {
    try {
      JsonNode node = Json.mapper().readTree(body);
      if (node == null || !node.isObject()) {
        throw new CredentialsException(where + " answered with something that is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new CredentialsException(where + " answered with a body that is not JSON");
    }
  }

  /**
   * Credentials from the members of a JSON object.
   *
   * @param names the member names of the access key id, secret, token (may be absent) and expiration (may be
   *              absent: ISO-8601 text or epoch milliseconds)
   * @throws CredentialsException naming the missing or unusable member (never its value)
   */
  static Credentials from(JsonNode node, String where, String... names) {
    String ak = text(node, names[0]);
    String sk = text(node, names[1]);
    if (ak == null || sk == null) {
      throw new CredentialsException(where + " answered without " + (ak == null ? names[0] : names[1]));
    }
    String token = text(node, names[2]);
    Instant expiration = names.length > 3 ? instant(node.get(names[3]), where + " " + names[3]) : null;
    try {
      return Credentials.builder().accessKeyId(ak).secretAccessKey(sk).sessionToken(token).expiration(expiration)
          .build();
    } catch (IllegalStateException e) {
      throw new CredentialsException(where + " answered with unusable credentials: " + e.getMessage());
    }
  }

  /** A member's text, or null when absent, null or blank. */
  static String text(JsonNode node, String name) {
    JsonNode v = node == null ? null : node.get(name);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s.strip();
  }

  /**
   * An expiration: ISO-8601 text ({@code 2026-01-01T00:00:00Z}, any fraction of a second) or epoch milliseconds;
   * null when absent.
   *
   * @throws CredentialsException naming {@code what} when it is neither
   */
  static Instant instant(JsonNode v, String what) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return Instant.ofEpochMilli(new BigDecimal(v.asText()).longValue());
    }
    return instant(v.asText(), what);
  }

  /** An ISO-8601 instant; null when {@code text} is null. */
  static Instant instant(String text, String what) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CredentialsException(what + " is not an ISO-8601 time: '" + shorten(text) + "'");
    }
  }

  /**
   * A failed reply as a message: {@code <where> answered HTTP <status>[: <code>][: <message>]}, with every one of
   * {@code secrets} masked in the service's message.
   */
  static String failure(String where, int status, String code, String message, String... secrets) {
    StringBuilder sb = new StringBuilder(where).append(" answered HTTP ").append(status);
    if (code != null && !code.isBlank()) {
      sb.append(": ").append(shorten(mask(code, secrets)));
    }
    if (message != null && !message.isBlank()) {
      sb.append(": ").append(shorten(mask(message.strip(), secrets)));
    }
    return sb.toString();
  }

  /** {@code text} with each non-empty secret replaced by {@code ***}. */
  static String mask(String text, String... secrets) {
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        out = out.replace(s, "***");
      }
    }
    return out;
  }

  /** An I/O failure as a message: {@code cannot reach <where>: <exception class>: <message>}. */
  static String unreachable(String where, IOException e) {
    return "cannot reach " + where + ": " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage()));
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
  }
}
