package dev.stacksets.core.testing;

import java.util.function.IntFunction;

/**
 * The encodings a hostile server may echo a secret in, for leak tests: each writes the characters a token holds
 * ({@code /}, {@code +}, {@code =}) and the secret's first character in its own escaped form, the rest as is.
 */
public enum SecretEncoding {
  /** As sent. */
  PLAIN(c -> null),
  /** JSON string escapes: {@code \/}, {@code \u002F}, {@code \u002b}, {@code \u003D}. */
  JSON_ESCAPED(c -> switch (c) {
    case '/' -> "\\/";
    case '+' -> "\\u002b";
    case '=' -> "\\u003D";
    default -> String.format("\\u%04X", c);
  }),
  /** XML character references, hexadecimal and decimal: {@code &#x2F;}, {@code &#43;}, {@code &#x3d;}. */
  XML_REFERENCES(c -> switch (c) {
    case '/' -> "&#x2F;";
    case '+' -> "&#43;";
    case '=' -> "&#x3d;";
    default -> "&#" + c + ";";
  }),
  /** Percent-encoding, both cases: {@code %2F}, {@code %2b}, {@code %3D}. */
  PERCENT_ENCODED(c -> switch (c) {
    case '/' -> "%2F";
    case '+' -> "%2b";
    case '=' -> "%3D";
    default -> String.format("%%%02X", c);
  });

  private final IntFunction<String> escape;

  SecretEncoding(IntFunction<String> escape) {
    this.escape = escape;
  }

  /** {@code secret} as this encoding writes it (ASCII secrets). */
  public String encode(String secret) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      String e = escape.apply(c);
      boolean special = c == '/' || c == '+' || c == '=' || i == 0;
      sb.append(special && e != null ? e : String.valueOf(c));
    }
    return sb.toString();
  }
}
