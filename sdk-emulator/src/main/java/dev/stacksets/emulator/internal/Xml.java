package dev.stacksets.emulator.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/** A minimal XML writer for Query-protocol replies: nested elements, escaped text, no attributes but xmlns. */
public final class Xml {
  private final StringBuilder sb = new StringBuilder(1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Starts a document whose root element carries {@code xmlns}. */
  public static Xml document(String root, String namespace) {
    Xml x = new Xml();
    x.sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root);
    if (namespace != null) {
      x.sb.append(" xmlns=\"").append(namespace).append('"');
    }
    x.sb.append('>');
    x.open.push(root);
    return x;
  }

  /** Opens an element. */
  public Xml start(String name) {
    sb.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Closes the innermost element. */
  public Xml end() {
    sb.append("</").append(open.pop()).append('>');
    return this;
  }

  /** A text element; skipped when {@code value} is null. */
  public Xml element(String name, Object value) {
    if (value != null) {
      sb.append('<').append(name).append('>');
      escape(String.valueOf(value));
      sb.append("</").append(name).append('>');
    }
    return this;
  }

  /** An empty element {@code <name/>}. */
  public Xml empty(String name) {
    sb.append('<').append(name).append("/>");
    return this;
  }

  /** Closes everything and returns the text. */
  public String finish() {
    while (!open.isEmpty()) {
      end();
    }
    return sb.toString();
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '\r':
          sb.append("&#xD;");
          break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') {
            sb.append('\uFFFD'); // not allowed in XML 1.0, even as a character reference
          } else {
            sb.append(c);
          }
      }
    }
  }
}
