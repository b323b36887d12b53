package dev.stacksets.core.internal.util;

/**
 * Character classes of XML 1.0 for {@link XmlScanner}: a table for ASCII bytes (the fast path) and range checks for
 * the other code points. Names follow XML 1.0 fifth edition ({@code NameStartChar}, {@code NameChar}), which admits
 * more non-ASCII letters than the fourth edition the JDK's parser uses; no reply of ours has such names. Stateless
 * and thread-safe.
 */
final class XmlChars {
  /** Plain character data: an ASCII character that needs no attention in content ({@code < & ] CR} do). */
  static final int TEXT = 1;
  /** An ASCII {@code NameStartChar}, {@code :} included. */
  static final int NAME_START = 2;
  /** An ASCII {@code NameChar}. */
  static final int NAME = 4;
  /** XML white space: space, tab, CR, LF. */
  static final int SPACE = 8;
  /** Plain attribute-value character: not {@code < & " '} and not a control character. */
  static final int ATTR = 16;
  /** Plain character of a comment, PI or CDATA section: not {@code - ? ]}, not CR, not a disallowed control. */
  static final int MARKUP = 32;

  /** Classes of each byte value; 0 for the bytes 0x80-0xFF (non-ASCII goes the slow way). */
  static final byte[] CLASS = new byte[256];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      int k = TEXT | ATTR | MARKUP;
      if (c == '<' || c == '&' || c == ']') {
        k &= ~TEXT;
      }
      if (c == '<' || c == '&' || c == '"' || c == '\'') {
        k &= ~ATTR;
      }
      if (c == '-' || c == '?' || c == ']') {
        k &= ~MARKUP;
      }
      if (c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        k |= NAME_START | NAME;
      }
      if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
        k |= NAME;
      }
      CLASS[c] = (byte) k;
    }
    CLASS['\t'] = (byte) (TEXT | MARKUP | SPACE | ATTR);
    CLASS['\n'] = (byte) (TEXT | MARKUP | SPACE | ATTR);
    CLASS['\r'] = (byte) (SPACE | ATTR);
    CLASS[' '] |= SPACE;
  }

  private XmlChars() {}

  static boolean is(int b, int klass) {
    return (CLASS[b & 0xFF] & klass) != 0;
  }

  /** XML 1.0 {@code Char}: tab, LF, CR, and U+0020 to U+10FFFF less the surrogates, U+FFFE and U+FFFF. */
  static boolean isXmlChar(int cp) {
    if (cp < 0x20) {
      return cp == 0x9 || cp == 0xA || cp == 0xD;
    }
    return cp <= 0xD7FF || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** XML 1.0 fifth edition {@code NameStartChar} of a code point outside ASCII. */
  static boolean isNonAsciiNameStart(int cp) {
    return (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF)
        || (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || cp == 0x200C || cp == 0x200D
        || (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF)
        || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
  }

  /** XML 1.0 fifth edition {@code NameChar} of a code point outside ASCII. */
  static boolean isNonAsciiName(int cp) {
    return isNonAsciiNameStart(cp) || cp == 0xB7 || (cp >= 0x300 && cp <= 0x36F) || cp == 0x203F || cp == 0x2040;
  }
}
