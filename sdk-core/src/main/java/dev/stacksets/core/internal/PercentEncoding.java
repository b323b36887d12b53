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

  /**
   * Re-encodes already percent-encoded text (one path segment) in the canonical form {@link #encode} produces:
   * every valid {@code %XY} escape stands for its byte, every other character for its UTF-8 bytes, and the bytes are
   * encoded again, so {@code %2f} becomes {@code %2F}, {@code %41} becomes {@code A}, a raw {@code :} or a raw
   * non-ASCII character becomes its escape, and {@code %2F} stays {@code %2F} (it is never turned into {@code /}).
   * Works on bytes, so an escape that is not valid UTF-8 ({@code %FF}) is kept as it is. Text that is already
   * canonical is returned unchanged (the same instance).
   */
  public static String normalize(String encoded) {
    if (isCanonical(encoded)) {
      return encoded;
    }
    byte[] bytes = new byte[encoded.length() * 4];
    int o = 0;
    int n = encoded.length();
    for (int i = 0; i < n; i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < n) {
        int hi = Character.digit(encoded.charAt(i + 1), 16);
        int lo = Character.digit(encoded.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          bytes[o++] = (byte) ((hi << 4) | lo);
          i += 2;
          continue;
        }
      }
      if (c < 0x80) {
        bytes[o++] = (byte) c;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        byte[] enc = encoded.substring(i, end).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(enc, 0, bytes, o, enc.length);
        o += enc.length;
        i = end - 1;
      }
    }
    StringBuilder sb = new StringBuilder(o * 3);
    for (int i = 0; i < o; i++) {
      int c = bytes[i] & 0xff;
      if (c < 0x80 && isUnreserved((char) c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /** True when the text is exactly what {@link #encode} would produce for some byte sequence. */
  private static boolean isCanonical(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isUnreserved(c)) {
        continue;
      }
      if (c != '%' || i + 2 >= n) {
        return false;
      }
      int hi = upperHexDigit(s.charAt(i + 1));
      int lo = upperHexDigit(s.charAt(i + 2));
      if (hi < 0 || lo < 0) {
        return false;
      }
      int b = (hi << 4) | lo;
      if (b < 0x80 && isUnreserved((char) b)) {
        return false; // an escaped unreserved character is not canonical
      }
      i += 2;
    }
    return true;
  }

  private static int upperHexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** True for RFC 3986 unreserved characters. */
  public static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '.' || c == '~';
  }
}
