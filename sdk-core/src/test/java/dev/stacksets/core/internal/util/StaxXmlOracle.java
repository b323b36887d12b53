package dev.stacksets.core.internal.util;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * TEST ORACLE: the StAX-based {@code XmlParser} as it was before the hand-written reader replaced it (commit
 * c3e2ad0), kept unchanged but for building a plain {@link Tree} instead of an {@code XmlNode}, so that
 * {@code XmlParserDifferentialTest} can compare the two readers' trees. Not used outside tests.
 *
 * <p>Original description: reads an XML reply (CloudFormation, STS) into a small tree with the JDK's StAX parser. Elements are
 * keyed by local name whatever their namespace (real CloudFormation and the moto/maestro examples use different
 * ones). DTDs and external entities are disabled, so a reply cannot make the client read files or reach the network;
 * a document that references an undeclared entity fails to parse.
 *
 * <p>The factory is created and configured once. The JDK's factory hands a closed reader out again by default
 * ({@code reuse-instance}), which is unsafe across threads, so that is switched off and reader creation is
 * serialized on the factory (cheap next to parsing, which runs unlocked). Thread-safe.
 */
final class StaxXmlOracle {
  /** The JDK (SJSXP) factory's switch for handing out a closed reader again. */
  private static final String JDK_REUSE_INSTANCE = "reuse-instance";
  private static final XMLInputFactory FACTORY = newFactory();
  /** Replies nest a handful of levels deep; anything deeper than this is not a reply of ours (CloudFormation, STS). */
  private static final int MAX_DEPTH = 64;

  private StaxXmlOracle() {}

  /**
   * The JDK's own StAX factory, configured. {@link XMLInputFactory#newDefaultFactory()} rather than
   * {@code newFactory()}: the latter picks whatever implementation the classpath or a system property names (Woodstox,
   * an old Xerces, a typo), each with its own defaults for entities and reader reuse; this one is always the same.
   */
  static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    if (f.isPropertySupported(JDK_REUSE_INSTANCE)) {
      f.setProperty(JDK_REUSE_INSTANCE, false);
    }
    return f;
  }

  /**
   * Parses a whole document.
   *
   * @return the root element
   * @throws XmlParseException when the bytes are not well-formed XML (or use DTD features)
   */
  static Tree parse(byte[] xml) {
    XMLStreamReader r = null;
    try {
      synchronized (FACTORY) {
        r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      }
      Deque<Tree> stack = new ArrayDeque<>();
      Deque<StringBuilder> texts = new ArrayDeque<>();
      Tree root = null;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT: {
            if (stack.size() >= MAX_DEPTH) {
              throw new XmlParseException("XML nested deeper than " + MAX_DEPTH + " levels", null);
            }
            Tree node = new Tree(r.getLocalName());
            if (stack.isEmpty()) {
              root = node;
            } else {
              stack.peek().children.add(node);
            }
            stack.push(node);
            texts.push(new StringBuilder());
            break;
          }
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!texts.isEmpty()) {
              texts.peek().append(r.getText());
            }
            break;
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw new XmlParseException("XML entity references are not accepted: &" + r.getLocalName() + ";", null);
          case XMLStreamConstants.END_ELEMENT:
            stack.pop().text = texts.pop().toString();
            break;
          default:
            break;
        }
      }
      if (root == null) {
        throw new XmlParseException("the reply holds no XML element", null);
      }
      return root;
    } catch (XMLStreamException e) {
      throw new XmlParseException("malformed XML: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing is held open: the input is an in-memory array
        }
      }
    }
  }

  /** The reply is not well-formed XML (to the oracle). */
  static final class XmlParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    XmlParseException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A parsed element: local name, text, children; compared structurally. */
  static final class Tree {
    final String name;
    String text = "";
    final java.util.List<Tree> children = new java.util.ArrayList<>();

    Tree(String name) {
      this.name = name;
    }

    /** The same shape from the new reader's node. */
    static Tree of(XmlNode n) {
      Tree t = new Tree(n.name());
      t.text = n.text();
      for (XmlNode c : n.children()) {
        t.children.add(of(c));
      }
      return t;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tree && ((Tree) o).name.equals(name) && ((Tree) o).text.equals(text)
          && ((Tree) o).children.equals(children);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return "<" + name + ">" + text.replace("\n", "\\n").replace("\r", "\\r") + children + "</" + name + ">";
    }
  }
}
