package dev.stacksets.core.internal.util;

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
   * The IRI form of percent-encoded text (RFC 3987 section 3.2): each run of escapes that spells a well-formed UTF-8
   * non-ASCII character becomes that character; every other escape ({@code %2F}, {@code %25}, {@code %20}, a stray
   * {@code %FF}), every other character and a lone {@code %} stay exactly as they are. So
   * {@code %E6%A0%88%2Fa} becomes {@code 栈%2Fa}. This is the path an official Huawei SDK holds before its HTTP layer
   * escapes the non-ASCII characters, and what its signer encodes.
   */
  public static String decodeNonAscii(String encoded) {
    int first = encoded.indexOf('%');
    if (first < 0) {
      return encoded;
    }
    StringBuilder sb = new StringBuilder(encoded.length());
    sb.append(encoded, 0, first);
    int n = encoded.length();
    byte[] seq = new byte[4];
    int i = first;
    while (i < n) {
      int lead = escapedByte(encoded, i);
      int len = lead < 0 ? 0 : utf8Length(lead);
      boolean decoded = false;
      if (len > 1) {
        seq[0] = (byte) lead;
        int k = 1;
        while (k < len) {
          int b = escapedByte(encoded, i + 3 * k);
          if (b < 0 || !continues(lead, k, b)) {
            break;
          }
          seq[k++] = (byte) b;
        }
        if (k == len) {
          sb.append(new String(seq, 0, len, StandardCharsets.UTF_8));
          i += 3 * len;
          decoded = true;
        }
      }
      if (!decoded) {
        int end = lead >= 0 ? i + 3 : i + 1;
        sb.append(encoded, i, end);
        i = end;
      }
    }
    return sb.toString();
  }

  /** The byte of the {@code %XY} escape at {@code i}, or -1 when there is none. */
  private static int escapedByte(String s, int i) {
    if (i + 2 >= s.length() || s.charAt(i) != '%') {
      return -1;
    }
    int hi = Character.digit(s.charAt(i + 1), 16);
    int lo = Character.digit(s.charAt(i + 2), 16);
    return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
  }

  /** The length of the UTF-8 sequence a lead byte starts (RFC 3629), 1 for ASCII, 0 when it cannot start one. */
  private static int utf8Length(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  /** Whether {@code b} may follow {@code lead} at position {@code k} (1..3): no overlong form, no surrogate. */
  private static boolean continues(int lead, int k, int b) {
    int lo = 0x80;
    int hi = 0xBF;
    if (k == 1) {
      if (lead == 0xE0) {
        lo = 0xA0;
      } else if (lead == 0xED) {
        hi = 0x9F;
      } else if (lead == 0xF0) {
        lo = 0x90;
      } else if (lead == 0xF4) {
        hi = 0x8F;
      }
    }
    return b >= lo && b <= hi;
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
