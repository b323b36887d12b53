package dev.stacksets.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding: only {@code A-Z a-z 0-9 - _ . ~} stay as they are, everything else becomes
 * {@code %XY} of its UTF-8 bytes with upper-case hex. The one encoder for paths, query strings, form bodies and
 * canonical requests, so what is signed is byte for byte what is sent.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /** Encodes {@code value} (a path segment, a query name or value, a form field). */
  public static String encode(String value) {
    int n = value.length();
    int i = 0;
    while (i < n && isUnreserved(value.charAt(i))) {
      i++;
    }
    if (i == n) {
      return value;
    }
    byte[] bytes = value.substring(i).getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(n + bytes.length * 2);
    sb.append(value, 0, i);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c < 0x80 && isUnreserved((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /** Decodes {@code %XY} sequences (and nothing else: {@code +} stays {@code +}). */
  public static String decode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    byte[] out = new byte[value.length()];
    int o = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        int hi = Character.digit(value.charAt(i + 1), 16);
        int lo = Character.digit(value.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out[o++] = (byte) ((hi << 4) | lo);
          i += 2;
          continue;
        }
      }
      if (c < 0x80) {
        out[o++] = (byte) c;
      } else {
        // a raw non-ASCII character (or half of a surrogate pair): copy its UTF-8 form
        int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
        byte[] enc = value.substring(i, end).getBytes(StandardCharsets.UTF_8);
        if (o + enc.length > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2 + enc.length);
        }
        System.arraycopy(enc, 0, out, o, enc.length);
        o += enc.length;
        i = end - 1;
      }
    }
    return new String(out, 0, o, StandardCharsets.UTF_8);
  }

  /** True for RFC 3986 unreserved characters. */
  public static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '~';
  }
}
