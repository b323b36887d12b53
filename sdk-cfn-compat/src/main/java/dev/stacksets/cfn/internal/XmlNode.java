package dev.stacksets.cfn.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One element of a parsed XML reply, by local name (namespaces are dropped), with its trimmed-as-sent text and its
 * child elements in document order. Built only by {@link XmlParser}; immutable once the parser returns it.
 */
public final class XmlNode {
  private final String name;
  private final List<XmlNode> children = new ArrayList<>();
  private String text = "";

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

  /** The first child with this local name, or null. */
  public XmlNode child(String localName) {
    for (XmlNode c : children) {
      if (c.name.equals(localName)) {
        return c;
      }
    }
    return null;
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
