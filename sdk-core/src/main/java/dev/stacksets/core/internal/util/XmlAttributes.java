package dev.stacksets.core.internal.util;

import static dev.stacksets.core.internal.util.XmlChars.ATTR;
import static dev.stacksets.core.internal.util.XmlChars.CLASS;
import static dev.stacksets.core.internal.util.XmlInput.MAX_NAME;
import static dev.stacksets.core.internal.util.XmlInput.codePoint;
import static dev.stacksets.core.internal.util.XmlInput.error;

import java.util.Arrays;

/**
 * The attributes of one start tag at a time and the namespace prefixes in scope: reads each attribute (name, quoted
 * value, references and characters checked), then checks the tag's attributes together (no duplicates, namespace
 * declarations valid, prefixes bound, no two with the same namespace and local name) and records its namespace
 * declarations. {@link #resolve} gives the namespace a prefix is bound to. Works on the {@link XmlInput} of its parse,
 * moving its position. Not thread-safe: one instance per parse.
 */
final class XmlAttributes {
  /** Most attributes on one element: the JDK parser's limit. */
  static final int MAX_ATTRIBUTES = 10_000;
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  private final XmlInput in;
  private final byte[] b;
  private final int end;
  private final XmlStrings strings;
  /** The attributes of the start tag being read: name range, colon position (-1: none), namespace-declaration value. */
  private int[] attrStart;
  private int[] attrEnd;
  private int[] attrColon;
  private String[] attrValue;
  /** How many attributes the start tag being read has so far; the scanner sets it to 0 at each start tag. */
  int count;
  /** Namespace prefixes in scope (declared by open elements), the innermost last. */
  private String[] nsPrefix;
  private String[] nsUri;
  /** How many prefixes are in scope; an element saves it when it opens and restores it when it closes. */
  int nsTop;

  XmlAttributes(XmlInput in, XmlStrings strings) {
    this.in = in;
    this.b = in.b;
    this.end = in.end;
    this.strings = strings;
  }

  /** Reads one attribute at the position (a name start expected) of the start tag {@code b[elemStart, elemEnd)}. */
  void read(int elemStart, int elemEnd) {
    int aStart = in.pos;
    if (!in.isNameStartAt(in.pos)) {
      throw error(in.pos, "expected an attribute name, '>' or '/>' in the start tag <" + in.quote(elemStart, elemEnd)
          + ">");
    }
    in.scanQName();
    int aEnd = in.qEnd;
    int aColon = in.qColon;
    in.skipSpace();
    if (in.pos >= end || b[in.pos] != '=') {
      throw error(in.pos, "attribute " + in.quote(aStart, aEnd) + " has no '='");
    }
    in.pos++;
    in.skipSpace();
    if (in.pos >= end || (b[in.pos] != '"' && b[in.pos] != '\'')) {
      throw error(in.pos, "the value of attribute " + in.quote(aStart, aEnd) + " is not quoted");
    }
    byte q = b[in.pos++];
    int vStart = in.pos;
    while (true) {
      while (in.pos < end && (CLASS[b[in.pos] & 0xFF] & ATTR) != 0) {
        in.pos++;
      }
      if (in.pos >= end) {
        throw error(vStart - 1, "the value of attribute " + in.quote(aStart, aEnd) + " is not closed");
      }
      byte c = b[in.pos];
      if (c == q) {
        break;
      } else if (c == '"' || c == '\'') {
        in.pos++;
      } else if (c == '<') {
        throw error(in.pos, "'<' in the value of attribute " + in.quote(aStart, aEnd) + " (write &lt;)");
      } else if (c == '&') {
        in.reference();
      } else if (c < 0) {
        int cp = in.decode(in.pos);
        if (!XmlChars.isXmlChar(cp)) {
          throw error(in.pos, "character " + codePoint(cp) + " is not allowed in XML");
        }
        in.pos = in.cpEnd;
      } else {
        throw error(in.pos, "character " + codePoint(c) + " is not allowed in XML");
      }
    }
    int vEnd = in.pos;
    in.pos++;
    boolean declaration = aColon < 0 ? aEnd - aStart == 5 && in.startsWith(aStart, "xmlns")
        : aColon - aStart == 5 && in.startsWith(aStart, "xmlns");
    if (count == MAX_ATTRIBUTES) {
      throw error(aStart, "more than " + MAX_ATTRIBUTES + " attributes in <" + in.quote(elemStart, elemEnd) + ">");
    }
    if (attrStart == null) {
      attrStart = new int[8];
      attrEnd = new int[8];
      attrColon = new int[8];
      attrValue = new String[8];
    } else if (count == attrStart.length) {
      attrStart = Arrays.copyOf(attrStart, count * 2);
      attrEnd = Arrays.copyOf(attrEnd, count * 2);
      attrColon = Arrays.copyOf(attrColon, count * 2);
      attrValue = Arrays.copyOf(attrValue, count * 2);
    }
    attrStart[count] = aStart;
    attrEnd[count] = aEnd;
    attrColon[count] = aColon;
    attrValue[count] = declaration ? attributeValue(vStart, vEnd) : null;
    count++;
  }

  /** Duplicates, namespace declarations, prefixes of the attributes of the start tag just read. */
  void check(int elemStart, int elemEnd) {
    int[] table = count > 8 ? new int[Integer.highestOneBit(count) * 4] : null;
    for (int i = 0; i < count; i++) {
      int j = table == null ? earlierSameName(i) : sameNameInTable(table, i, attrStart[i], attrEnd[i], null);
      if (j >= 0) {
        throw error(attrStart[i], "attribute " + in.quote(attrStart[i], attrEnd[i]) + " appears twice in <"
            + in.quote(elemStart, elemEnd) + ">");
      }
    }
    int prefixed = 0;
    for (int i = 0; i < count; i++) {
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
      if (pLen == 5 && in.startsWith(pStart, "xmlns")) {
        throw error(at, "the prefix xmlns cannot be declared");
      }
      if (pLen == 3 && in.startsWith(pStart, "xml")) {
        if (!uri.equals(XML_NS)) {
          throw error(at, "the prefix xml can only be bound to " + XML_NS);
        }
        continue;
      }
      if (uri.isEmpty()) {
        throw error(at, "the namespace prefix " + in.quote(pStart, attrEnd[i]) + " is bound to an empty name");
      }
      if (uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
        throw error(at, "the namespace prefix " + in.quote(pStart, attrEnd[i]) + " cannot be bound to " + uri);
      }
      if (nsPrefix == null) {
        nsPrefix = new String[4];
        nsUri = new String[4];
      } else if (nsTop == nsPrefix.length) {
        nsPrefix = Arrays.copyOf(nsPrefix, nsTop * 2);
        nsUri = Arrays.copyOf(nsUri, nsTop * 2);
      }
      nsPrefix[nsTop] = strings.name(b, pStart, pLen, in.isAscii(pStart, attrEnd[i]), in.encoding == XmlInput.LATIN1);
      nsUri[nsTop] = uri;
      nsTop++;
    }
    if (prefixed == 0) {
      return;
    }
    String[] uris = new String[count];
    int[] names = new int[Integer.highestOneBit(count) * 4];
    for (int i = 0; i < count; i++) {
      if (attrValue[i] != null || attrColon[i] < 0) {
        continue;
      }
      uris[i] = resolve(attrStart[i], attrColon[i]);
      if (uris[i] == null) {
        throw error(attrStart[i], "the namespace prefix of attribute " + in.quote(attrStart[i], attrEnd[i])
            + " is not declared");
      }
      int j = sameNameInTable(names, i, attrColon[i] + 1, attrEnd[i], uris);
      if (j >= 0) {
        throw error(attrStart[i], "attributes " + in.quote(attrStart[j], attrEnd[j]) + " and "
            + in.quote(attrStart[i], attrEnd[i]) + " have the same namespace and name");
      }
    }
  }

  /** An earlier attribute of the tag with the same name as attribute i, or -1 (few attributes: pairwise). */
  private int earlierSameName(int i) {
    for (int j = 0; j < i; j++) {
      if (in.sameRange(attrStart[i], attrEnd[i], attrStart[j], attrEnd[j])) {
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
      if (in.sameRange(from, to, jFrom, attrEnd[j]) && (uris == null || uris[j].equals(uris[i]))) {
        return j;
      }
    }
  }

  /** The namespace bound to the prefix {@code b[start, colon)}, or null. */
  String resolve(int start, int colon) {
    int len = colon - start;
    if (len == 3 && in.startsWith(start, "xml")) {
      return XML_NS;
    }
    if (nsTop == 0) {
      return null;
    }
    String prefix = strings.name(b, start, len, in.isAscii(start, colon), in.encoding == XmlInput.LATIN1);
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
    int saved = in.pos;
    in.pos = from;
    while (in.pos < to) {
      int c = b[in.pos];
      if (c == '&') {
        v.appendCodePoint(in.reference());
      } else if (c < 0) {
        v.appendCodePoint(in.decode(in.pos));
        in.pos = in.cpEnd;
      } else if (c == '\r') {
        v.append(' ');
        in.pos += in.pos + 1 < to && b[in.pos + 1] == '\n' ? 2 : 1;
      } else {
        v.append(c == '\t' || c == '\n' ? ' ' : (char) c);
        in.pos++;
      }
    }
    in.pos = saved;
    return v.toString();
  }
}
