package dev.stacksets.core.internal.util;

import static dev.stacksets.core.internal.util.XmlChars.CLASS;
import static dev.stacksets.core.internal.util.XmlChars.SPACE;

import static dev.stacksets.core.internal.util.XmlInput.codePoint;
import static dev.stacksets.core.internal.util.XmlInput.error;

import java.nio.charset.StandardCharsets;

/**
 * The document's prolog parts that are not elements: the byte order mark and XML declaration (version, encoding,
 * standalone; it sets the input's encoding) and the DOCTYPE, which is skipped without reading a DTD (its public and
 * system ids and internal subset only checked for their characters). Static methods working on an {@link XmlInput};
 * stateless, so thread-safe (the input is not).
 */
final class XmlProlog {
  private XmlProlog() {}

  /** Byte order mark and XML declaration. */
  static void prolog(XmlInput in) {
    boolean bom = false;
    if (in.end >= 3 && in.b[0] == (byte) 0xEF && in.b[1] == (byte) 0xBB && in.b[2] == (byte) 0xBF) {
      in.pos = 3;
      bom = true;
    } else if ((in.end >= 2 && ((in.b[0] == (byte) 0xFE && in.b[1] == (byte) 0xFF) || (in.b[0] == (byte) 0xFF
        && in.b[1] == (byte) 0xFE))) || (in.end >= 1 && in.b[0] == 0)) {
      throw error(0, "UTF-16 and UTF-32 documents are not supported (only UTF-8, US-ASCII and ISO-8859-1)");
    }
    if (in.startsWith("<?xml") && in.pos + 5 < in.end && (CLASS[in.b[in.pos + 5] & 0xFF] & SPACE) != 0) {
      xmlDeclaration(in);
      if (bom && in.encoding != XmlInput.UTF8) {
        throw error(0, "a UTF-8 byte order mark but the XML declaration names another encoding");
      }
    }
  }

  private static void xmlDeclaration(XmlInput in) {
    int declStart = in.pos;
    in.pos += 5;
    in.skipSpace();
    if (!in.startsWith("version")) {
      throw error(in.pos, "the XML declaration must start with version=\"1.0\"");
    }
    in.pos += 7;
    equalsSign(in);
    int vStart = in.pos + 1;
    String version = quoted(in, "version");
    if (!version.equals("1.0")) {
      throw error(vStart, version.equals("1.1") ? "XML 1.1 is not supported (only XML 1.0)"
          : "XML version \"" + in.quote(vStart, in.pos - 1) + "\" is not supported (only XML 1.0)");
    }
    boolean space = in.skipSpace();
    if (in.startsWith("encoding")) {
      if (!space) {
        throw error(in.pos, "white space is required before encoding in the XML declaration");
      }
      in.pos += 8;
      equalsSign(in);
      int eStart = in.pos + 1;
      String name = quoted(in, "encoding");
      in.encoding = encoding(in, name, eStart);
      space = in.skipSpace();
    }
    if (in.startsWith("standalone")) {
      if (!space) {
        throw error(in.pos, "white space is required before standalone in the XML declaration");
      }
      in.pos += 10;
      equalsSign(in);
      int sStart = in.pos + 1;
      String standalone = quoted(in, "standalone");
      if (!standalone.equals("yes") && !standalone.equals("no")) {
        throw error(sStart, "standalone must be \"yes\" or \"no\"");
      }
      in.skipSpace();
    }
    if (!in.startsWith("?>")) {
      throw error(in.pos, in.pos >= in.end ? "the document ends inside the XML declaration"
          : "unexpected content in the XML declaration (which began at byte " + declStart + ")");
    }
    in.pos += 2;
  }

  private static int encoding(XmlInput in, String name, int at) {
    boolean valid = !name.isEmpty() && isAsciiLetter(name.charAt(0));
    for (int i = 1; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    }
    if (!valid) {
      throw error(at, "invalid encoding name \"" + in.quote(at, at + name.length()) + "\"");
    }
    switch (name.toUpperCase(java.util.Locale.ROOT)) {
      case "UTF-8":
        return XmlInput.UTF8;
      case "US-ASCII":
      case "ASCII":
        return XmlInput.ASCII;
      case "ISO-8859-1":
      case "ISO_8859-1":
      case "LATIN1":
        return XmlInput.LATIN1;
      default:
        throw error(at, "the encoding \"" + in.quote(at, at + name.length())
            + "\" is not supported (only UTF-8, US-ASCII and ISO-8859-1)");
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static void equalsSign(XmlInput in) {
    in.skipSpace();
    if (in.pos >= in.end || in.b[in.pos] != '=') {
      throw error(in.pos, "expected '='");
    }
    in.pos++;
    in.skipSpace();
  }

  /** A quoted pseudo-attribute value of the XML declaration (ASCII expected); in.pos ends after the closing quote. */
  private static String quoted(XmlInput in, String what) {
    if (in.pos >= in.end || (in.b[in.pos] != '"' && in.b[in.pos] != '\'')) {
      throw error(in.pos, "the value of " + what + " must be quoted");
    }
    byte q = in.b[in.pos];
    int start = ++in.pos;
    while (in.pos < in.end && in.b[in.pos] != q) {
      if (in.b[in.pos] < 0x20) {
        throw error(in.pos, "invalid character in the value of " + what);
      }
      in.pos++;
    }
    if (in.pos >= in.end) {
      throw error(start, "the value of " + what + " is not closed");
    }
    in.pos++;
    return new String(in.b, start, in.pos - 1 - start, StandardCharsets.ISO_8859_1);
  }

  /** {@code <!DOCTYPE name ExternalID? [internal subset]? >}, skipped. */
  static void doctype(XmlInput in) {
    int start = in.pos;
    in.pos += 9;
    if (!in.skipSpace()) {
      throw error(in.pos, "white space is required after <!DOCTYPE");
    }
    if (!in.isNameStartAt(in.pos)) {
      throw error(in.pos, "the DOCTYPE names no root element");
    }
    in.scanName();
    boolean space = in.skipSpace();
    if (in.startsWith("SYSTEM") || in.startsWith("PUBLIC")) {
      boolean pub = in.b[in.pos] == 'P';
      if (!space) {
        throw error(in.pos, "white space is required before the DOCTYPE's external id");
      }
      in.pos += 6;
      if (!in.skipSpace()) {
        throw error(in.pos, "white space is required after SYSTEM or PUBLIC in the DOCTYPE");
      }
      literal(in, pub);
      if (pub) {
        if (!in.skipSpace()) {
          throw error(in.pos, "white space is required between the DOCTYPE's public and system ids");
        }
        literal(in, false);
      }
      in.skipSpace();
    }
    if (in.pos < in.end && in.b[in.pos] == '[') {
      // the internal subset is not read (no DTD processing): skipped up to the first ']', its characters checked
      int from = ++in.pos;
      while (in.pos < in.end && in.b[in.pos] != ']') {
        in.pos++;
      }
      if (in.pos >= in.end) {
        throw error(start, "the DOCTYPE is not closed");
      }
      in.checkChars(from, in.pos);
      in.pos++;
      in.skipSpace();
    }
    if (in.pos >= in.end || in.b[in.pos] != '>') {
      throw error(in.pos, "the DOCTYPE (from byte " + start + ") must end with '>'");
    }
    in.pos++;
  }

  /** A quoted system or public id of the DOCTYPE, its characters checked. */
  private static void literal(XmlInput in, boolean publicId) {
    if (in.pos >= in.end || (in.b[in.pos] != '"' && in.b[in.pos] != '\'')) {
      throw error(in.pos, "expected a quoted id in the DOCTYPE");
    }
    byte q = in.b[in.pos];
    int start = in.pos++;
    while (in.pos < in.end && in.b[in.pos] != q) {
      if (publicId && !isPublicIdChar(in.b[in.pos])) {
        throw error(in.pos, "character " + codePoint(in.b[in.pos] & 0xFF) + " is not allowed in a public id");
      }
      in.pos++;
    }
    if (in.pos >= in.end) {
      throw error(start, "a quoted id in the DOCTYPE is not closed");
    }
    in.checkChars(start + 1, in.pos);
    in.pos++;
  }

  private static boolean isPublicIdChar(int c) {
    return c == ' ' || c == '\r' || c == '\n' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9') || "-'()+,./:=?;!*#@$_%".indexOf(c) >= 0;
  }
}
