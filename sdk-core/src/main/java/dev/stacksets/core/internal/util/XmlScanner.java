package dev.stacksets.core.internal.util;

import static dev.stacksets.core.internal.util.XmlChars.ATTR;
import static dev.stacksets.core.internal.util.XmlChars.CLASS;
import static dev.stacksets.core.internal.util.XmlChars.MARKUP;
import static dev.stacksets.core.internal.util.XmlChars.NAME;
import static dev.stacksets.core.internal.util.XmlChars.NAME_START;
import static dev.stacksets.core.internal.util.XmlChars.SPACE;
import static dev.stacksets.core.internal.util.XmlChars.TEXT;

import dev.stacksets.core.internal.util.XmlParser.XmlParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One parse of one document: a non-validating XML 1.0 reader working directly on the bytes, building
 * {@link XmlNode}s. It checks well-formedness (tags, names, references, characters, strict UTF-8, namespace prefixes
 * bound) and reports the first problem as an {@link XmlParseException} naming it and its byte offset. It reads no
 * DTD: a DOCTYPE is skipped (its internal subset up to the first {@code ]}, as the JDK's parser does with DTD
 * support off), so only the five predefined entities exist and any other entity reference is an error.
 *
 * <p>Text is kept as the bytes' position while an element has one plain run of it (the usual case) and is gathered
 * in one buffer shared by all open elements only when it has references, CDATA next to text, CRs or several runs;
 * each element's text becomes a String once, when it closes. Not thread-safe: one instance per parse.
 */
final class XmlScanner {
  /** Open elements at most; replies nest a handful of levels. */
  static final int MAX_DEPTH = 64;
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
  private static final int UTF8 = 0;
  private static final int ASCII = 1;
  private static final int LATIN1 = 2;
  /** Longest name (each part of a prefixed one) and namespace name, in characters: the JDK parser's limits. */
  static final int MAX_NAME = 1000;
  /** Most attributes on one element: the JDK parser's limit. */
  static final int MAX_ATTRIBUTES = 10_000;
  /** Longest piece of the document a message quotes. */
  private static final int QUOTE_MAX = 40;

  private final byte[] b;
  private final int end;
  private int pos;
  private int encoding = UTF8;
  private final XmlStrings strings = new XmlStrings();

  private Frame[] frames = new Frame[8];
  private int depth;
  private XmlNode root;
  /** Children of the open elements, each element's from its frame's kidsBase. */
  private XmlNode[] kids = new XmlNode[16];
  private int kidsTop;
  /** Texts being gathered (UTF-8), each open element's from its frame's bufStart; null until needed. */
  private byte[] buf;
  private int bufLen;
  /** Namespace prefixes in scope (declared by open elements). */
  private String[] nsPrefix;
  private String[] nsUri;
  private int nsTop;
  /** The attributes of the start tag being read: name range, colon position (-1: none), namespace-declaration value. */
  private int[] attrStart;
  private int[] attrEnd;
  private int[] attrColon;
  private String[] attrValue;
  private int attrCount;

  /** Set by {@link #scanQName}: end of the name, position of its colon (-1: none), whether it is all ASCII. */
  private int qEnd;
  private int qColon;
  private boolean qAscii;
  /** Set by {@link #decode}: the position after the decoded character. */
  private int cpEnd;

  /** An open element. */
  private static final class Frame {
    String name;
    int qStart;
    int qLen;
    int kidsBase;
    int nsBase;
    /** 0: no text yet; 1: one raw run {@code b[rawStart, rawEnd)}; 2: gathered in buf from bufStart. */
    int textState;
    int rawStart;
    int rawEnd;
    boolean rawAscii;
    int bufStart;
    boolean bufAscii;
  }

  XmlScanner(byte[] xml) {
    this.b = xml;
    this.end = xml.length;
  }

  /** Reads the document; returns its root element. */
  XmlNode parse() {
    prolog();
    boolean seenDoctype = false;
    while (true) {
      skipSpace();
      if (pos >= end) {
        throw error(pos, "the document holds no root element");
      }
      if (b[pos] != '<') {
        throw error(pos, "text is not allowed before the root element");
      }
      if (startsWith("<?")) {
        processingInstruction();
      } else if (startsWith("<!--")) {
        comment();
      } else if (startsWith("<!DOCTYPE")) {
        if (seenDoctype) {
          throw error(pos, "a second DOCTYPE");
        }
        doctype();
        seenDoctype = true;
      } else if (startsWith("<!")) {
        throw error(pos, "markup other than a comment, PI or DOCTYPE before the root element");
      } else {
        break;
      }
    }
    startTag();
    content();
    while (true) {
      skipSpace();
      if (pos >= end) {
        return root;
      }
      if (startsWith("<?")) {
        processingInstruction();
      } else if (startsWith("<!--")) {
        comment();
      } else {
        throw error(pos, "content after the root element");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- prolog

  /** Byte order mark and XML declaration. */
  private void prolog() {
    boolean bom = false;
    if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      pos = 3;
      bom = true;
    } else if ((end >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF
        && b[1] == (byte) 0xFE))) || (end >= 1 && b[0] == 0)) {
      throw error(0, "UTF-16 and UTF-32 documents are not supported (only UTF-8, US-ASCII and ISO-8859-1)");
    }
    if (startsWith("<?xml") && pos + 5 < end && (CLASS[b[pos + 5] & 0xFF] & SPACE) != 0) {
      xmlDeclaration();
      if (bom && encoding != UTF8) {
        throw error(0, "a UTF-8 byte order mark but the XML declaration names another encoding");
      }
    }
  }

  private void xmlDeclaration() {
    int declStart = pos;
    pos += 5;
    skipSpace();
    if (!startsWith("version")) {
      throw error(pos, "the XML declaration must start with version=\"1.0\"");
    }
    pos += 7;
    equalsSign();
    int vStart = pos + 1;
    String version = quoted("version");
    if (!version.equals("1.0")) {
      throw error(vStart, version.equals("1.1") ? "XML 1.1 is not supported (only XML 1.0)"
          : "XML version \"" + quote(vStart, pos - 1) + "\" is not supported (only XML 1.0)");
    }
    boolean space = skipSpace();
    if (startsWith("encoding")) {
      if (!space) {
        throw error(pos, "white space is required before encoding in the XML declaration");
      }
      pos += 8;
      equalsSign();
      int eStart = pos + 1;
      String name = quoted("encoding");
      encoding = encoding(name, eStart);
      space = skipSpace();
    }
    if (startsWith("standalone")) {
      if (!space) {
        throw error(pos, "white space is required before standalone in the XML declaration");
      }
      pos += 10;
      equalsSign();
      int sStart = pos + 1;
      String standalone = quoted("standalone");
      if (!standalone.equals("yes") && !standalone.equals("no")) {
        throw error(sStart, "standalone must be \"yes\" or \"no\"");
      }
      skipSpace();
    }
    if (!startsWith("?>")) {
      throw error(pos, pos >= end ? "the document ends inside the XML declaration"
          : "unexpected content in the XML declaration (which began at byte " + declStart + ")");
    }
    pos += 2;
  }

  private int encoding(String name, int at) {
    boolean valid = !name.isEmpty() && isAsciiLetter(name.charAt(0));
    for (int i = 1; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    }
    if (!valid) {
      throw error(at, "invalid encoding name \"" + quote(at, at + name.length()) + "\"");
    }
    switch (name.toUpperCase(java.util.Locale.ROOT)) {
      case "UTF-8":
        return UTF8;
      case "US-ASCII":
      case "ASCII":
        return ASCII;
      case "ISO-8859-1":
      case "ISO_8859-1":
      case "LATIN1":
        return LATIN1;
      default:
        throw error(at, "the encoding \"" + quote(at, at + name.length())
            + "\" is not supported (only UTF-8, US-ASCII and ISO-8859-1)");
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private void equalsSign() {
    skipSpace();
    if (pos >= end || b[pos] != '=') {
      throw error(pos, "expected '='");
    }
    pos++;
    skipSpace();
  }

  /** A quoted pseudo-attribute value of the XML declaration (ASCII expected); pos ends after the closing quote. */
  private String quoted(String what) {
    if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
      throw error(pos, "the value of " + what + " must be quoted");
    }
    byte q = b[pos];
    int start = ++pos;
    while (pos < end && b[pos] != q) {
      if (b[pos] < 0x20) {
        throw error(pos, "invalid character in the value of " + what);
      }
      pos++;
    }
    if (pos >= end) {
      throw error(start, "the value of " + what + " is not closed");
    }
    pos++;
    return new String(b, start, pos - 1 - start, StandardCharsets.ISO_8859_1);
  }

  /** {@code <!DOCTYPE name ExternalID? [internal subset]? >}, skipped. */
  private void doctype() {
    int start = pos;
    pos += 9;
    if (!skipSpace()) {
      throw error(pos, "white space is required after <!DOCTYPE");
    }
    if (!isNameStartAt(pos)) {
      throw error(pos, "the DOCTYPE names no root element");
    }
    scanName();
    boolean space = skipSpace();
    if (startsWith("SYSTEM") || startsWith("PUBLIC")) {
      boolean pub = b[pos] == 'P';
      if (!space) {
        throw error(pos, "white space is required before the DOCTYPE's external id");
      }
      pos += 6;
      if (!skipSpace()) {
        throw error(pos, "white space is required after SYSTEM or PUBLIC in the DOCTYPE");
      }
      literal(pub);
      if (pub) {
        if (!skipSpace()) {
          throw error(pos, "white space is required between the DOCTYPE's public and system ids");
        }
        literal(false);
      }
      skipSpace();
    }
    if (pos < end && b[pos] == '[') {
      // the internal subset is not read (no DTD processing): skipped up to the first ']', its characters checked
      int from = ++pos;
      while (pos < end && b[pos] != ']') {
        pos++;
      }
      if (pos >= end) {
        throw error(start, "the DOCTYPE is not closed");
      }
      checkChars(from, pos);
      pos++;
      skipSpace();
    }
    if (pos >= end || b[pos] != '>') {
      throw error(pos, "the DOCTYPE (from byte " + start + ") must end with '>'");
    }
    pos++;
  }

  /** A quoted system or public id of the DOCTYPE, its characters checked. */
  private void literal(boolean publicId) {
    if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
      throw error(pos, "expected a quoted id in the DOCTYPE");
    }
    byte q = b[pos];
    int start = pos++;
    while (pos < end && b[pos] != q) {
      if (publicId && !isPublicIdChar(b[pos])) {
        throw error(pos, "character " + codePoint(b[pos] & 0xFF) + " is not allowed in a public id");
      }
      pos++;
    }
    if (pos >= end) {
      throw error(start, "a quoted id in the DOCTYPE is not closed");
    }
    checkChars(start + 1, pos);
    pos++;
  }

  private static boolean isPublicIdChar(int c) {
    return c == ' ' || c == '\r' || c == '\n' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9') || "-'()+,./:=?;!*#@$_%".indexOf(c) >= 0;
  }

  /** Checks that {@code b[from, to)} holds only XML characters, in well-formed UTF-8 (or the declared encoding). */
  private void checkChars(int from, int to) {
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

  // --------------------------------------------------------------------------------------------- content

  /** The content of the open elements, until the root closes. */
  private void content() {
    while (depth > 0) {
      Frame f = frames[depth - 1];
      int segStart = pos;
      boolean ascii = true;
      while (true) {
        while (pos < end && (CLASS[b[pos] & 0xFF] & TEXT) != 0) {
          pos++;
        }
        if (pos >= end) {
          break;
        }
        int c = b[pos];
        if (c < 0) {
          int cp = decode(pos);
          if (!XmlChars.isXmlChar(cp)) {
            throw error(pos, "character " + codePoint(cp) + " is not allowed in XML");
          }
          pos = cpEnd;
          ascii = false;
        } else if (c == ']') {
          if (pos + 2 < end && b[pos + 1] == ']' && b[pos + 2] == '>') {
            throw error(pos, "']]>' is not allowed in text (outside a CDATA section)");
          }
          pos++;
        } else {
          break;
        }
      }
      if (pos > segStart) {
        appendRaw(f, segStart, pos, ascii);
      }
      if (pos >= end) {
        throw error(pos, "the document ends inside <" + quote(f.qStart, f.qStart + f.qLen) + "> (not closed)");
      }
      int c = b[pos];
      if (c == '<') {
        markup(f);
      } else if (c == '&') {
        appendCodePoint(f, reference());
      } else if (c == '\r') {
        appendCodePoint(f, '\n');
        pos++;
        if (pos < end && b[pos] == '\n') {
          pos++;
        }
      } else {
        throw error(pos, "character " + codePoint(c) + " is not allowed in XML");
      }
    }
  }

  /** Markup inside an element: pos is at '<'. */
  private void markup(Frame f) {
    if (pos + 1 >= end) {
      throw error(pos, "the document ends inside markup");
    }
    byte next = b[pos + 1];
    if (next == '/') {
      endTag(f);
    } else if (next == '!') {
      if (startsWith("<!--")) {
        comment();
      } else if (startsWith("<![CDATA[")) {
        cdata(f);
      } else {
        throw error(pos, "'<!' must start a comment or a CDATA section here");
      }
    } else if (next == '?') {
      processingInstruction();
    } else {
      startTag();
    }
  }

  private void startTag() {
    int tagStart = pos;
    pos++;
    if (depth >= MAX_DEPTH) {
      throw new XmlParseException("XML nested deeper than " + MAX_DEPTH + " levels at byte " + tagStart, null);
    }
    if (!isNameStartAt(pos)) {
      throw error(pos, pos >= end ? "the document ends inside markup" : "'<' must start an element name, "
          + "a comment, a CDATA section or a processing instruction (write &lt; for a literal '<')");
    }
    int qStart = pos;
    scanQName();
    int nameEnd = qEnd;
    int colon = qColon;
    boolean ascii = qAscii;
    attrCount = 0;
    boolean empty;
    while (true) {
      boolean space = skipSpace();
      if (pos >= end) {
        throw error(tagStart, "the document ends inside the start tag <" + quote(qStart, nameEnd) + ">");
      }
      byte c = b[pos];
      if (c == '>') {
        pos++;
        empty = false;
        break;
      }
      if (c == '/') {
        if (pos + 1 < end && b[pos + 1] == '>') {
          pos += 2;
          empty = true;
          break;
        }
        throw error(pos, "expected '>' after '/' in the start tag <" + quote(qStart, nameEnd) + ">");
      }
      if (!space) {
        throw error(pos, "expected white space, '>' or '/>' in the start tag <" + quote(qStart, nameEnd) + ">");
      }
      attribute(qStart, nameEnd);
    }
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    f.qStart = qStart;
    f.qLen = nameEnd - qStart;
    f.kidsBase = kidsTop;
    f.nsBase = nsTop;
    f.textState = 0;
    if (attrCount > 0) {
      attributesDone(qStart, nameEnd);
    }
    int localStart = qStart;
    if (colon >= 0) {
      if (colon - qStart == 5 && startsWith(qStart, "xmlns")) {
        throw error(qStart, "an element name cannot have the prefix xmlns: <" + quote(qStart, nameEnd) + ">");
      }
      if (resolve(qStart, colon) == null) {
        throw error(qStart, "the namespace prefix of <" + quote(qStart, nameEnd) + "> is not declared");
      }
      localStart = colon + 1;
    }
    f.name = strings.name(b, localStart, nameEnd - localStart, ascii, encoding == LATIN1);
    depth++;
    if (empty) {
      closeElement();
    }
  }

  private void attribute(int elemStart, int elemEnd) {
    int aStart = pos;
    if (!isNameStartAt(pos)) {
      throw error(pos, "expected an attribute name, '>' or '/>' in the start tag <" + quote(elemStart, elemEnd)
          + ">");
    }
    scanQName();
    int aEnd = qEnd;
    int aColon = qColon;
    skipSpace();
    if (pos >= end || b[pos] != '=') {
      throw error(pos, "attribute " + quote(aStart, aEnd) + " has no '='");
    }
    pos++;
    skipSpace();
    if (pos >= end || (b[pos] != '"' && b[pos] != '\'')) {
      throw error(pos, "the value of attribute " + quote(aStart, aEnd) + " is not quoted");
    }
    byte q = b[pos++];
    int vStart = pos;
    while (true) {
      while (pos < end && (CLASS[b[pos] & 0xFF] & ATTR) != 0) {
        pos++;
      }
      if (pos >= end) {
        throw error(vStart - 1, "the value of attribute " + quote(aStart, aEnd) + " is not closed");
      }
      byte c = b[pos];
      if (c == q) {
        break;
      } else if (c == '"' || c == '\'') {
        pos++;
      } else if (c == '<') {
        throw error(pos, "'<' in the value of attribute " + quote(aStart, aEnd) + " (write &lt;)");
      } else if (c == '&') {
        reference();
      } else if (c < 0) {
        int cp = decode(pos);
        if (!XmlChars.isXmlChar(cp)) {
          throw error(pos, "character " + codePoint(cp) + " is not allowed in XML");
        }
        pos = cpEnd;
      } else {
        throw error(pos, "character " + codePoint(c) + " is not allowed in XML");
      }
    }
    int vEnd = pos;
    pos++;
    boolean declaration = aColon < 0 ? aEnd - aStart == 5 && startsWith(aStart, "xmlns")
        : aColon - aStart == 5 && startsWith(aStart, "xmlns");
    if (attrCount == MAX_ATTRIBUTES) {
      throw error(aStart, "more than " + MAX_ATTRIBUTES + " attributes in <" + quote(elemStart, elemEnd) + ">");
    }
    if (attrStart == null) {
      attrStart = new int[8];
      attrEnd = new int[8];
      attrColon = new int[8];
      attrValue = new String[8];
    } else if (attrCount == attrStart.length) {
      attrStart = Arrays.copyOf(attrStart, attrCount * 2);
      attrEnd = Arrays.copyOf(attrEnd, attrCount * 2);
      attrColon = Arrays.copyOf(attrColon, attrCount * 2);
      attrValue = Arrays.copyOf(attrValue, attrCount * 2);
    }
    attrStart[attrCount] = aStart;
    attrEnd[attrCount] = aEnd;
    attrColon[attrCount] = aColon;
    attrValue[attrCount] = declaration ? attributeValue(vStart, vEnd) : null;
    attrCount++;
  }

  /** Duplicates, namespace declarations, prefixes of the attributes of the start tag just read. */
  private void attributesDone(int elemStart, int elemEnd) {
    int[] table = attrCount > 8 ? new int[Integer.highestOneBit(attrCount) * 4] : null;
    for (int i = 0; i < attrCount; i++) {
      int j = table == null ? earlierSameName(i) : sameNameInTable(table, i, attrStart[i], attrEnd[i], null);
      if (j >= 0) {
        throw error(attrStart[i], "attribute " + quote(attrStart[i], attrEnd[i]) + " appears twice in <"
            + quote(elemStart, elemEnd) + ">");
      }
    }
    int prefixed = 0;
    for (int i = 0; i < attrCount; i++) {
      String uri = attrValue[i];
      if (uri == null) {
        prefixed += attrColon[i] >= 0 ? 1 : 0;
        continue;
      }
      int at = attrStart[i];
      if (uri.length() > MAX_NAME) {
        throw error(at, "a namespace name longer than " + MAX_NAME + " characters");
      }
      if (attrColon[i] < 0) {
        if (uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
          throw error(at, "the default namespace cannot be " + uri);
        }
        continue;
      }
      int pStart = attrColon[i] + 1;
      int pLen = attrEnd[i] - pStart;
      if (pLen == 5 && startsWith(pStart, "xmlns")) {
        throw error(at, "the prefix xmlns cannot be declared");
      }
      if (pLen == 3 && startsWith(pStart, "xml")) {
        if (!uri.equals(XML_NS)) {
          throw error(at, "the prefix xml can only be bound to " + XML_NS);
        }
        continue;
      }
      if (uri.isEmpty()) {
        throw error(at, "the namespace prefix " + quote(pStart, attrEnd[i]) + " is bound to an empty name");
      }
      if (uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
        throw error(at, "the namespace prefix " + quote(pStart, attrEnd[i]) + " cannot be bound to " + uri);
      }
      if (nsPrefix == null) {
        nsPrefix = new String[4];
        nsUri = new String[4];
      } else if (nsTop == nsPrefix.length) {
        nsPrefix = Arrays.copyOf(nsPrefix, nsTop * 2);
        nsUri = Arrays.copyOf(nsUri, nsTop * 2);
      }
      nsPrefix[nsTop] = strings.name(b, pStart, pLen, isAscii(pStart, attrEnd[i]), encoding == LATIN1);
      nsUri[nsTop] = uri;
      nsTop++;
    }
    if (prefixed == 0) {
      return;
    }
    String[] uris = new String[attrCount];
    int[] names = new int[Integer.highestOneBit(attrCount) * 4];
    for (int i = 0; i < attrCount; i++) {
      if (attrValue[i] != null || attrColon[i] < 0) {
        continue;
      }
      uris[i] = resolve(attrStart[i], attrColon[i]);
      if (uris[i] == null) {
        throw error(attrStart[i], "the namespace prefix of attribute " + quote(attrStart[i], attrEnd[i])
            + " is not declared");
      }
      int j = sameNameInTable(names, i, attrColon[i] + 1, attrEnd[i], uris);
      if (j >= 0) {
        throw error(attrStart[i], "attributes " + quote(attrStart[j], attrEnd[j]) + " and "
            + quote(attrStart[i], attrEnd[i]) + " have the same namespace and name");
      }
    }
  }

  /** An earlier attribute of the tag with the same name as attribute i, or -1 (few attributes: pairwise). */
  private int earlierSameName(int i) {
    for (int j = 0; j < i; j++) {
      if (sameRange(attrStart[i], attrEnd[i], attrStart[j], attrEnd[j])) {
        return j;
      }
    }
    return -1;
  }

  /**
   * With a hash table of the attributes seen so far (index + 1 per slot): an earlier attribute whose name
   * {@code b[attrNameStart(j), attrEnd[j])} equals {@code b[from, to)} (and whose namespace equals uris[i], when
   * uris is given, comparing local names), or -1 after adding attribute i.
   */
  private int sameNameInTable(int[] table, int i, int from, int to, String[] uris) {
    int h = to - from;
    for (int k = from; k < to; k++) {
      h = 31 * h + b[k];
    }
    int mask = table.length - 1;
    for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      int j = table[slot] - 1;
      if (j < 0) {
        table[slot] = i + 1;
        return -1;
      }
      int jFrom = uris == null ? attrStart[j] : attrColon[j] + 1;
      if (sameRange(from, to, jFrom, attrEnd[j]) && (uris == null || uris[j].equals(uris[i]))) {
        return j;
      }
    }
  }

  /** The namespace bound to the prefix {@code b[start, colon)}, or null. */
  private String resolve(int start, int colon) {
    int len = colon - start;
    if (len == 3 && startsWith(start, "xml")) {
      return XML_NS;
    }
    if (nsTop == 0) {
      return null;
    }
    String prefix = strings.name(b, start, len, isAscii(start, colon), encoding == LATIN1);
    for (int i = nsTop - 1; i >= 0; i--) {
      if (nsPrefix[i] == prefix) {
        return nsUri[i];
      }
    }
    return null;
  }

  /** A namespace declaration's value, normalized as an attribute value (references decoded, white space a space). */
  private String attributeValue(int from, int to) {
    StringBuilder v = new StringBuilder(to - from);
    int saved = pos;
    pos = from;
    while (pos < to) {
      int c = b[pos];
      if (c == '&') {
        v.appendCodePoint(reference());
      } else if (c < 0) {
        v.appendCodePoint(decode(pos));
        pos = cpEnd;
      } else if (c == '\r') {
        v.append(' ');
        pos += pos + 1 < to && b[pos + 1] == '\n' ? 2 : 1;
      } else {
        v.append(c == '\t' || c == '\n' ? ' ' : (char) c);
        pos++;
      }
    }
    pos = saved;
    return v.toString();
  }

  private void endTag(Frame f) {
    int tagStart = pos;
    pos += 2;
    int nStart = pos;
    int nEnd = pos + f.qLen;
    if (nEnd < end && Arrays.equals(b, nStart, nEnd, b, f.qStart, f.qStart + f.qLen) && b[nEnd] >= 0
        && (CLASS[b[nEnd]] & NAME) == 0) {
      pos = nEnd; // the usual case: the start tag's name, then no further name character
    } else if (!isNameStartAt(pos)) {
      throw error(tagStart, "malformed end tag");
    } else {
      scanName();
    }
    if (!sameRange(nStart, pos, f.qStart, f.qStart + f.qLen)) {
      throw error(tagStart, "the end tag </" + quote(nStart, pos) + "> does not match the start tag <"
          + quote(f.qStart, f.qStart + f.qLen) + "> at byte " + (f.qStart - 1));
    }
    skipSpace();
    if (pos >= end || b[pos] != '>') {
      throw error(pos, "expected '>' to end the end tag </" + quote(nStart, nStart + f.qLen) + ">");
    }
    pos++;
    closeElement();
  }

  private void closeElement() {
    Frame f = frames[--depth];
    String text;
    if (f.textState == 0) {
      text = "";
    } else if (f.textState == 1) {
      text = strings.text(b, f.rawStart, f.rawEnd - f.rawStart, f.rawAscii);
    } else {
      text = strings.text(buf, f.bufStart, bufLen - f.bufStart, f.bufAscii);
      bufLen = f.bufStart;
    }
    int n = kidsTop - f.kidsBase;
    XmlNode[] children = n == 0 ? XmlNode.NO_CHILDREN : Arrays.copyOfRange(kids, f.kidsBase, kidsTop);
    kidsTop = f.kidsBase;
    nsTop = f.nsBase;
    XmlNode node = new XmlNode(f.name, text, children);
    if (depth == 0) {
      root = node;
      return;
    }
    if (kidsTop == kids.length) {
      kids = Arrays.copyOf(kids, kidsTop * 2);
    }
    kids[kidsTop++] = node;
  }

  private void cdata(Frame f) {
    int start = pos;
    pos += 9;
    int segStart = pos;
    boolean ascii = true;
    while (true) {
      while (pos < end && (CLASS[b[pos] & 0xFF] & MARKUP) != 0) {
        pos++;
      }
      if (pos >= end) {
        throw error(start, "the CDATA section is not closed");
      }
      int c = b[pos];
      if (c == ']') {
        if (pos + 2 < end && b[pos + 1] == ']' && b[pos + 2] == '>') {
          if (pos > segStart) {
            appendRaw(f, segStart, pos, ascii);
          }
          pos += 3;
          return;
        }
        pos++;
      } else if (c == '-' || c == '?') {
        pos++;
      } else if (c == '\r') {
        if (pos > segStart) {
          appendRaw(f, segStart, pos, ascii);
        }
        appendCodePoint(f, '\n');
        pos++;
        if (pos < end && b[pos] == '\n') {
          pos++;
        }
        segStart = pos;
        ascii = true;
      } else if (c < 0) {
        int cp = decode(pos);
        if (!XmlChars.isXmlChar(cp)) {
          throw error(pos, "character " + codePoint(cp) + " is not allowed in XML");
        }
        pos = cpEnd;
        ascii = false;
      } else {
        throw error(pos, "character " + codePoint(c) + " is not allowed in XML");
      }
    }
  }

  private void comment() {
    int start = pos;
    pos += 4;
    while (true) {
      while (pos < end && (CLASS[b[pos] & 0xFF] & MARKUP) != 0) {
        pos++;
      }
      if (pos >= end) {
        throw error(start, "the comment is not closed");
      }
      int c = b[pos];
      if (c == '-') {
        if (pos + 1 < end && b[pos + 1] == '-') {
          if (pos + 2 < end && b[pos + 2] == '>') {
            pos += 3;
            return;
          }
          throw error(pos, "'--' is not allowed inside a comment");
        }
        pos++;
      } else if (c == '?' || c == ']' || c == '\r') {
        pos++;
      } else if (c < 0) {
        int cp = decode(pos);
        if (!XmlChars.isXmlChar(cp)) {
          throw error(pos, "character " + codePoint(cp) + " is not allowed in XML");
        }
        pos = cpEnd;
      } else {
        throw error(pos, "character " + codePoint(c) + " is not allowed in XML");
      }
    }
  }

  private void processingInstruction() {
    int start = pos;
    pos += 2;
    if (!isNameStartAt(pos)) {
      throw error(pos, "a processing instruction must start with its target name");
    }
    int tStart = pos;
    scanName();
    if (pos - tStart == 3 && (b[tStart] | 0x20) == 'x' && (b[tStart + 1] | 0x20) == 'm'
        && (b[tStart + 2] | 0x20) == 'l') {
      throw error(start, "the processing instruction target " + quote(tStart, pos) + " is reserved "
          + "(an XML declaration is allowed only at the very start)");
    }
    if (startsWith("?>")) {
      pos += 2;
      return;
    }
    if (!skipSpace()) {
      throw error(pos, pos >= end ? "the processing instruction is not closed"
          : "white space is required after the processing instruction's target");
    }
    while (true) {
      while (pos < end && (CLASS[b[pos] & 0xFF] & MARKUP) != 0) {
        pos++;
      }
      if (pos >= end) {
        throw error(start, "the processing instruction is not closed");
      }
      int c = b[pos];
      if (c == '?') {
        if (pos + 1 < end && b[pos + 1] == '>') {
          pos += 2;
          return;
        }
        pos++;
      } else if (c == '-' || c == ']' || c == '\r') {
        pos++;
      } else if (c < 0) {
        int cp = decode(pos);
        if (!XmlChars.isXmlChar(cp)) {
          throw error(pos, "character " + codePoint(cp) + " is not allowed in XML");
        }
        pos = cpEnd;
      } else {
        throw error(pos, "character " + codePoint(c) + " is not allowed in XML");
      }
    }
  }

  /** A character or predefined entity reference at pos ('&'); returns its code point, pos after the ';'. */
  private int reference() {
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

  // ----------------------------------------------------------------------------------------------- text

  private void appendRaw(Frame f, int from, int to, boolean ascii) {
    if (f.textState == 0 && (ascii || encoding == UTF8)) {
      f.textState = 1;
      f.rawStart = from;
      f.rawEnd = to;
      f.rawAscii = ascii;
      return;
    }
    toBuffer(f);
    if (ascii || encoding == UTF8) {
      copyToBuffer(from, to);
      f.bufAscii &= ascii;
      return;
    }
    ensureBuffer(2 * (to - from));
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        buf[bufLen++] = (byte) c;
      } else {
        buf[bufLen++] = (byte) (0xC0 | (c >> 6));
        buf[bufLen++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    f.bufAscii = false;
  }

  private void appendCodePoint(Frame f, int cp) {
    toBuffer(f);
    ensureBuffer(4);
    if (cp < 0x80) {
      buf[bufLen++] = (byte) cp;
      return;
    }
    f.bufAscii = false;
    if (cp < 0x800) {
      buf[bufLen++] = (byte) (0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
      buf[bufLen++] = (byte) (0xE0 | (cp >> 12));
      buf[bufLen++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    } else {
      buf[bufLen++] = (byte) (0xF0 | (cp >> 18));
      buf[bufLen++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[bufLen++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    }
    buf[bufLen++] = (byte) (0x80 | (cp & 0x3F));
  }

  /** Moves the element's text, if it is still a raw run, into the shared buffer. */
  private void toBuffer(Frame f) {
    if (f.textState == 2) {
      return;
    }
    f.bufStart = bufLen;
    f.bufAscii = true;
    if (f.textState == 1) {
      copyToBuffer(f.rawStart, f.rawEnd);
      f.bufAscii = f.rawAscii;
    }
    f.textState = 2;
  }

  private void copyToBuffer(int from, int to) {
    ensureBuffer(to - from);
    System.arraycopy(b, from, buf, bufLen, to - from);
    bufLen += to - from;
  }

  private void ensureBuffer(int more) {
    if (buf == null) {
      buf = new byte[Math.max(64, more)];
    } else if (bufLen + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, bufLen + more));
    }
  }

  // ------------------------------------------------------------------------------------- names, characters

  /** A QName at pos (its first character already known to be a name start); see {@link #qEnd}. */
  private void scanQName() {
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
  private void scanName() {
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
  private boolean isNameStartAt(int p) {
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
  private int decode(int p) {
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

  private XmlParseException invalidUtf8(int p) {
    StringBuilder bytes = new StringBuilder();
    for (int i = p; i < Math.min(end, p + 4); i++) {
      bytes.append(i == p ? "" : " ").append("0x").append(hex(b[i] & 0xFF));
    }
    return error(p, "invalid UTF-8 (bytes " + bytes + ")");
  }

  /** Skips XML white space; whether there was any. */
  private boolean skipSpace() {
    int start = pos;
    while (pos < end && (CLASS[b[pos] & 0xFF] & SPACE) != 0) {
      pos++;
    }
    return pos > start;
  }

  private boolean startsWith(String s) {
    return pos + s.length() <= end && startsWith(pos, s);
  }

  /** Whether {@code b[p...]} starts with the ASCII {@code s}; the caller knows the bytes are there. */
  private boolean startsWith(int p, String s) {
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

  private boolean sameRange(int aStart, int aEnd, int bStart, int bEnd) {
    return aEnd - aStart == bEnd - bStart && Arrays.equals(b, aStart, aEnd, b, bStart, bEnd);
  }

  private boolean isAscii(int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** At most {@link #QUOTE_MAX} bytes of the document, for a message. */
  private String quote(int from, int to) {
    to = Math.min(to, end);
    boolean cut = to - from > QUOTE_MAX;
    int len = Math.max(0, Math.min(to - from, QUOTE_MAX));
    String s = new String(b, from, len, encoding == LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    return cut ? s + "..." : s;
  }

  private static String hex(int octet) {
    return String.format("%02X", octet);
  }

  private static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }

  private static XmlParseException error(int at, String problem) {
    return new XmlParseException("malformed XML at byte " + at + ": " + problem, null);
  }
}
