package dev.stacksets.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the {@code Name=value, Name=value} part of an Authorization header. */
final class SignatureParams {
  private SignatureParams() {}

  /** The parameters after the algorithm name, or null when the header does not start with {@code algorithm }. */
  static Map<String, String> parse(String authorization, String algorithm) {
    String a = authorization.trim();
    if (!a.startsWith(algorithm + " ")) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : a.substring(algorithm.length() + 1).split(",")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      if (eq > 0) {
        out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
      }
    }
    return out;
  }
}
