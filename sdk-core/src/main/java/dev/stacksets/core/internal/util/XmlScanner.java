package dev.stacksets.core.internal.util;

import static dev.stacksets.core.internal.util.XmlChars.CLASS;
import static dev.stacksets.core.internal.util.XmlChars.MARKUP;
import static dev.stacksets.core.internal.util.XmlChars.NAME;
import static dev.stacksets.core.internal.util.XmlChars.TEXT;

import dev.stacksets.core.internal.util.XmlParser.XmlParseException;
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
final class XmlScanner extends XmlInput {
  /** Open elements at most; replies nest a handful of levels. */
  static final int MAX_DEPTH = 64;

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
  /** Attributes and namespace prefixes in scope; null until the first attribute or prefixed element name. */
  private XmlAttributes attributes;

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
    super(xml);
  }

  /** Reads the document; returns its root element. */
  XmlNode parse() {
    XmlProlog.prolog(this);
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
        XmlProlog.doctype(this);
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
    XmlAttributes attrs = attributes;
    if (attrs != null) {
      attrs.count = 0;
    }
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
      if (attrs == null) {
        attrs = attributes();
      }
      attrs.read(qStart, nameEnd);
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
    f.nsBase = attrs == null ? 0 : attrs.nsTop;
    f.textState = 0;
    if (attrs != null && attrs.count > 0) {
      attrs.check(qStart, nameEnd);
    }
    int localStart = qStart;
    if (colon >= 0) {
      if (colon - qStart == 5 && startsWith(qStart, "xmlns")) {
        throw error(qStart, "an element name cannot have the prefix xmlns: <" + quote(qStart, nameEnd) + ">");
      }
      if (attributes().resolve(qStart, colon) == null) {
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

  /** The attribute reader of this parse, made on first need. */
  private XmlAttributes attributes() {
    if (attributes == null) {
      attributes = new XmlAttributes(this, strings);
    }
    return attributes;
  }

  private void endTag(Frame f) {
    int tagStart = pos;
    pos += 2;
    int nStart = pos;
    int nEnd = pos + f.qLen;
    if (nEnd < end && Arrays.equals(b, nStart, nEnd, b, f.qStart, f.qStart + f.qLen) && b[nEnd] >= 0
        && (CLASS[b[nEnd]] & NAME) == 0) {
      pos = nEnd; // the usual case: the start tag's name, then no further name character (compared once)
    } else {
      if (!isNameStartAt(pos)) {
        throw error(tagStart, "malformed end tag");
      }
      scanName();
      if (!sameRange(nStart, pos, f.qStart, f.qStart + f.qLen)) {
        throw error(tagStart, "the end tag </" + quote(nStart, pos) + "> does not match the start tag <"
            + quote(f.qStart, f.qStart + f.qLen) + "> at byte " + (f.qStart - 1));
      }
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
    if (attributes != null) {
      attributes.nsTop = f.nsBase;
    }
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
}

