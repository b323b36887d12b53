package dev.stacksets.core.internal.util;

import static dev.stacksets.core.internal.util.XmlChars.CLASS;
import static dev.stacksets.core.internal.util.XmlChars.NAME;
import static dev.stacksets.core.internal.util.XmlChars.NAME_START;
import static dev.stacksets.core.internal.util.XmlChars.SPACE;

import dev.stacksets.core.internal.util.XmlParser.XmlParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one document being parsed and the position in them, with what every part of the reader needs at the
 * position: strict decoding of a non-ASCII character in the declared encoding, names and qualified names, character
 * and predefined entity references, white space, the quoting of document pieces in messages and the error naming a
 * problem and its byte offset. {@link XmlScanner} extends it (so its per-byte loops reach the fields directly);
 * {@link XmlProlog} and {@link XmlAttributes} work on it. Not thread-safe: one instance per parse.
 */
abstract class XmlInput {
  static final int UTF8 = 0;
  static final int ASCII = 1;
  static final int LATIN1 = 2;
  /** Longest name (each part of a prefixed one) and namespace name, in characters: the JDK parser's limits. */
  static final int MAX_NAME = 1000;
  /** Longest piece of the document a message quotes. */
  private static final int QUOTE_MAX = 40;

  final byte[] b;
  final int end;
  int pos;
  /** The declared encoding: {@link #UTF8}, {@link #ASCII} or {@link #LATIN1}. */
  int encoding = UTF8;
  /** Set by {@link #scanQName}: end of the name, position of its colon (-1: none), whether it is all ASCII. */
  int qEnd;
  int qColon;
  boolean qAscii;
  /** Set by {@link #decode}: the position after the decoded character. */
  int cpEnd;

  XmlInput(byte[] xml) {
    this.b = xml;
    this.end = xml.length;
  }

  /** Checks that {@code b[from, to)} holds only XML characters, in well-formed UTF-8 (or the declared encoding). */
  final void checkChars(int from, int to) {
    int saved = pos;
    for (int p = from; p < to; ) {
      int c = b[p];
      if (c >= 0) {
        if (c < 0x20 && (CLASS[c] & SPACE) == 0) {
          throw error(p, "character " + codePoint(c) + " is not allowed in XML");
        }
        p++;
      } else {
        int cp = decode(p);
        if (!XmlChars.isXmlChar(cp)) {
          throw error(p, "character " + codePoint(cp) + " is not allowed in XML");
        }
        p = cpEnd;
      }
    }
    pos = saved;
  }

  /** A character or predefined entity reference at pos ('&'); returns its code point, pos after the ';'. */
  final int reference() {
    int start = pos;
    int p = pos + 1;
    if (p < end && b[p] == '#') {
      p++;
      int radix = 10;
      if (p < end && b[p] == 'x') {
        radix = 16;
        p++;
      }
      int digits = p;
      int value = 0;
      while (p < end) {
        int d = Character.digit(b[p], radix);
        if (d < 0) {
          break;
        }
        if (value <= 0x10FFFF) {
          value = value * radix + d;
        }
        p++;
      }
      if (p == digits || p >= end || b[p] != ';') {
        throw error(start, "malformed character reference (expected &#digits; or &#xhex;)");
      }
      if (!XmlChars.isXmlChar(value)) {
        throw error(start, "the character reference " + quote(start, p + 1) + " is not a legal XML character");
      }
      pos = p + 1;
      return value;
    }
    if (!isNameStartAt(p)) {
      throw error(start, "'&' must start a character or entity reference (write &amp; for a literal '&')");
    }
    pos = p;
    scanName();
    int nameEnd = pos;
    if (pos >= end || b[pos] != ';') {
      throw error(start, "the entity reference " + quote(start, nameEnd) + " must end with ';'");
    }
    pos++;
    int len = nameEnd - p;
    if (len == 2 && b[p + 1] == 't' && (b[p] == 'l' || b[p] == 'g')) {
      return b[p] == 'l' ? '<' : '>';
    }
    if (len == 3 && startsWith(p, "amp")) {
      return '&';
    }
    if (len == 4 && startsWith(p, "apos")) {
      return '\'';
    }
    if (len == 4 && startsWith(p, "quot")) {
      return '"';
    }
    throw error(start, "the entity " + quote(start, pos) + " is not declared (only &lt; &gt; &amp; &apos; "
        + "&quot; exist: DTDs are not processed)");
  }

  /** A QName at pos (its first character already known to be a name start); see {@link #qEnd}. */
  final void scanQName() {
    int start = pos;
    boolean ascii = true;
    int colon = -1;
    int chars = 1;
    int colonChars = 0;
    if (b[pos] < 0) {
      pos = cpEnd;
      ascii = false;
    } else {
      pos++;
    }
    while (pos < end) {
      int c = b[pos];
      if (c >= 0) {
        if (c == ':') {
          if (colon >= 0) {
            break;
          }
          colon = pos;
          colonChars = chars;
        } else if ((CLASS[c] & NAME) == 0) {
          break;
        }
        pos++;
      } else if (XmlChars.isNonAsciiName(decode(pos))) {
        pos = cpEnd;
        ascii = false;
      } else {
        break;
      }
      chars++;
    }
    if (colon >= 0 && colon == pos - 1) {
      throw error(start, "the name " + quote(start, pos) + " has a prefix but no local part");
    }
    if (colon >= 0 && !isNameStartAt(colon + 1)) {
      throw error(start, "the local part of the name " + quote(start, pos) + " does not start with a letter or '_'");
    }
    if (colon >= 0 ? colonChars > MAX_NAME || chars - colonChars - 1 > MAX_NAME : chars > MAX_NAME) {
      throw error(start, "the name " + quote(start, pos) + " is longer than " + MAX_NAME + " characters");
    }
    qEnd = pos;
    qColon = colon;
    qAscii = ascii;
  }

  /** A Name at pos (colons allowed anywhere; first character known to be a name start); pos ends after it. */
  final void scanName() {
    int start = pos;
    int chars = 1;
    if (b[pos] < 0) {
      pos = cpEnd;
    } else {
      pos++;
    }
    while (pos < end) {
      int c = b[pos];
      if (c >= 0) {
        if ((CLASS[c] & NAME) == 0) {
          break;
        }
        pos++;
      } else if (XmlChars.isNonAsciiName(decode(pos))) {
        pos = cpEnd;
      } else {
        break;
      }
      chars++;
    }
    if (chars > MAX_NAME) {
      throw error(start, "the name " + quote(start, pos) + " is longer than " + MAX_NAME + " characters");
    }
  }

  /** Whether a name starts at p; for a non-ASCII character, {@link #cpEnd} is set. */
  final boolean isNameStartAt(int p) {
    if (p >= end) {
      return false;
    }
    int c = b[p];
    if (c >= 0) {
      return (CLASS[c] & NAME_START) != 0;
    }
    return XmlChars.isNonAsciiNameStart(decode(p));
  }

  /**
   * The non-ASCII character at p in the document's encoding, strictly (no replacement character: a malformed
   * sequence is an error); sets {@link #cpEnd}.
   */
  final int decode(int p) {
    int c = b[p] & 0xFF;
    if (encoding == LATIN1) {
      cpEnd = p + 1;
      return c;
    }
    if (encoding == ASCII) {
      throw error(p, "byte 0x" + hex(c) + " is not US-ASCII, the encoding the XML declaration names");
    }
    int n;
    int min2 = 0x80;
    int max2 = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      if (c == 0xE0) {
        min2 = 0xA0;
      } else if (c == 0xED) {
        max2 = 0x9F;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      if (c == 0xF0) {
        min2 = 0x90;
      } else if (c == 0xF4) {
        max2 = 0x8F;
      }
    } else {
      throw invalidUtf8(p);
    }
    if (p + n > end) {
      throw invalidUtf8(p);
    }
    int c2 = b[p + 1] & 0xFF;
    if (c2 < min2 || c2 > max2) {
      throw invalidUtf8(p);
    }
    int cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    cp = (cp << 6) | (c2 & 0x3F);
    for (int i = 2; i < n; i++) {
      int ci = b[p + i] & 0xFF;
      if (ci < 0x80 || ci > 0xBF) {
        throw invalidUtf8(p);
      }
      cp = (cp << 6) | (ci & 0x3F);
    }
    cpEnd = p + n;
    return cp;
  }

  final XmlParseException invalidUtf8(int p) {
    StringBuilder bytes = new StringBuilder();
    for (int i = p; i < Math.min(end, p + 4); i++) {
      bytes.append(i == p ? "" : " ").append("0x").append(hex(b[i] & 0xFF));
    }
    return error(p, "invalid UTF-8 (bytes " + bytes + ")");
  }

  /** Skips XML white space; whether there was any. */
  final boolean skipSpace() {
    int start = pos;
    while (pos < end && (CLASS[b[pos] & 0xFF] & SPACE) != 0) {
      pos++;
    }
    return pos > start;
  }

  final boolean startsWith(String s) {
    return pos + s.length() <= end && startsWith(pos, s);
  }

  /** Whether {@code b[p...]} starts with the ASCII {@code s}; the caller knows the bytes are there. */
  final boolean startsWith(int p, String s) {
    if (p + s.length() > end) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  final boolean sameRange(int aStart, int aEnd, int bStart, int bEnd) {
    return aEnd - aStart == bEnd - bStart && Arrays.equals(b, aStart, aEnd, b, bStart, bEnd);
  }

  final boolean isAscii(int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** At most {@link #QUOTE_MAX} bytes of the document, for a message. */
  final String quote(int from, int to) {
    to = Math.min(to, end);
    boolean cut = to - from > QUOTE_MAX;
    int len = Math.max(0, Math.min(to - from, QUOTE_MAX));
    String s = new String(b, from, len, encoding == LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    return cut ? s + "..." : s;
  }

  static String hex(int octet) {
    return String.format("%02X", octet);
  }

  static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }

  static XmlParseException error(int at, String problem) {
    return new XmlParseException("malformed XML at byte " + at + ": " + problem, null);
  }
}
