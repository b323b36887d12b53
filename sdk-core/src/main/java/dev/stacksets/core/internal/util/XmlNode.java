package dev.stacksets.core.internal.util;

import java.util.ArrayList;
import java.util.BitSet;
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
 */
public final class XmlNode {
  private final String name;
  private final List<XmlNode> children = new ArrayList<>();
  /** Indexes of the children whose name a reader has looked up. */
  private final BitSet read = new BitSet();
  private String text = "";

  /** An element with no attributes, text or children (e.g. a result element a reply may leave out). */
  public static XmlNode empty(String name) {
    return new XmlNode(name);
  }

  XmlNode(String name) {
    this.name = name;
  }

  void add(XmlNode child) {
    children.add(child);
  }

  void text(String text) {
    this.text = text;
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
    return Collections.unmodifiableList(children);
  }

  /** The first child with this local name, or null. Marks every child of that name as read. */
  public XmlNode child(String localName) {
    XmlNode first = null;
    for (int i = 0; i < children.size(); i++) {
      XmlNode c = children.get(i);
      if (c.name.equals(localName)) {
        read.set(i);
        if (first == null) {
          first = c;
        }
      }
    }
    return first;
  }

  /**
   * The children whose name no reader has looked up, by local name, in document order: a leaf (no child elements)
   * as its text exactly as sent, a structure as its {@linkplain #innerMarkup() inner markup}. Of several unread
   * children with one name the first is kept. Empty when every child was read.
   */
  public Map<String, String> unreadChildren() {
    if (read.cardinality() == children.size()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = read.nextClearBit(0); i < children.size(); i = read.nextClearBit(i + 1)) {
      XmlNode c = children.get(i);
      out.putIfAbsent(c.name, c.children.isEmpty() ? c.text : c.innerMarkup());
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
      if (c.children.isEmpty()) {
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
    List<XmlNode> out = new ArrayList<>(list.children.size());
    for (XmlNode c : list.children) {
      if (c.name.equals("member")) {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "<" + name + "> (" + children.size() + " children)";
  }
}
