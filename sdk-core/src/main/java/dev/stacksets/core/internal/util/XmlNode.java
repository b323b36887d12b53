package dev.stacksets.core.internal.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a parsed XML reply, by local name (namespaces are dropped), with its trimmed-as-sent text and its
 * child elements in document order. Built only by {@link XmlParser}; its name, text and children do not change once
 * the parser returns it.
 *
 * <p>It also remembers which child names a reader has looked up ({@link #child}, {@link #childText},
 * {@link #members}), so that after reading a structure the reader can keep the rest, the members this SDK version
 * does not model, with {@link #unreadChildren()}. That bookkeeping is the only mutable state; a parsed tree belongs
 * to the one call reading it, so it is not shared between threads.
 *
 * <p>Cheap by design (a page holds thousands of these): the children are one exactly-sized array, the read marks a
 * {@code long} (an array beside it only past 64 children), and a lookup in a structure whose children's names are
 * all different starts after the child found last, so that a reader asking for the members in document order finds
 * each at the first try.
 */
public final class XmlNode {
  static final XmlNode[] NO_CHILDREN = new XmlNode[0];
  /** Children whose names are checked for repeats; a structure with more is searched whole. */
  private static final int DISTINCT_CHECK_MAX = 16;

  private final String name;
  private final String text;
  private final XmlNode[] children;
  /** Read marks of children 0-63. */
  private long read;
  /** Read marks of children 64 and on (bit i-64), or null. */
  private long[] readMore;
  /** Where the next lookup starts when the children's names are distinct; -1 when a name may repeat. */
  private int next;

  /** An element with no attributes, text or children (e.g. a result element a reply may leave out). */
  public static XmlNode empty(String name) {
    return new XmlNode(name, "", NO_CHILDREN);
  }

  /**
   * @param children owned by the node from now on; their names must be the same instance when equal, as
   *     {@link XmlStrings} makes them within one parse (the repeat check compares references)
   */
  XmlNode(String name, String text, XmlNode[] children) {
    this.name = name;
    this.text = text;
    this.children = children;
    this.next = distinctNames(children) ? 0 : -1;
  }

  private static boolean distinctNames(XmlNode[] children) {
    int n = children.length;
    if (n > DISTINCT_CHECK_MAX) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      String s = children[i].name;
      for (int j = 0; j < i; j++) {
        if (children[j].name == s) {
          return false;
        }
      }
    }
    return true;
  }

  /** The element's local name. */
  public String name() {
    return name;
  }

  /** The element's own character content (empty string for an empty element). */
  public String text() {
    return text;
  }

  /** Child elements in document order; unmodifiable. */
  public List<XmlNode> children() {
    return Collections.unmodifiableList(Arrays.asList(children));
  }

  /** The first child with this local name, or null. Marks every child of that name as read. */
  public XmlNode child(String localName) {
    XmlNode[] ch = children;
    int n = ch.length;
    if (next >= 0) {
      int i = next;
      for (int k = 0; k < n; k++) {
        if (ch[i].name.equals(localName)) {
          mark(i);
          next = i + 1 == n ? 0 : i + 1;
          return ch[i];
        }
        if (++i == n) {
          i = 0;
        }
      }
      return null;
    }
    XmlNode first = null;
    for (int i = 0; i < n; i++) {
      XmlNode c = ch[i];
      if (c.name.equals(localName)) {
        mark(i);
        if (first == null) {
          first = c;
        }
      }
    }
    return first;
  }

  private void mark(int i) {
    if (i < 64) {
      read |= 1L << i;
      return;
    }
    if (readMore == null) {
      readMore = new long[(children.length - 64 + 63) >>> 6];
    }
    readMore[(i - 64) >>> 6] |= 1L << (i - 64);
  }

  private boolean isRead(int i) {
    if (i < 64) {
      return (read & (1L << i)) != 0;
    }
    return readMore != null && (readMore[(i - 64) >>> 6] & (1L << (i - 64))) != 0;
  }

  private int readCount() {
    int count = Long.bitCount(read);
    if (readMore != null) {
      for (long word : readMore) {
        count += Long.bitCount(word);
      }
    }
    return count;
  }

  /**
   * The children whose name no reader has looked up, by local name, in document order: a leaf (no child elements)
   * as its text exactly as sent, a structure as its {@linkplain #innerMarkup() inner markup}. Of several unread
   * children with one name the first is kept. Empty when every child was read.
   */
  public Map<String, String> unreadChildren() {
    if (readCount() == children.length) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < children.length; i++) {
      if (!isRead(i)) {
        XmlNode c = children[i];
        out.putIfAbsent(c.name, c.children.length == 0 ? c.text : c.innerMarkup());
      }
    }
    return out;
  }

  /**
   * The child elements written back compactly: {@code <Name>...</Name>} per child by local name, in document order,
   * a leaf's text escaped ({@code &amp; &lt; &gt;}); namespace prefixes, attributes, comments and the whitespace
   * between elements are not kept.
   */
  String innerMarkup() {
    StringBuilder b = new StringBuilder();
    writeChildren(b);
    return b.toString();
  }

  private void writeChildren(StringBuilder b) {
    for (XmlNode c : children) {
      b.append('<').append(c.name).append('>');
      if (c.children.length == 0) {
        escape(c.text, b);
      } else {
        c.writeChildren(b);
      }
      b.append("</").append(c.name).append('>');
    }
  }

  private static void escape(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(ch);
      }
    }
  }

  /** The text of the first child with this local name, or null when there is no such child. */
  public String childText(String localName) {
    XmlNode c = child(localName);
    return c == null ? null : c.text;
  }

  /**
   * The {@code <member>} elements of the list child with this local name: null when the list element is absent, an
   * empty list for {@code <Name/>}.
   */
  public List<XmlNode> members(String listName) {
    XmlNode list = child(listName);
    if (list == null) {
      return null;
    }
    List<XmlNode> out = new ArrayList<>(list.children.length);
    for (XmlNode c : list.children) {
      if (c.name.equals("member")) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "<" + name + "> (" + children.length + " children)";
  }
}
