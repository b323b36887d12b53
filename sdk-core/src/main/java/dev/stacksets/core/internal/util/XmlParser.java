package dev.stacksets.core.internal.util;

/**
 * Reads an XML reply (CloudFormation, STS) into a small {@link XmlNode} tree. Elements are keyed by local name
 * whatever their namespace (real CloudFormation and the moto/maestro examples use different ones). No DTD is read:
 * a DOCTYPE is skipped, so a reply cannot make the client read files, reach the network or expand entities; a
 * document that references any entity but the five predefined ones fails to parse.
 *
 * <p>The reader ({@link XmlScanner}) is a small non-validating XML 1.0 parser working directly on the bytes, written
 * for this job rather than the JDK's StAX: it loads no {@code javax.xml} factory (slow to look up and to load) and
 * allocates little beyond the tree. It accepts UTF-8 (with or without a byte order mark), and US-ASCII or
 * ISO-8859-1 when the XML declaration names them; any other encoding, XML 1.1, and malformed UTF-8 (never replaced
 * by U+FFFD) are refused. Text is decoded (references, CDATA sections joined to the text around them, line ends
 * normalized to LF); comments and processing instructions are skipped; attributes are checked and dropped. Nesting
 * deeper than 64 elements is refused.
 *
 * <p>Every refusal is an {@link XmlParseException} whose message names the problem and its byte offset and quotes at
 * most a few dozen bytes of the document. Stateless and thread-safe.
 */
public final class XmlParser {
  private XmlParser() {}

  /**
   * Parses a whole document.
   *
   * @return the root element
   * @throws XmlParseException when the bytes are not well-formed XML (or use DTD features)
   */
  public static XmlNode parse(byte[] xml) {
    if (xml == null) {
      throw new XmlParseException("no XML: the reply has no body", null);
    }
    try {
      return new XmlScanner(xml).parse();
    } catch (XmlParseException e) {
      throw e;
    } catch (RuntimeException bug) {
      // a defect of the reader, not of the reply; still reported as the one exception callers expect
      throw new XmlParseException("internal error reading XML: " + bug, bug);
    }
  }

  /** The reply is not well-formed XML. */
  public static final class XmlParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    XmlParseException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
